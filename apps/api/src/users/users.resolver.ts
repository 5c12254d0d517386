import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { apiError, unauthenticated } from '../common/errors/api-errors.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Organisation } from '../organisations/index.js';
import { User } from './models/user.model.js';

@Resolver(() => User)
export class UsersResolver {
  @Authenticated()
  @Query(() => User, { description: 'The signed-in person.' })
  async me(@CurrentActor() actor: Actor, @Context() ctx: RequestContext) {
    if (actor.kind !== 'user') throw apiError(ErrorCode.FORBIDDEN, 'API tokens have no user; query what the token grants');
    const user = await ctx.loaders.userById.load(actor.id);
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }

  /** A user is only ever reachable through fields that already passed the tenant check. */
  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation they belong to; null for none.' })
  organisation(@Parent() user: User, @Context() ctx: RequestContext) {
    return user.organisationId ? ctx.loaders.organisationById.load(user.organisationId) : null;
  }
}
