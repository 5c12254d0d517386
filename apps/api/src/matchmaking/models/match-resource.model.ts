import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { CapacityPeriod, ConflictReason, ResourceKind } from '../matchmaking-rules.js';
import { CapacityPeriodEnum, ConflictReasonEnum, ResourceKindEnum } from './matchmaking-enums.js';

@ObjectType({ description: 'Something offered to startups: a mentor, partner, customer, investor, data set or adaptation engineer.' })
export class MatchResource {
  @Field(() => ID, { description: 'The resource’s id.' })
  id!: string;

  @Field(() => ResourceKindEnum, { description: 'What it is.' })
  kind!: ResourceKind;

  @Field({ description: 'Its name, as shown to both sides.' })
  name!: string;

  @Field({ description: 'What it offers, in the owner’s words.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The person who owns it and answers introductions; null when an organisation owns it.' })
  ownerUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that owns it (any member answers); null when a person owns it.' })
  ownerOrganisationId!: string | null;

  @Field(() => Int, { description: 'Places per period (0: takes none now).' })
  capacity!: number;

  @Field(() => CapacityPeriodEnum, { description: 'What the capacity counts: a quarter, a month, or at once.' })
  capacityPeriod!: CapacityPeriod;

  @Field({ description: 'Off: on leave or not taking new matches.' })
  available!: boolean;

  @Field(() => Date, { nullable: true, description: 'Takes matches from this time on.' })
  availableFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Takes matches until this time.' })
  availableUntil!: Date | null;

  @Field({ description: 'When it was added.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;

  industries!: string[];
  technologies!: string[];
  stages!: string[];
  regions!: string[];
}

@ObjectType({ description: 'A resource connection.' })
export class MatchResourceConnection extends ConnectionType(MatchResource, 'MatchResource') {}

@ObjectType({ description: 'An organisation a resource must never be introduced to.' })
export class ResourceConflict {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  organisationName!: string;

  @Field(() => ConflictReasonEnum, { description: 'Why.' })
  reason!: ConflictReason;
}

@ObjectType({ description: 'A resource’s places in its current period.' })
export class ResourceCapacityUse {
  @Field(() => Int, { description: 'Places per period.' })
  capacity!: number;

  @Field(() => Int, { description: 'Places taken by accepted introductions in the current period (CONCURRENT: not concluded yet).' })
  taken!: number;

  @Field(() => Int, { description: 'Places left now (never below 0).' })
  left!: number;

  @Field({ description: 'The period’s words in Chinese, e.g. 本季度.' })
  periodLabelZh!: string;

  @Field({ description: 'The period’s words in English, e.g. this quarter.' })
  periodLabelEn!: string;
}
