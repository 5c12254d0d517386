import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CooperationMode, ProjectStage } from '@suanli/domain';
import { CooperationModeEnum, ProjectStageEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'A startup’s project in incubation, from application to graduation or exit.' })
export class Project {
  @Field(() => ID, { description: 'The project’s id.' })
  id!: string;

  @Field({ description: 'Its name, unique within its organisation.' })
  name!: string;

  @Field({ description: 'What it does and needs, as the applicant wrote it.' })
  summary!: string;

  @Field(() => ProjectStageEnum, { description: 'Its lifecycle stage now.' })
  stage!: ProjectStage;

  @Field(() => [CooperationModeEnum], { description: 'How it works with the centre.' })
  cooperationModes!: CooperationMode[];

  @Field({ description: 'Where the models run today, before adaptation to Ascend.' })
  sourcePlatform!: string;

  @Field(() => String, { nullable: true, description: 'The card type the applicant expects to need, e.g. "ascend-910b".' })
  cardType!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many cards of cardType the applicant expects to need; a rough estimate.' })
  cardCountEstimate!: number | null;

  @Field(() => String, { nullable: true, description: 'The applicant’s compute budget in integer fen (CNY), as a string.' })
  budgetFen!: string | null;

  @Field({ description: 'When it entered its current stage.' })
  stageEnteredAt!: Date;

  @Field({ description: 'When it applied.' })
  createdAt!: Date;

  organisationId!: string;
}

@ObjectType({ description: 'One page of projects (Relay connection).' })
export class ProjectConnection extends ConnectionType(Project, 'Project') {}
