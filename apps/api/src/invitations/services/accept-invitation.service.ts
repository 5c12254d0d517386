import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/index.js';
import { PasswordService } from '../../auth/index.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { assertPasswordAcceptable } from '../../passwords/index.js';
import { checkPassword } from '../../passwords/index.js';
import { UserEntity } from '../../users/index.js';
import { InvitationEntity } from '../entities/invitation.entity.js';
import { hashInvitationToken, looksLikeInvitationToken } from '../invitation-token.js';

const UNIQUE_VIOLATION = '23505';
const DISPLAY_NAME_MAX = 80;
/** Control, zero-width and bidirectional-override characters have no place in a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

function notUsable(invitation: InvitationEntity | null): DomainError | null {
  if (!invitation) return new DomainError(UserErrorCode.INVITATION_NOT_FOUND, 'This invitation link is not valid', ['input', 'token']);
  if (invitation.acceptedAt) return new DomainError(UserErrorCode.INVITATION_USED, 'This invitation was already used; sign in instead', ['input', 'token']);
  if (invitation.revokedAt) return new DomainError(UserErrorCode.INVITATION_REVOKED, 'This invitation was withdrawn', ['input', 'token']);
  if (invitation.expiresAt.getTime() <= Date.now()) {
    return new DomainError(UserErrorCode.INVITATION_EXPIRED, 'This invitation has expired; ask for a new one', ['input', 'token']);
  }
  return null;
}

function cleanDisplayName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < 1 || [...name].length > DISPLAY_NAME_MAX || INVISIBLE.test(name)) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The name must have 1–${DISPLAY_NAME_MAX} visible characters`, ['input', 'displayName']);
  }
  return name;
}

@Injectable()
export class AcceptInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The invitation page's view of a link: null unless it can still be accepted. */
  async preview(token: string): Promise<{ organisationName: string; email: string; expiresAt: Date } | null> {
    const invitation = await this.find(this.dataSource.manager, token, false);
    if (!invitation || notUsable(invitation)) return null;
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: invitation.organisationId });
    return organisation ? { organisationName: organisation.name, email: invitation.email, expiresAt: invitation.expiresAt } : null;
  }

  /**
   * Creates the account once: the invitation row is locked and re-checked inside the transaction,
   * so of two simultaneous accepts one creates the user and the other finds it used; the unique
   * email of users backs that up.
   */
  async accept(input: { token: string; displayName: string; password: string }, ip: string | null): Promise<{ user: UserEntity }> {
    const displayName = cleanDisplayName(input.displayName);
    const first = await this.find(this.dataSource.manager, input.token, false);
    const refusal = notUsable(first);
    if (refusal) throw refusal;
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: first!.organisationId });
    assertPasswordAcceptable(checkPassword(input.password, [first!.email, displayName, organisation.name]), ['input', 'password']);
    // Hashing takes a while: do it before taking the row lock.
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invitation = await this.find(manager, input.token, true);
        const late = notUsable(invitation);
        if (late) throw late;
        const { id } = (await manager.insert(UserEntity, {
          email: invitation!.email,
          passwordHash,
          displayName,
          role: invitation!.role,
          organisationId: invitation!.organisationId,
        })).identifiers[0] as { id: string };
        await manager.query('UPDATE invitations SET accepted_at = now(), accepted_user_id = $2 WHERE id = $1', [invitation!.id, id]);
        const user = await manager.findOneByOrFail(UserEntity, { id });
        await this.audit.record(manager, {
          actor: { kind: 'user', id: user.id, role: user.role, organisationId: user.organisationId, scopes: [] },
          action: 'INVITATION_ACCEPTED',
          target: { type: 'INVITATION', id: invitation!.id },
          organisationId: user.organisationId,
          details: { email: user.email, role: user.role, userId: user.id },
          ip,
        });
        return { user };
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(UserErrorCode.EMAIL_TAKEN, 'An account with this email exists already; sign in instead', ['input', 'token']);
      }
      throw error;
    }
  }

  private async find(manager: EntityManager, token: string, lock: boolean): Promise<InvitationEntity | null> {
    if (!looksLikeInvitationToken(token)) return null;
    const query = manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.token_hash = :hash', { hash: hashInvitationToken(token) });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }
}
