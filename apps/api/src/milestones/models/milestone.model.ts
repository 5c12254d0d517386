import { Field, ID, ObjectType } from '@nestjs/graphql';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { MILESTONE_EVENT_KINDS, MILESTONE_STATUSES, type MilestoneEventKind, type MilestoneStatus } from '../milestone-rules.js';

export const MilestoneStatusEnum = enumOf(MILESTONE_STATUSES);
registerDescribedEnum(MilestoneStatusEnum, 'MilestoneStatus', 'Where a milestone’s evidence stands.', {
  PLANNED: 'Set, no evidence submitted yet.',
  SUBMITTED: 'The founder submitted evidence; a manager has to accept or return it.',
  ACCEPTED: 'A manager accepted the evidence (final).',
  RETURNED: 'A manager returned the evidence with a note; the founder may submit again.',
});

export const MilestoneEventKindEnum = enumOf(MILESTONE_EVENT_KINDS);
registerDescribedEnum(MilestoneEventKindEnum, 'MilestoneEventKind', 'One step of a milestone.', {
  CREATED: 'A manager set the milestone.',
  SUBMITTED: 'The founder submitted evidence.',
  ACCEPTED: 'A manager accepted the evidence.',
  RETURNED: 'A manager returned the evidence with a note.',
});

@ObjectType({ description: 'A milestone of a project’s incubation: what is asked for, by when, and where its evidence stands.' })
export class Milestone {
  @Field(() => ID, { description: 'The milestone’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The project it belongs to.' })
  projectId!: string;

  @Field({ description: 'Stable key within the project (e.g. model-adapted), named by tranche release conditions.' })
  key!: string;

  @Field({ description: 'What the milestone is, in the manager’s words.' })
  title!: string;

  @Field({ description: 'The day it is due, YYYY-MM-DD in Asia/Shanghai.' })
  dueOn!: string;

  @Field({ description: 'The evidence the centre asks for.' })
  evidenceRequested!: string;

  @Field(() => MilestoneStatusEnum, { description: 'Where its evidence stands.' })
  status!: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'The evidence the founder submitted last; null before any.' })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: 'An https link to the evidence; null when none was given.' })
  evidenceUrl!: string | null;

  @Field(() => Date, { nullable: true, description: 'When evidence was submitted last.' })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a manager accepted or returned it last.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The manager’s note on the last decision (always given for a return).' })
  decisionNote!: string | null;

  @Field({ description: 'When the milestone was set.' })
  createdAt!: Date;

  submittedBy!: string | null;
  decidedBy!: string | null;
}

@ObjectType({ description: 'One step of a milestone, in the project’s history: who, when, what and the note.' })
export class MilestoneEvent {
  @Field(() => ID, { description: 'The step’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The milestone it belongs to.' })
  milestoneId!: string;

  @Field(() => MilestoneEventKindEnum, { description: 'What happened.' })
  kind!: MilestoneEventKind;

  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The manager’s note on a decision; null otherwise.' })
  note!: string | null;

  actorId!: string;
}
