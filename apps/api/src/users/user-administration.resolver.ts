import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { ChangeUserRoleInput } from './dto/change-user-role.input.js';
import { DeactivateUserInput, ReactivateUserInput } from './dto/user-id.input.js';
import { ChangeUserRolePayload, DeactivateUserPayload, ReactivateUserPayload } from './dto/user-administration.payloads.js';
import { UsersArgs } from './dto/users.args.js';
import { UserConnection } from './models/user-connection.model.js';
import { UserAdministrationService } from './services/user-administration.service.js';

/** The admins' user management (USER_WRITE is an admin permission). */
@Resolver()
export class UserAdministrationResolver {
  constructor(@Inject(UserAdministrationService) private readonly administration: UserAdministrationService) {}

  @Allow('USER_WRITE')
  @Query(() => UserConnection, { description: 'Every account, oldest first, with search and filters (admins).' })
  users(@Args() args: UsersArgs) {
    return this.administration.list(args);
  }

  @Allow('USER_WRITE')
  @Mutation(() => DeactivateUserPayload, { description: 'The account can no longer sign in; its sessions and subscriptions end at once.' })
  deactivateUser(@CurrentActor() actor: Actor, @Args('input', { description: 'The account to deactivate.' }) input: DeactivateUserInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.administration.deactivateUser(actor, input.userId, ctx.request?.ip ?? null));
  }

  @Allow('USER_WRITE')
  @Mutation(() => ReactivateUserPayload, { description: 'Let a deactivated account sign in again (admins).' })
  reactivateUser(@CurrentActor() actor: Actor, @Args('input', { description: 'The account to reactivate.' }) input: ReactivateUserInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.administration.reactivateUser(actor, input.userId, ctx.request?.ip ?? null));
  }

  @Allow('USER_WRITE')
  @Mutation(() => ChangeUserRolePayload, { description: 'New role and organisation; the user’s sessions end so the new rights apply at once.' })
  changeUserRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The account, its new role and organisation.' }) input: ChangeUserRoleInput, @Context() ctx: RequestContext) {
    return payloadOf(() =>
      this.administration.changeUserRole(actor, input.userId, input.role, input.organisationId ?? null, ctx.request?.ip ?? null),
    );
  }
}
