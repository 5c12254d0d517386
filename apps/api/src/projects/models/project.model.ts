import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

  @Field(() => String, { nullable: true, description: 'The card type the applicant expects to need, e.g. "ascend-910b".' })
  cardType!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many cards of cardType the applicant expects to need; a rough estimate.' })
  cardCountEstimate!: number | null;

  @Field(() => String, { nullable: true, description: 'The applicant’s compute budget in integer fen (CNY), as a string.' })
  budgetFen!: string | null;

  @Field()
  stageEnteredAt!: Date;

  @Field()
  createdAt!: Date;

  organisationId!: string;
}

@ObjectType()
export class ProjectConnection extends ConnectionType(Project, 'Project') {}
