import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { INDUSTRIES, PROJECT_STAGES, type Industry, type ProjectStage } from '@suanli/domain';
import { IndustryEnum, ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectStageEnum, { nullable: true, description: 'Only projects in this stage.' })
  @IsOptional()
  @IsIn(PROJECT_STAGES)
  stage?: ProjectStage | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s projects.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class PipelineArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Projects per column, 1 to 100.' })
  @Min(1)
  @Max(100)
  perStage!: number;

  @Field(() => String, { nullable: true, description: 'Only projects whose name or organisation name contains this text (case-insensitive).' })
  @IsOptional()
  @CleanText({ max: 120 })
  search?: string | null;

  @Field(() => IndustryEnum, { nullable: true, description: 'Only projects of organisations in this industry.' })
  @IsOptional()
  @IsIn(INDUSTRIES)
  industry?: Industry | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only projects in adaptation past the due date with checklist items open.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;
}

export type PipelineFilter = Pick<PipelineArgs, 'search' | 'industry' | 'overdueOnly'>;
