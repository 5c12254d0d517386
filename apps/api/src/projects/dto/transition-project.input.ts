import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PROJECT_STAGES, TRANSITION_REASON_MAX, TRANSITION_REASON_MIN, type ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';

@InputType()
export class TransitionProjectInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => ProjectStageEnum)
  @IsIn(PROJECT_STAGES)
  toStage!: ProjectStage;

  @Field({ description: 'Why: kept in the project history for good.' })
  @IsString()
  @MinLength(TRANSITION_REASON_MIN)
  @MaxLength(TRANSITION_REASON_MAX)
  reason!: string;
}
