import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { PROJECT_STAGES, TRANSITION_REASON_MAX, TRANSITION_REASON_MIN, type ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

@InputType({ description: 'Moves a project to another lifecycle stage.' })
export class TransitionProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId!: string;

  @Field(() => ProjectStageEnum, { description: 'The stage to move to; see Project.availableTransitions.' })
  @IsIn(PROJECT_STAGES)
  toStage!: ProjectStage;

  @Field({ description: 'Why: kept in the project history for good.' })
  @CleanText({ min: TRANSITION_REASON_MIN, max: TRANSITION_REASON_MAX, multiline: true })
  reason!: string;
}
