import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { Project } from './project.model.js';

@ObjectType({ description: 'One column of the pipeline board: the oldest projects of a stage first.' })
export class PipelineColumn {
  @Field(() => ProjectStageEnum, { description: 'The stage of this column.' })
  stage!: ProjectStage;

  @Field(() => Int, { description: 'How many projects are in this stage.' })
  totalCount!: number;

  @Field(() => [Project], { description: 'Up to perStage of them, longest in the stage first.' })
  projects!: Project[];
}
