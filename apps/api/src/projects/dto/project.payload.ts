import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Project } from '../models/project.model.js';

@ObjectType({ isAbstract: true })
abstract class ProjectPayload {
  @Field(() => Project, { nullable: true, description: 'The project after the change; null when userErrors say why nothing changed.' })
  project?: Project | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of applyForProject.' })
export class ApplyForProjectPayload extends ProjectPayload {}

@ObjectType({ description: 'Result of transitionProject.' })
export class TransitionProjectPayload extends ProjectPayload {}

@ObjectType({ description: 'Result of setAdaptationChecklistItem.' })
export class SetAdaptationChecklistItemPayload extends ProjectPayload {}
