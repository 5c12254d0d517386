import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Allow, Authenticated, CurrentActor, Public } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { apiError } from '../common/errors/api-errors.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';
import { CreateApiTokenPayload } from './dto/create-api-token.payload.js';
import { RevokeApiTokenInput } from './dto/revoke-api-token.input.js';
import { RevokeApiTokenPayload } from './dto/revoke-api-token.payload.js';
import { SignInInput } from './dto/sign-in.input.js';
import { SignInPayload } from './dto/sign-in.payload.js';
import { SignOutPayload } from './dto/sign-out.payload.js';
import { ApiTokenConnection } from './models/api-token-connection.model.js';
import { ApiTokenService } from './services/api-token.service.js';
import { SessionService } from './services/session.service.js';
import { SignInService } from './services/sign-in.service.js';
import { CacheNeutral } from '../common/response-cache/cache-for.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(SignInService) private readonly signInService: SignInService,
    @Inject(ApiTokenService) private readonly apiTokenService: ApiTokenService,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  @Public()
  @CacheNeutral()
  @Mutation(() => SignInPayload, { description: 'Refused with TOO_MANY_ATTEMPTS (and HTTP 429, Retry-After) after repeated failures.' })
  async signIn(@Args('input', { description: 'Email and password.' }) input: SignInInput, @Context() ctx: RequestContext) {
    const origin = { ip: ctx.request.ip, userAgent: ctx.request.headers['user-agent'] ?? null };
    try {
      return await payloadOf(() => this.signInService.signIn(input.email, input.password, origin));
    } catch (error) {
      const retryAfter = error instanceof GraphQLError ? error.extensions.retryAfterSeconds : undefined;
      if (typeof retryAfter === 'number') ctx.reply.header('retry-after', String(retryAfter));
      throw error;
    }
  }

  @Authenticated()
  @Mutation(() => SignOutPayload, { description: 'Revoke the session this request is signed in with.' })
  async signOut(@CurrentActor() actor: Actor) {
    if (!actor.sessionId) throw apiError(ErrorCode.FORBIDDEN, 'API tokens are revoked with revokeApiToken');
    await this.sessions.revoke(actor.sessionId);
    return { signedOut: true, userErrors: [] };
  }

  @Allow('API_TOKEN_WRITE')
  @Mutation(() => CreateApiTokenPayload, { description: 'Create a scoped integration token (admins); it expires in 90 days unless told otherwise, at most 365.' })
  createApiToken(@CurrentActor() actor: Actor, @Args('input', { description: 'Name, scopes, optional organisation and lifetime.' }) input: CreateApiTokenInput) {
    return payloadOf(() => this.apiTokenService.create(actor, input));
  }

  @Allow('API_TOKEN_WRITE')
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revoke an integration token at once, on every API process (admins).' })
  revokeApiToken(@CurrentActor() actor: Actor, @Args('input', { description: 'The token to revoke.' }) input: RevokeApiTokenInput) {
    return payloadOf(() => this.apiTokenService.revoke(actor, input.id));
  }

  @Allow('API_TOKEN_WRITE')
  @Query(() => ApiTokenConnection, { description: 'Integration tokens, oldest first (admins); secrets are never shown again.' })
  apiTokens(@Args() args: ConnectionArgs) {
    return this.apiTokenService.list(args);
  }
}
