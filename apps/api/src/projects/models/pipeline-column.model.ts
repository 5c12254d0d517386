import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { Project } from './project.model.js';

@ObjectType({ description: 'One column of the pipeline board: the oldest projects of a stage first.' })
export class PipelineColumn {
  @Field(() => ProjectStageEnum)
  stage!: ProjectStage;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Project])
  projects!: Project[];
}
