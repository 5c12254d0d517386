import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '../../common/access/actor.js';
import { unauthenticated } from '../../common/errors/api-errors.js';
import { LiveCredentials } from './live-credentials.service.js';
import type { SessionClaims } from './session.service.js';
import { API_TOKEN_PREFIX, hashApiToken } from './token-hash.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns an Authorization header into an Actor: a session JWT or an integration API token.
 * Either must be live in the database right now (LiveCredentials); a valid signature alone
 * is not enough, and the role and organisation are the database's, not the token's.
 */
@Injectable()
export class AuthenticationService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(LiveCredentials) private readonly live: LiveCredentials,
  ) {}

  /** No header: anonymous (null). A header that does not verify: UNAUTHENTICATED. */
  async authenticate(header: string | undefined): Promise<Actor | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S{10,4096})$/i.exec(header);
    if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
    const credential = match[1];
    return credential.startsWith(API_TOKEN_PREFIX) ? this.fromApiToken(credential) : this.fromSession(credential);
  }

  private async fromSession(token: string): Promise<Actor> {
    let claims: Partial<SessionClaims> & { exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync<SessionClaims & { exp?: unknown }>(token);
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Your session has expired; sign in again' : 'Invalid session token');
    }
    // jsonwebtoken accepts a token without exp as never expiring; we do not.
    if (typeof claims.exp !== 'number' || typeof claims.sid !== 'string' || !UUID.test(claims.sid) || typeof claims.sub !== 'string') {
      throw unauthenticated('Invalid session token');
    }
    const actor = await this.live.session(claims.sid);
    if (!actor || actor.id !== claims.sub) throw unauthenticated('Your session has ended; sign in again');
    return actor;
  }

  private async fromApiToken(token: string): Promise<Actor> {
    const actor = await this.live.apiToken(hashApiToken(token));
    if (!actor) throw unauthenticated('Unknown, revoked or expired API token');
    return actor;
  }
}
