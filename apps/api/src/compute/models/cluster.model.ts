import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CardHealth } from '@suanli/domain';
import { CardHealthEnum } from '../../common/graphql/compute-enums.js';

@ObjectType({ description: 'Who holds a card. Another tenant’s holder shows only as "occupied".' })
export class CardHolder {
  @Field(() => ID)
  allocationId!: string;

  @Field({ description: 'True when the caller’s own organisation holds the card.' })
  mine!: boolean;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true })
  projectName!: string | null;

  @Field({ description: 'When the holder got this card (its holding began).' })
  since!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  underNotice!: boolean;
}

@ObjectType()
export class Card {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  index!: number;

  @Field(() => Int)
  domainIndex!: number;

  @Field(() => Int)
  memoryGb!: number;

  @Field(() => CardHealthEnum)
  health!: CardHealth;

  @Field(() => CardHolder, { nullable: true })
  holder!: CardHolder | null;
}

@ObjectType('ComputeNode')
export class ComputeNode {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  cardType!: string;

  @Field(() => Int)
  cardsPerNode!: number;

  @Field(() => Int)
  domainSize!: number;

  @Field(() => String, { nullable: true })
  drainReason!: string | null;

  @Field()
  drained!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the node was decommissioned; retired nodes are not in Cluster.nodes.' })
  retiredAt!: Date | null;

  @Field(() => [Card])
  cards!: Card[];
}

@ObjectType()
export class ClusterUtilisation {
  @Field(() => ID)
  clusterId!: string;

  @Field(() => Int)
  totalCards!: number;

  @Field(() => Int)
  busyCards!: number;

  @Field(() => Int)
  healthyCards!: number;

  @Field(() => Int)
  queuedRequests!: number;

  @Field(() => Float, { description: 'busyCards ÷ totalCards' })
  utilisation!: number;

  @Field()
  at!: Date;
}

@ObjectType()
export class Cluster {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  createdAt!: Date;
}
