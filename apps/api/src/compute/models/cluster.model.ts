import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CardHealth } from '@suanli/domain';
import { CardHealthEnum } from '../../common/graphql/compute-enums.js';

@ObjectType({ description: 'Who holds a card. Another tenant’s holder shows only as "occupied".' })
export class CardHolder {
  @Field(() => ID, { description: 'The allocation request holding the card, or "occupied" when another tenant holds it.' })
  allocationId!: string;

  @Field({ description: 'True when the caller’s own organisation holds the card.' })
  mine!: boolean;

  @Field(() => ID, { nullable: true, description: 'The holder’s organisation; null when it is another tenant’s.' })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'The holder’s organisation name; null when it is another tenant’s.' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'The holder’s project name; null when it is another tenant’s.' })
  projectName!: string | null;

  @Field({ description: 'When the holder got this card (its holding began).' })
  since!: Date;

  @Field({ description: 'When the holder’s time limit runs out.' })
  endsAt!: Date;

  @Field({ description: 'True when the holder has a preemption notice.' })
  underNotice!: boolean;
}

@ObjectType({ description: 'One accelerator card in a node.' })
export class Card {
  @Field(() => ID, { description: 'The card’s id.' })
  id!: string;

  @Field(() => Int, { description: 'Its position in the node, from 0.' })
  index!: number;

  @Field(() => Int, { description: 'Which interconnect domain of its node it is in, from 0.' })
  domainIndex!: number;

  @Field(() => Int, { description: 'Its memory in GB.' })
  memoryGb!: number;

  @Field(() => CardHealthEnum, { description: 'Its health as last reported.' })
  health!: CardHealth;

  @Field(() => CardHolder, { nullable: true, description: 'Who holds it now; null when it is free.' })
  holder!: CardHolder | null;
}

@ObjectType('ComputeNode', { description: 'One server of a cluster and its cards.' })
export class ComputeNode {
  @Field(() => ID, { description: 'The node’s id.' })
  id!: string;

  @Field({ description: 'Its name: the prefix given to addNodes and a three-digit number.' })
  name!: string;

  @Field({ description: 'The card type it carries.' })
  cardType!: string;

  @Field(() => Int, { description: 'How many cards it has.' })
  cardsPerNode!: number;

  @Field(() => Int, { description: 'Cards per interconnect domain.' })
  domainSize!: number;

  @Field(() => String, { nullable: true, description: 'Why it was drained; null unless drained.' })
  drainReason!: string | null;

  @Field({ description: 'True when no new work is placed on it.' })
  drained!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the node was decommissioned; retired nodes are not in Cluster.nodes.' })
  retiredAt!: Date | null;

  @Field(() => [Card], { description: 'Its cards in index order.' })
  cards!: Card[];
}

@ObjectType({ description: 'How busy one cluster’s cards are at one moment.' })
export class ClusterUtilisation {
  @Field(() => ID, { description: 'The cluster.' })
  clusterId!: string;

  @Field(() => Int, { description: 'Cards in service (retired nodes excluded).' })
  totalCards!: number;

  @Field(() => Int, { description: 'Cards held by running allocations.' })
  busyCards!: number;

  @Field(() => Int, { description: 'Cards reported HEALTHY.' })
  healthyCards!: number;

  @Field(() => Int, { description: 'Requests waiting for cards on this cluster.' })
  queuedRequests!: number;

  @Field(() => Float, { description: 'busyCards ÷ totalCards' })
  utilisation!: number;

  @Field({ description: 'When these numbers were taken.' })
  at!: Date;
}

@ObjectType({ description: 'A pool of nodes the scheduler places work on.' })
export class Cluster {
  @Field(() => ID, { description: 'The cluster’s id.' })
  id!: string;

  @Field({ description: 'Its name, unique ignoring case.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Optional notes.' })
  description!: string | null;

  @Field({ description: 'When it was set up.' })
  createdAt!: Date;
}
