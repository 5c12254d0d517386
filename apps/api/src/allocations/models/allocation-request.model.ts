import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AllocationState, PriorityClassName } from '@suanli/domain';
import { AllocationStateEnum, PriorityClassEnum } from '../../common/graphql/compute-enums.js';
import { UrgencyStatusEnum } from '../urgency/urgency-status.enum.js';
import type { UrgencyStatus } from '../urgency/urgency-status.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'Why a request waits, as the scheduler explains it.' })
export class WaitReason {
  @Field({ description: 'Stable code, e.g. NO_DOMAIN_FREE, OVER_FAIR_SHARE, ORG_QUOTA_REACHED.' })
  code!: string;

  @Field({ description: 'JSON object of the parameters the message uses.' })
  params!: string;

  @Field({
    description: 'The plain-words explanation, in the requested locale (zh-CN or en), times in Asia/Shanghai.',
    deprecationReason: 'Render `code` and `params` in the reader’s language; the web app no longer reads this.',
  })
  message!: string;
}

@ObjectType({ description: 'A request for cards of one type for a time limit, from queued to running to its end.' })
export class AllocationRequest {
  @Field(() => ID, { description: 'The request’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The cluster it runs on or waits for.' })
  clusterId!: string;

  @Field({ description: 'The card type asked for, e.g. "Ascend 910B".' })
  cardType!: string;

  @Field(() => Int, { description: 'How many cards, held together for the whole run.' })
  cards!: number;

  @Field(() => Int, { description: 'Time limit in seconds.' })
  durationS!: number;

  @Field(() => PriorityClassEnum, { description: 'The class the scheduler uses now.' })
  priority!: PriorityClassName;

  @Field(() => PriorityClassEnum, { description: 'The class asked for; a founder’s URGENT counts only once approved or within the urgent budget.' })
  requestedPriority!: PriorityClassName;

  @Field(() => UrgencyStatusEnum, { nullable: true, description: 'For requested URGENT: why it is, or is not yet, effective.' })
  urgency!: UrgencyStatus | null;

  @Field(() => Date, { nullable: true, description: 'When a manager approved or declined the urgency.' })
  urgencyDecidedAt!: Date | null;

  @Field({ description: 'Whether URGENT work may stop it early, after a preemption notice.' })
  preemptible!: boolean;

  @Field(() => Date, { nullable: true, description: 'Not placed before this time; null = as soon as cards are free.' })
  earliestStartAt!: Date | null;

  @Field(() => AllocationStateEnum, { description: 'Where the request stands now.' })
  state!: AllocationState;

  @Field({ description: 'When it was submitted.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its cards were assigned; null while it waits.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Start plus the time limit.' })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended (finished, cancelled, preempted or out of time); null until then.' })
  finishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Preemption notice: the allocation stops at this time.' })
  preemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Place in the queue among waiting requests of this card type (1 = next).' })
  queuePosition!: number | null;

  @Field(() => Date, { nullable: true, description: 'Honest estimate from the scheduler’s plan; null if it can never fit.' })
  estimatedStartAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'TIME_LIMIT, COMPLETED, CANCELLED, PREEMPTED or CARD_FAILED.' })
  endReason!: string | null;

  organisationId!: string;
  projectId!: string;
  waitReason!: { code: string; params: Record<string, string | number> } | null;
}

@ObjectType({ description: 'One page of allocation requests (Relay connection).' })
export class AllocationRequestConnection extends ConnectionType(AllocationRequest, 'AllocationRequest') {}
