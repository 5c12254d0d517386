import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError, unauthenticated } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { paginate } from '../../common/pagination/paginate.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import type { CreateApiTokenInput } from '../dto/create-api-token.input.js';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { CredentialChanges } from './credential-changes.service.js';
import { hashApiToken, newApiToken } from './token-hash.js';

const DAY_MS = 86_400_000;
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CredentialChanges) private readonly changes: CredentialChanges,
  ) {}

  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const days = input.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
    if (days > API_TOKEN_MAX_DAYS) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, `A token lives at most ${API_TOKEN_MAX_DAYS} days`, ['expiresInDays']);
    }
    if (input.organisationId) {
      const exists = await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: input.organisationId });
      if (!exists) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    }
    const token = newApiToken();
    try {
      const apiToken = await this.dataSource.getRepository(ApiTokenEntity).save({
        name: input.name.trim(),
        tokenHash: hashApiToken(token),
        scopes: [...new Set(input.scopes)],
        organisationId: input.organisationId ?? null,
        createdById: actor.id,
        expiresAt: new Date(Date.now() + days * DAY_MS),
        revokedAt: null,
      });
      return { token, apiToken };
    } catch (error) {
      // The creator was deleted between the session check and this insert.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503') {
        throw unauthenticated('This account no longer exists');
      }
      throw error;
    }
  }

  /** Revoked at once on every API process; revoking twice is not an error. `actor` is who revoked it (for the audit log). */
  async revoke(_actor: Actor, id: string): Promise<{ apiToken: ApiTokenEntity }> {
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    await repository.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    const apiToken = await repository.findOneBy({ id });
    if (!apiToken) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such API token', ['id']);
    await this.changes.announce();
    return { apiToken };
  }

  list(args: ConnectionArgs) {
    return paginate(this.dataSource.getRepository(ApiTokenEntity).createQueryBuilder('t'), args);
  }
}
