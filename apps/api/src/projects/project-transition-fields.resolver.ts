import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../users/index.js';
import { ProjectTransition } from './models/project-transition.model.js';

@Resolver(() => ProjectTransition)
export class ProjectTransitionFieldsResolver {
  @ResolveField(() => User, {
    nullable: true,
    description: 'Who made the move; null when the caller may not see this person (actorName still names them to people signed in).',
  })
  actor(@Parent() transition: ProjectTransition, @Context() ctx: RequestContext) {
    return ctx.loaders.userById.load(transition.actorId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The display name of who made the move; null for API tokens.' })
  async actorName(@Parent() transition: ProjectTransition, @Context() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(transition.actorId))?.displayName ?? null;
  }
}
