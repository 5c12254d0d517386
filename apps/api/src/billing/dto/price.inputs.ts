import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsDefined, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { FenScalar } from '../../common/graphql/fen.scalar.js';

@InputType({ description: 'A new version of the price of one card type.' })
export class SetCardPriceInput {
  @Field({ description: 'The card type, as the inventory names it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  cardType!: string;

  @Field(() => FenScalar, { description: 'Price per card-hour in fen: above 0, at most ¥1,000,000.' })
  @IsDefined()
  priceFen!: bigint;

  @Field(() => FenScalar, { nullable: true, description: 'The market reference price per card-hour in fen, shown beside ours.' })
  @IsOptional()
  marketPriceFen?: bigint | null;

  @Field({ description: 'When it takes effect. It may not fall inside a period already invoiced.' })
  @IsDate()
  effectiveFrom!: Date;

  @Field({ defaultValue: '', description: 'Why the price changes (shown in the history).' })
  @IsString()
  @MaxLength(500)
  note!: string;
}
