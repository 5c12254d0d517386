import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Allow, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';
import { CreateApiTokenPayload } from './dto/create-api-token.payload.js';
import { SignInInput } from './dto/sign-in.input.js';
import { SignInPayload } from './dto/sign-in.payload.js';
import { ApiTokenService } from './services/api-token.service.js';
import { SignInService } from './services/sign-in.service.js';
import { CacheNeutral } from '../common/response-cache/cache-for.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(SignInService) private readonly signInService: SignInService,
    @Inject(ApiTokenService) private readonly apiTokens: ApiTokenService,
  ) {}

  @Public()
  @CacheNeutral()
  @Mutation(() => SignInPayload)
  signIn(@Args('input') input: SignInInput) {
    return payloadOf(() => this.signInService.signIn(input.email, input.password));
  }

  @Allow('API_TOKEN_WRITE')
  @Mutation(() => CreateApiTokenPayload, { description: 'Create a scoped integration token (admins).' })
  createApiToken(@CurrentActor() actor: Actor, @Args('input') input: CreateApiTokenInput) {
    return payloadOf(() => this.apiTokens.create(actor, input));
  }
}
