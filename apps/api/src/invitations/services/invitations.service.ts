import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { invitableRoles } from '@suanli/domain';
import { AuditService } from '../../audit/index.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError, forbidden } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { paginate } from '../../common/pagination/paginate.js';
import { InvitationEntity } from '../entities/invitation.entity.js';
import { mayManageInvitationsOf } from './invitation-access.js';

/** Listing and withdrawing invitations. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  list(actor: Actor, organisationId: string, args: ConnectionArgs) {
    if (!mayManageInvitationsOf(actor, organisationId)) throw forbidden('Not your organisation’s invitations');
    const query = this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId', { organisationId });
    return paginate(query, args);
  }

  /** Someone who may not manage it gets NOT_FOUND, so invitation ids leak nothing. */
  async revoke(actor: Actor, invitationId: string, ip: string | null): Promise<{ invitation: InvitationEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: invitationId })
        .getOne();
      if (!invitation || !mayManageInvitationsOf(actor, invitation.organisationId) || !invitableRoles(actor.role).includes(invitation.role)) {
        throw new DomainError(UserErrorCode.NOT_FOUND, 'No such invitation', ['input', 'invitationId']);
      }
      if (invitation.acceptedAt) throw new DomainError(UserErrorCode.INVITATION_USED, 'This invitation was already accepted', ['input', 'invitationId']);
      if (invitation.revokedAt) throw new DomainError(UserErrorCode.INVITATION_REVOKED, 'This invitation was already revoked', ['input', 'invitationId']);
      const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
      invitation.revokedAt = new Date(now);
      await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt: invitation.revokedAt });
      await this.audit.record(manager, {
        actor,
        action: 'INVITATION_REVOKED',
        target: { type: 'INVITATION', id: invitation.id },
        organisationId: invitation.organisationId,
        details: { email: invitation.email, role: invitation.role },
        ip,
      });
      return { invitation };
    });
  }
}
