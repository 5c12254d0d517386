import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Role } from '@suanli/domain';
import { AuditService } from '../../audit/index.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { Mailer, type MailDelivery } from '../../mail/index.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { UserEntity } from '../../users/index.js';
import { returningRows } from '../../database/returning-rows.js';
import { InvitationEntity } from '../entities/invitation.entity.js';
import { invitationTtlMs } from '../invitation-config.js';
import { invitationMail } from '../invitation-mail.js';
import { newInvitationToken } from '../invitation-token.js';
import { assertMayInvite } from './invitation-access.js';

export interface InviteResult {
  invitation: InvitationEntity;
  mailDelivery: MailDelivery;
  /** Only when no mail went out, for the inviter to pass on. */
  inviteUrl: string | null;
}

const UNIQUE_VIOLATION = '23505';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class InviteUserService {
  private readonly logger = new Logger('Invitations');
  private readonly ttlMs = invitationTtlMs();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async invite(actor: Actor, input: { email: string; organisationId: string; role?: Role | null }, ip: string | null): Promise<InviteResult> {
    const email = normaliseEmail(input.email);
    const role = input.role ?? 'FOUNDER';
    assertMayInvite(actor, input.organisationId, role);
    const { token, tokenHash } = newInvitationToken();
    const { invitation, organisation, inviter } = await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(OrganisationEntity, { id: input.organisationId });
      if (!organisation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['input', 'organisationId']);
      // Staff belong to the centre; founders to the organisations it incubates.
      if ((role === 'FOUNDER') === (organisation.kind === 'CENTRE')) {
        throw new DomainError(
          UserErrorCode.VALIDATION_FAILED,
          role === 'FOUNDER' ? 'Founders belong to an incubated organisation, not the centre' : 'Staff belong to the centre’s own organisation',
          ['input', 'role'],
        );
      }
      // Serialises invitations to one address, so the open-invitation check below cannot race.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suanli.invitations:' || $1))`, [email]);
      if (await manager.existsBy(UserEntity, { email })) {
        throw new DomainError(UserErrorCode.EMAIL_TAKEN, 'An account with this email exists already', ['input', 'email']);
      }
      await this.closeExpired(manager, actor, email, ip);
      const open = await manager.findOneBy(InvitationEntity, { email, acceptedAt: IsNull(), revokedAt: IsNull() });
      if (open) {
        throw new DomainError(UserErrorCode.INVITATION_PENDING, 'This email has an open invitation; revoke it to send a new one', ['input', 'email']);
      }
      const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          email,
          organisationId: organisation.id,
          role,
          invitedById: actor.id,
          tokenHash,
          createdAt: now,
          expiresAt: new Date(new Date(now).getTime() + this.ttlMs),
          acceptedAt: null,
          acceptedUserId: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'INVITATION_SENT',
        target: { type: 'INVITATION', id: invitation.id },
        organisationId: organisation.id,
        details: { email, role, expiresAt: invitation.expiresAt.toISOString() },
        ip,
      });
      const inviter = await manager.findOneBy(UserEntity, { id: actor.id });
      return { invitation, organisation, inviter };
    }).catch((error: unknown) => {
      // The partial unique index has the last word on "one open invitation per email".
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(UserErrorCode.INVITATION_PENDING, 'This email has an open invitation; revoke it to send a new one', ['input', 'email']);
      }
      throw error;
    });

    const link = this.mailer.link(`/invite/${token}`);
    const mailDelivery = await this.mailer.send(
      invitationMail({
        to: email,
        organisationName: organisation.name,
        role,
        inviterName: inviter?.displayName ?? organisation.name,
        link,
        expiresAt: invitation.expiresAt,
      }),
    );
    if (mailDelivery !== 'SENT') {
      // Without mail the inviter passes the link on; the log is the operator's copy.
      this.logger.warn(`invitation for ${email} to ${organisation.name} (${mailDelivery === 'FAILED' ? 'mail failed' : 'no SMTP configured'}): ${link}`);
    }
    return { invitation, mailDelivery, inviteUrl: mailDelivery === 'SENT' ? null : link };
  }

  /** An expired, unused invitation no longer blocks a new one for the same address. */
  private async closeExpired(manager: EntityManager, actor: Actor, email: string, ip: string | null): Promise<void> {
    const rows = await returningRows<{ id: string; organisation_id: string }>(
      manager,
      `UPDATE invitations SET revoked_at = now()
        WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= now()
        RETURNING id, organisation_id`,
      [email],
    );
    for (const row of rows) {
      await this.audit.record(manager, {
        actor,
        action: 'INVITATION_REVOKED',
        target: { type: 'INVITATION', id: row.id },
        organisationId: row.organisation_id,
        details: { email, reason: 'EXPIRED_REPLACED' },
        ip,
      });
    }
  }
}
