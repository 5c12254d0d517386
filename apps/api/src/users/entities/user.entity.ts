import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { PERSON_ROLES, type Role } from '@suanli/domain';
import { sqlIn } from '../../database/check-sql.js';
import { OrganisationEntity } from '../../organisations/index.js';

@Entity({ name: 'users' })
@Check('users_role_check', sqlIn('role', PERSON_ROLES))
// A founder always belongs to the organisation whose data they may see.
@Check('users_founder_has_org_check', `role <> 'FOUNDER' OR organisation_id IS NOT NULL`)
@Check('users_email_lower_check', `email = lower(email)`)
@Index('users_organisation_idx', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; the unique index makes sign-in case-insensitive. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Set: the account may not sign in and its sessions were ended (admins reactivate it). */
  @Column({ name: 'deactivated_at', type: 'timestamptz', precision: 3, nullable: true })
  deactivatedAt!: Date | null;
}
