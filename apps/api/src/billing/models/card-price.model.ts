import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalar } from '../../common/graphql/fen.scalar.js';

@ObjectType({ description: 'One version of the price of a card type per card-hour, in force from effectiveFrom until the next version.' })
export class CardPrice {
  @Field(() => ID, { description: 'The version’s id.' })
  id!: string;

  @Field({ description: 'The card type it prices, e.g. "Ascend 910B".' })
  cardType!: string;

  @Field({ description: 'When this version takes effect (UTC; shown in Asia/Shanghai).' })
  effectiveFrom!: Date;

  @Field(() => FenScalar, { description: 'Price of one card for one hour, in fen.' })
  priceFen!: bigint;

  @Field(() => FenScalar, { nullable: true, description: 'What the market charges for the same card-hour, in fen; null if not recorded.' })
  marketPriceFen!: bigint | null;

  @Field(() => Int, { nullable: true, description: 'Discount against the market price in basis points (1500 = 15 %); negative if above market; null without a market price.' })
  discountBasisPoints!: number | null;

  @Field({ description: 'Why the price changed, as the manager wrote it.' })
  note!: string;

  @Field({ description: 'When the version was published.' })
  createdAt!: Date;
}

@ObjectType({ description: 'The price of one card type: the version in force now, the next scheduled one, and every version.' })
export class PriceListEntry {
  @Field({ description: 'The card type.' })
  cardType!: string;

  @Field(() => CardPrice, { nullable: true, description: 'The version in force now; null if none has taken effect yet.' })
  current!: CardPrice | null;

  @Field(() => CardPrice, { nullable: true, description: 'The next version already published with a later date, if any.' })
  next!: CardPrice | null;

  @Field(() => [CardPrice], { description: 'Every version, newest effective date first.' })
  history!: CardPrice[];
}
