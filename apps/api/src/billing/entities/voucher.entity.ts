import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { InvoiceLineEntity } from './invoice-line.entity.js';
import { VoucherApplicationEntity } from './voucher-application.entity.js';
import { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import { fenColumn } from './fen-column.js';

/**
 * An issued voucher, bound to its organisation (non-transferable: no mutation changes the owner).
 * The CHECK keeps the balance within 0..face value, so no redemption can overspend it.
 */
@Entity({ name: 'vouchers' })
@Index('vouchers_application_key', ['applicationId'], { unique: true })
@Index('vouchers_org_idx', ['organisationId', 'validUntil'])
@Check('vouchers_balance_check', 'face_value_fen > 0 AND balance_fen >= 0 AND balance_fen <= face_value_fen AND expired_fen >= 0 AND balance_fen + expired_fen <= face_value_fen')
@Check('vouchers_status_check', "status IN ('ACTIVE','EXPIRED')")
@Check('vouchers_validity_check', 'valid_until > valid_from')
@Check('vouchers_coverage_check', 'coverage_bp BETWEEN 1 AND 10000')
export class VoucherEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Shown to people and the city's voucher office, e.g. SLV-2026-0007. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => VoucherProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<VoucherProgrammeEntity>;

  @ManyToOne(() => VoucherApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<VoucherApplicationEntity>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column(fenColumn('face_value_fen'))
  faceValueFen!: bigint;

  @Column(fenColumn('balance_fen'))
  balanceFen!: bigint;

  /** What returned to the programme when the voucher expired. */
  @Column(fenColumn('expired_fen', { default: 0 }))
  expiredFen!: bigint;

  @Column({ name: 'coverage_bp', type: 'int' })
  coverageBp!: number;

  @Column({ name: 'valid_from', type: 'timestamptz', precision: 3 })
  validFrom!: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', precision: 3 })
  validUntil!: Date;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: 'ACTIVE' | 'EXPIRED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** A voucher paying part of one invoice line; (line, voucher) is unique, so nothing pays twice. */
@Entity({ name: 'voucher_redemptions' })
@Index('voucher_redemptions_line_voucher_key', ['invoiceLineId', 'voucherId'], { unique: true })
@Index('voucher_redemptions_voucher_idx', ['voucherId', 'createdAt'])
@Check('voucher_redemptions_amount_check', 'amount_fen > 0')
export class VoucherRedemptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'voucher_id', type: 'uuid' })
  voucherId!: string;

  @ManyToOne(() => VoucherEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voucher_id' })
  voucher?: Relation<VoucherEntity>;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Column({ name: 'invoice_line_id', type: 'uuid' })
  invoiceLineId!: string;

  @ManyToOne(() => InvoiceLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_line_id' })
  invoiceLine?: Relation<InvoiceLineEntity>;

  @Column(fenColumn('amount_fen'))
  amountFen!: bigint;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * What one organisation was granted by one programme; the cap is copied in so a CHECK (not code)
 * keeps the per-organisation cap under concurrent approvals.
 */
@Entity({ name: 'voucher_grants' })
@Check('voucher_grants_cap_check', 'granted_fen >= 0 AND granted_fen <= cap_fen')
export class VoucherGrantEntity {
  @Column({ name: 'programme_id', type: 'uuid', primary: true })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid', primary: true })
  organisationId!: string;

  @Column(fenColumn('granted_fen', { default: 0 }))
  grantedFen!: bigint;

  @Column(fenColumn('cap_fen'))
  capFen!: bigint;
}

/** Organisations a manager marked as related to the centre: they may not receive vouchers. */
@Entity({ name: 'related_parties' })
export class RelatedPartyEntity {
  @Column({ name: 'organisation_id', type: 'uuid', primary: true })
  organisationId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'marked_by_id', type: 'uuid', nullable: true })
  markedById!: string | null;

  @CreateDateColumn({ name: 'marked_at', type: 'timestamptz', precision: 3 })
  markedAt!: Date;
}
