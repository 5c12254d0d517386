import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProjectStage, TransitionReasonCode } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { TransitionReasonCodeEnum } from './transition-reason-code.enum.js';

@ObjectType({ description: 'One audited move of a project: who, when, from, to and why.' })
export class ProjectTransition {
  @Field(() => ID, { description: 'The transition’s id.' })
  id!: string;

  @Field(() => ProjectStageEnum, { nullable: true, description: 'Null for the application itself.' })
  fromStage!: ProjectStage | null;

  @Field(() => ProjectStageEnum, { description: 'The stage it moved to.' })
  toStage!: ProjectStage;

  @Field(() => TransitionReasonCodeEnum, { description: 'Why, as a code to render in the reader’s language.' })
  reasonCode!: TransitionReasonCode;

  @Field({ description: 'The author’s own words, verbatim; empty for APPLICATION_SUBMITTED.' })
  reason!: string;

  @Field({ description: 'When the move was made.' })
  createdAt!: Date;

  actorId!: string;
}
