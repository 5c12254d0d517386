import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { fenColumn } from './fen-column.js';

export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A founder's request for a voucher; a manager approves (possibly less) or rejects with a reason. */
@Entity({ name: 'voucher_applications' })
@Check('voucher_applications_status_check', "status IN ('SUBMITTED','APPROVED','REJECTED','WITHDRAWN')")
@Check('voucher_applications_amount_check', 'requested_fen > 0 AND (approved_fen IS NULL OR (approved_fen > 0 AND approved_fen <= requested_fen))')
@Check('voucher_applications_decision_check', "(status = 'APPROVED') = (approved_fen IS NOT NULL) AND (status = 'REJECTED') <= (char_length(decision_reason) > 0)")
@Index('voucher_applications_queue_idx', ['status', 'createdAt', 'id'])
@Index('voucher_applications_org_idx', ['organisationId', 'createdAt', 'id'])
export class VoucherApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column(fenColumn('requested_fen'))
  requestedFen!: bigint;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', default: 'SUBMITTED' })
  status!: ApplicationStatus;

  @Column(fenColumn('approved_fen', { nullable: true }))
  approvedFen!: bigint | null;

  @Column({ name: 'decision_reason', type: 'text', default: '' })
  decisionReason!: string;

  @Column({ name: 'applied_by_id', type: 'uuid', nullable: true })
  appliedById!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => VoucherProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<VoucherProgrammeEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
}
