import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CooperationMode, ProjectStage } from '@suanli/domain';
import { CooperationModeEnum, ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  summary!: string;

  @Field(() => ProjectStageEnum)
  stage!: ProjectStage;

  @Field(() => [CooperationModeEnum])
  cooperationModes!: CooperationMode[];

  @Field({ description: 'Where the models run today, before adaptation to Ascend.' })
  sourcePlatform!: string;

  @Field()
  stageEnteredAt!: Date;

  @Field()
  createdAt!: Date;

  organisationId!: string;
}

@ObjectType()
export class ProjectConnection extends ConnectionType(Project, 'Project') {}
