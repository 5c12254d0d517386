import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Industry, OrganisationKind, Role } from '@suanli/domain';
import type { Actor } from '../src/common/access/actor.js';
import { OrganisationEntity } from '../src/organisations/entities/organisation.entity.js';
import { UserEntity } from '../src/users/entities/user.entity.js';

/** Small fluent factories for integration tests (names are unique so tests never collide). */
export class OrganisationFactory {
  private values: Partial<OrganisationEntity> = {};
  private constructor(private readonly dataSource: DataSource) {}

  static on(dataSource: DataSource) {
    return new OrganisationFactory(dataSource);
  }

  kind(kind: OrganisationKind, industry: Industry = 'MANUFACTURING') {
    this.values = { ...this.values, kind, industry };
    return this;
  }

  create(): Promise<OrganisationEntity> {
    return this.dataSource.getRepository(OrganisationEntity).save({
      name: `测试机构 ${randomUUID().slice(0, 8)}`,
      kind: 'STARTUP',
      industry: 'MANUFACTURING',
      sensitivityTier: 'STANDARD',
      ...this.values,
    });
  }
}

export async function createUser(dataSource: DataSource, role: Exclude<Role, 'INTEGRATION'>, organisationId: string | null): Promise<UserEntity> {
  return dataSource.getRepository(UserEntity).save({
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`,
    displayName: role,
    role,
    organisationId,
    passwordHash: 'not-a-real-hash',
  });
}

export function actorFor(user: UserEntity): Actor {
  return { kind: 'user', id: user.id, role: user.role, organisationId: user.organisationId, scopes: [] };
}
