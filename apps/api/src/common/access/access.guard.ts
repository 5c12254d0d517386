import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@suanli/domain';
import { forbidden, unauthenticated } from '../errors/api-errors.js';
import type { RequestContext } from '../graphql/request-context.js';
import { CREDENTIAL_VERIFIER, type CredentialVerifier } from './credential-verifier.js';
import { ALLOW_KEY, AUTHENTICATED, PUBLIC_KEY } from './access.decorators.js';
import { actorMay, type Actor } from './actor.js';

/** An HTTP request the guard authenticated; HttpActor() reads the caller from it. */
export interface HttpRequestWithActor {
  headers: Record<string, string | string[] | undefined> & { authorization?: string };
  suanliActor?: Actor | null;
}

/**
 * Global guard, deny by default: a root field without @Allow/@Authenticated/@Public is
 * refused for everyone, so a forgotten decorator fails closed (and the guard test fails).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(CREDENTIAL_VERIFIER) private readonly authentication: CredentialVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission | typeof AUTHENTICATED>(ALLOW_KEY, targets);
    if (!required) throw forbidden('This field has no access rule');

    if (context.getType() === 'http') return this.allowHttp(context, required);
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    // Subscriptions authenticate once in graphql-ws connection_init (ctx.actor set there, no request).
    ctx.actor ??= ctx.request ? await this.authentication.authenticate(ctx.request.headers.authorization) : null;
    if (!ctx.actor) throw unauthenticated();
    if (required !== AUTHENTICATED && !actorMay(ctx.actor, required)) {
      throw forbidden(`Requires permission ${required}`);
    }
    return true;
  }

  /** Plain HTTP routes (downloads): the same bearer credential and permission rule as GraphQL. */
  private async allowHttp(context: ExecutionContext, required: Permission | typeof AUTHENTICATED): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequestWithActor>();
    try {
      request.suanliActor = await this.authentication.authenticate(request.headers.authorization);
    } catch {
      throw new UnauthorizedException('The credential is not valid');
    }
    if (!request.suanliActor) throw new UnauthorizedException('Sign in first');
    if (required !== AUTHENTICATED && !actorMay(request.suanliActor, required)) throw new ForbiddenException(`Requires permission ${required}`);
    return true;
  }
}
