import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { PERSON_ROLES, type Role } from '@suanli/domain';
import { sqlIn } from '../../database/check-sql.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { UserEntity } from '../../users/index.js';

/**
 * A one-time link that lets a person create their account in an organisation. Only a SHA-256 of
 * the 256-bit token is kept. The database keeps it single-use: at most one open invitation per
 * email, accepted and revoked exclude each other, and an accepted one names the user it made.
 */
@Entity({ name: 'invitations' })
@Index('invitations_token_hash_key', ['tokenHash'], { unique: true })
@Index('invitations_open_email_key', ['email'], { unique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' })
@Index('invitations_organisation_idx', ['organisationId', 'createdAt'])
@Check('invitations_email_lower_check', `email = lower(email)`)
@Check('invitations_role_check', sqlIn('role', PERSON_ROLES))
@Check('invitations_accepted_or_revoked_check', `accepted_at IS NULL OR revoked_at IS NULL`)
// The user an invitation created, only on accepted ones (SET NULL if that user is ever deleted).
@Check('invitations_accepted_user_check', `accepted_user_id IS NULL OR accepted_at IS NOT NULL`)
@Check('invitations_expiry_check', `expires_at > created_at`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Trimmed and lower-cased, like users.email. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Relation<UserEntity>;

  @Column({ name: 'token_hash', type: 'text', select: false })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_user_id' })
  acceptedUser?: Relation<UserEntity>;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
