import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError, unauthenticated } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { paginate } from '../../common/pagination/paginate.js';
import { OrganisationEntity } from '../../organisations/index.js';
import type { CreateApiTokenInput } from '../dto/create-api-token.input.js';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { AuditService } from '../../audit/index.js';
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
    @Inject(AuditService) private readonly audit: AuditService,
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
      const apiToken = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(ApiTokenEntity).save({
          name: input.name.trim(),
          tokenHash: hashApiToken(token),
          scopes: [...new Set(input.scopes)],
          organisationId: input.organisationId ?? null,
          createdById: actor.id,
          expiresAt: new Date(Date.now() + days * DAY_MS),
          revokedAt: null,
        });
        await this.audit.record(manager, {
          actor,
          action: 'API_TOKEN_CREATED',
          target: { type: 'API_TOKEN', id: saved.id },
          organisationId: saved.organisationId,
          details: { name: saved.name, scopes: saved.scopes, expiresAt: saved.expiresAt.toISOString() },
        });
        return saved;
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
  async revoke(actor: Actor, id: string): Promise<{ apiToken: ApiTokenEntity }> {
    const apiToken = await this.dataSource.transaction(async (manager) => {
      const [, revoked] = (await manager.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id])) as [
        unknown,
        number,
      ];
      const row = await manager.getRepository(ApiTokenEntity).findOneBy({ id });
      if (!row) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such API token', ['id']);
      if (revoked > 0) {
        await this.audit.record(manager, {
          actor,
          action: 'API_TOKEN_REVOKED',
          target: { type: 'API_TOKEN', id },
          organisationId: row.organisationId,
          details: { name: row.name },
        });
      }
      return row;
    });
    await this.changes.announce();
    return { apiToken };
  }

  list(args: ConnectionArgs) {
    return paginate(this.dataSource.getRepository(ApiTokenEntity).createQueryBuilder('t'), args);
  }
}
