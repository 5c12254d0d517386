import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProjectStage } from '@suanli/domain';
import { ProjectStageEnum } from '../../common/graphql/domain-enums.js';

@ObjectType({ description: 'One audited move of a project: who, when, from, to and why.' })
export class ProjectTransition {
  @Field(() => ID)
  id!: string;

  @Field(() => ProjectStageEnum, { nullable: true, description: 'Null for the application itself.' })
  fromStage!: ProjectStage | null;

  @Field(() => ProjectStageEnum)
  toStage!: ProjectStage;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;

  actorId!: string;
}
