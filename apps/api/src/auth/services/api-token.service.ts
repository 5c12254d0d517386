import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import type { CreateApiTokenInput } from '../dto/create-api-token.input.js';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { hashApiToken, newApiToken } from './token-hash.js';

const DAY_MS = 86_400_000;

@Injectable()
export class ApiTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    if (input.organisationId) {
      const exists = await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: input.organisationId });
      if (!exists) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    }
    const token = newApiToken();
    const apiToken = await this.dataSource.getRepository(ApiTokenEntity).save({
      name: input.name.trim(),
      tokenHash: hashApiToken(token),
      scopes: [...new Set(input.scopes)],
      organisationId: input.organisationId ?? null,
      createdById: actor.id,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
      revokedAt: null,
    });
    return { token, apiToken };
  }
}
