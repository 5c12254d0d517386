import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Project } from '../models/project.model.js';

@ObjectType({ isAbstract: true })
abstract class ProjectPayload {
  @Field(() => Project, { nullable: true })
  project?: Project | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ApplyForProjectPayload extends ProjectPayload {}

@ObjectType()
export class TransitionProjectPayload extends ProjectPayload {}

@ObjectType()
export class SetAdaptationChecklistItemPayload extends ProjectPayload {}
