import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { CacheNeutral } from '../common/response-cache/cache-for.decorator.js';
import { ChangePasswordService } from './change-password.service.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { ChangePasswordPayload } from './dto/change-password.payload.js';

@Resolver()
export class PasswordsResolver {
  constructor(@Inject(ChangePasswordService) private readonly changePasswords: ChangePasswordService) {}

  @Authenticated()
  @CacheNeutral()
  @Mutation(() => ChangePasswordPayload, { description: 'Change your own password; the current one is required.' })
  changePassword(@CurrentActor() actor: Actor, @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.changePasswords.change(actor, input.currentPassword, input.newPassword, ctx.request?.ip ?? null));
  }
}
