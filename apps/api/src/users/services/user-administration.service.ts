import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@suanli/domain';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { paginate } from '../../common/pagination/paginate.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { ACCOUNT_CREDENTIALS, type AccountCredentials } from '../account-credentials.port.js';
import { AuditService, type AuditAction } from '../../audit/index.js';
import type { UsersArgs } from '../dto/users.args.js';
import { UserEntity } from '../entities/user.entity.js';

/**
 * What an admin does to accounts. Each action is one method taking the acting Actor, runs in one
 * transaction, and ends the user's sessions (and so their open subscriptions) on every API
 * process before it answers, so the change applies at once.
 */
@Injectable()
export class UserAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNT_CREDENTIALS) private readonly credentials: AccountCredentials,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  list(args: UsersArgs) {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(new Brackets((q) => q.where('u.email ILIKE :pattern', { pattern }).orWhere('u.display_name ILIKE :pattern', { pattern })));
    }
    if (args.role) query.andWhere('u.role = :role', { role: args.role });
    if (args.organisationId) query.andWhere('u.organisation_id = :organisationId', { organisationId: args.organisationId });
    if (args.active === true) query.andWhere('u.deactivated_at IS NULL');
    if (args.active === false) query.andWhere('u.deactivated_at IS NOT NULL');
    return paginate(query, args);
  }

  async deactivateUser(actor: Actor, userId: string, ip: string | null = null): Promise<{ user: UserEntity }> {
    return this.change(actor, userId, { action: 'USER_DEACTIVATED', ip }, async (manager, user) => {
      if (user.deactivatedAt) throw new DomainError(UserErrorCode.INVALID_STATE, 'The account is already deactivated', ['userId']);
      user.deactivatedAt = new Date();
      await manager.getRepository(UserEntity).update(user.id, { deactivatedAt: user.deactivatedAt });
      await this.credentials.revokeAllOf(user.id, manager);
      return { email: user.email };
    });
  }

  async reactivateUser(actor: Actor, userId: string, ip: string | null = null): Promise<{ user: UserEntity }> {
    return this.change(actor, userId, { action: 'USER_REACTIVATED', ip }, async (manager, user) => {
      if (!user.deactivatedAt) throw new DomainError(UserErrorCode.INVALID_STATE, 'The account is active', ['userId']);
      user.deactivatedAt = null;
      await manager.getRepository(UserEntity).update(user.id, { deactivatedAt: null });
      return { email: user.email };
    });
  }

  /** Founders belong to a customer organisation (the database insists on one); staff to the centre's or none. */
  async changeUserRole(
    actor: Actor,
    userId: string,
    role: Role,
    organisationId: string | null,
    ip: string | null = null,
  ): Promise<{ user: UserEntity }> {
    if (role === 'INTEGRATION') throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'INTEGRATION is for API tokens, not people', ['role']);
    if (role === 'FOUNDER' && !organisationId) {
      throw new DomainError(UserErrorCode.ORGANISATION_REQUIRED, 'A founder belongs to an organisation', ['organisationId']);
    }
    return this.change(actor, userId, { action: 'USER_ROLE_CHANGED', ip }, async (manager, user) => {
      const organisation = organisationId ? await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId }) : null;
      if (organisationId && !organisation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
      // A founder is confined to their organisation's data; the centre's own is everyone's.
      if (role === 'FOUNDER' && organisation?.kind === 'CENTRE') {
        throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A founder belongs to a customer organisation, not the centre', ['organisationId']);
      }
      const before = { fromRole: user.role, fromOrganisationId: user.organisationId };
      user.role = role;
      user.organisationId = organisationId;
      await manager.getRepository(UserEntity).update(user.id, { role, organisationId });
      // The new rights apply from the next sign-in; nothing keeps acting with the old ones.
      await this.credentials.revokeAllOf(user.id, manager);
      return { email: user.email, ...before, toRole: role, toOrganisationId: organisationId };
    });
  }

  /** Locks the user's row, applies the change and its audit record, commits, then tells every process. */
  private async change(
    actor: Actor,
    userId: string,
    audit: { action: AuditAction; ip: string | null },
    apply: (manager: EntityManager, user: UserEntity) => Promise<Record<string, unknown>>,
  ): Promise<{ user: UserEntity }> {
    if (actor.kind === 'user' && actor.id === userId) {
      throw new DomainError(UserErrorCode.CANNOT_CHANGE_OWN_ACCOUNT, 'Ask another admin to change your own account', ['userId']);
    }
    const user = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such user', ['userId']);
      const details = await apply(manager, row);
      await this.audit.record(manager, {
        actor,
        action: audit.action,
        target: { type: 'USER', id: row.id },
        organisationId: row.organisationId,
        details,
        ip: audit.ip,
      });
      return row;
    });
    await this.credentials.announce();
    return { user };
  }
}
