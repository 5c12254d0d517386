import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { PasswordService } from '../auth/index.js';
import { CredentialChanges } from '../auth/index.js';
import { SessionService } from '../auth/index.js';
import type { Actor } from '../common/access/actor.js';
import { DomainError, forbidden, unauthenticated } from '../common/errors/api-errors.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { OrganisationEntity } from '../organisations/index.js';
import { UserEntity } from '../users/index.js';
import { assertPasswordAcceptable } from './password-errors.js';
import { checkPassword } from './password-strength.js';

@Injectable()
export class ChangePasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(CredentialChanges) private readonly changes: CredentialChanges,
  ) {}

  /** The current password is required, so a borrowed session cannot lock its owner out. */
  async change(actor: Actor, currentPassword: string, newPassword: string, ip: string | null): Promise<{ user: UserEntity }> {
    if (actor.kind !== 'user') throw forbidden('API tokens have no password');
    const changed = await this.dataSource.transaction(async (manager) => {
      // Row lock: two concurrent changes cannot both verify against the same old hash.
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: actor.id })
        .getOne();
      if (!user) throw unauthenticated('This account no longer exists');
      if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
        throw new DomainError(UserErrorCode.INVALID_CREDENTIALS, 'The current password is wrong', ['input', 'currentPassword']);
      }
      const organisation = user.organisationId ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId }) : null;
      assertPasswordAcceptable(checkPassword(newPassword, [user.email, user.displayName, organisation?.name], currentPassword), [
        'input',
        'newPassword',
      ]);
      await manager.update(UserEntity, { id: user.id }, { passwordHash: await this.passwords.hash(newPassword) });
      // Whoever knew the old password is signed out everywhere else; this session stays.
      await this.sessions.revokeAllOf(user.id, manager, actor.sessionId ?? null);
      await this.audit.record(manager, {
        actor,
        action: 'PASSWORD_CHANGED',
        target: { type: 'USER', id: user.id },
        organisationId: user.organisationId,
        ip,
      });
      const { passwordHash: _hash, ...withoutHash } = user;
      return { user: withoutHash as UserEntity };
    });
    await this.changes.announce();
    return changed;
  }
}
