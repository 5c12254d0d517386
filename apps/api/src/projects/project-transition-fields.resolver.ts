import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../users/models/user.model.js';
import { ProjectTransition } from './models/project-transition.model.js';

@Resolver(() => ProjectTransition)
export class ProjectTransitionFieldsResolver {
  @ResolveField(() => User)
  actor(@Parent() transition: ProjectTransition, @Context() ctx: RequestContext) {
    return ctx.loaders.userById.load(transition.actorId);
  }
}
