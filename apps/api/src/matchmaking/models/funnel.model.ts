import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ResourceKind } from '../matchmaking-rules.js';
import { ResourceKindEnum } from './matchmaking-enums.js';

@ObjectType({ description: 'Introductions proposed in one Shanghai month for one resource kind, and how far they got.' })
export class MatchmakingFunnelRow {
  @Field({ description: 'The Shanghai month of proposal, YYYY-MM.' })
  month!: string;

  @Field(() => ResourceKindEnum, { description: 'The resource kind.' })
  kind!: ResourceKind;

  @Field(() => Int, { description: 'Proposed.' })
  proposed!: number;

  @Field(() => Int, { description: 'Accepted by both sides (including those met or concluded since).' })
  accepted!: number;

  @Field(() => Int, { description: 'Declined by a side.' })
  declined!: number;

  @Field(() => Int, { description: 'Met (including concluded).' })
  met!: number;

  @Field(() => Int, { description: 'Concluded with a DEAL, PILOT or INVESTMENT.' })
  deals!: number;
}

@ObjectType({ description: 'The matchmaking funnel for managers: proposed → accepted → met → deal, by month and kind.' })
export class MatchmakingFunnel {
  @Field({ description: 'First month, YYYY-MM (Shanghai).' })
  fromMonth!: string;

  @Field({ description: 'Last month, YYYY-MM (Shanghai).' })
  toMonth!: string;

  @Field(() => [MatchmakingFunnelRow], { description: 'One row per month and kind that had proposals, oldest month first.' })
  rows!: MatchmakingFunnelRow[];
}

@ObjectType({ description: 'Matchmaking settings.' })
export class MatchmakingSettings {
  @Field(() => Int, { description: 'Days a side may leave a proposed introduction unanswered before each reminder.' })
  reminderDays!: number;
}
