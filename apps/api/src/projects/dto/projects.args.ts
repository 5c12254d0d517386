import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PROJECT_STAGES, type ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';
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
}
