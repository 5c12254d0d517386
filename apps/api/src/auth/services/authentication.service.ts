import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ROLES, type Role } from '@suanli/domain';
import type { Actor } from '../../common/auth/actor.js';
import { unauthenticated } from '../../common/errors/api-errors.js';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { API_TOKEN_PREFIX, hashApiToken } from './token-hash.js';

export interface SessionClaims {
  sub: string;
  role: Role;
  org: string | null;
}

/** Turns an Authorization header into an Actor: a session JWT or an integration API token. */
@Injectable()
export class AuthenticationService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  issueSession(claims: SessionClaims): Promise<string> {
    return this.jwt.signAsync(claims);
  }

  /** No header: anonymous (null). A header that does not verify: UNAUTHENTICATED. */
  async authenticate(header: string | undefined): Promise<Actor | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S{10,4096})$/i.exec(header);
    if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
    const credential = match[1];
    return credential.startsWith(API_TOKEN_PREFIX) ? this.fromApiToken(credential) : this.fromSession(credential);
  }

  private async fromSession(token: string): Promise<Actor> {
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Your session has expired; sign in again' : 'Invalid session token');
    }
    if (!ROLES.includes(claims.role)) throw unauthenticated('Invalid session token');
    return { kind: 'user', id: claims.sub, role: claims.role, organisationId: claims.org, scopes: [] };
  }

  private async fromApiToken(token: string): Promise<Actor> {
    const row = await this.dataSource
      .getRepository(ApiTokenEntity)
      .findOneBy({ tokenHash: hashApiToken(token), revokedAt: IsNull() });
    if (!row) throw unauthenticated('Unknown or revoked API token');
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) throw unauthenticated('API token has expired');
    return { kind: 'token', id: row.id, role: 'INTEGRATION', organisationId: row.organisationId, scopes: row.scopes };
  }
}
