import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { fenColumn } from './fen-column.js';

export const INVOICE_KINDS = ['INVOICE', 'CREDIT_NOTE'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PAID', 'VOID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * An invoice, or a credit note correcting one. A draft may be recomputed or voided; once issued the
 * database refuses edits (trigger invoices_issued_immutable) and assigns the next number of its
 * series and year in the same transaction (trigger invoices_assign_number), so numbers have no gaps.
 * Amounts: total = free + voucher + equity + cash; only the cash part is owed by the organisation.
 */
@Entity({ name: 'invoices' })
@Check('invoices_kind_check', "kind IN ('INVOICE','CREDIT_NOTE')")
@Check('invoices_status_check', "status IN ('DRAFT','ISSUED','PAID','VOID')")
@Check('invoices_series_check', "(kind = 'INVOICE' AND series = 'SL') OR (kind = 'CREDIT_NOTE' AND series = 'SLC')")
@Check('invoices_split_check', 'total_fen = free_fen + voucher_fen + equity_fen + cash_fen')
@Check('invoices_nonnegative_check', 'free_fen >= 0 AND voucher_fen >= 0 AND equity_fen >= 0 AND cash_fen >= 0')
@Check('invoices_settled_check', 'paid_fen >= 0 AND credited_fen >= 0 AND paid_fen + credited_fen <= cash_fen')
@Check('invoices_paid_check', "kind <> 'INVOICE' OR status NOT IN ('ISSUED','PAID') OR (status = 'PAID') = (paid_fen + credited_fen = cash_fen)")
@Check('invoices_number_check', "(status IN ('DRAFT','VOID')) = (number IS NULL) AND (number IS NULL) = (number_seq IS NULL)")
@Check('invoices_credit_note_check', "(kind = 'CREDIT_NOTE') = (credits_invoice_id IS NOT NULL)")
@Check('invoices_period_check', "period_end > period_start AND period_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'")
@Check('invoices_issued_check', "status = 'DRAFT' OR status = 'VOID' OR (issued_at IS NOT NULL AND due_at IS NOT NULL)")
@Index('invoices_number_key', ['number'], { unique: true, where: 'number IS NOT NULL' })
@Index('invoices_series_seq_key', ['series', 'numberYear', 'numberSeq'], { unique: true, where: 'number_seq IS NOT NULL' })
// One invoice per organisation and month: a resumed or repeated billing run finds it and moves on.
@Index('invoices_org_month_key', ['organisationId', 'periodMonth'], { unique: true, where: "kind = 'INVOICE' AND status <> 'VOID'" })
@Index('invoices_org_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('invoices_created_idx', ['createdAt', 'id'])
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', default: 'INVOICE' })
  kind!: InvoiceKind;

  @Column({ type: 'text', default: 'SL' })
  series!: 'SL' | 'SLC';

  @Column({ name: 'credits_invoice_id', type: 'uuid', nullable: true })
  creditsInvoiceId!: string | null;

  @Column({ name: 'period_month', type: 'text' })
  periodMonth!: string;

  @Column({ name: 'period_start', type: 'timestamptz', precision: 3 })
  periodStart!: Date;

  @Column({ name: 'period_end', type: 'timestamptz', precision: 3 })
  periodEnd!: Date;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: InvoiceStatus;

  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ name: 'number_year', type: 'int', nullable: true })
  numberYear!: number | null;

  @Column({ name: 'number_seq', type: 'int', nullable: true })
  numberSeq!: number | null;

  @Column(fenColumn('total_fen', { default: 0 }))
  totalFen!: bigint;

  @Column(fenColumn('free_fen', { default: 0 }))
  freeFen!: bigint;

  @Column(fenColumn('voucher_fen', { default: 0 }))
  voucherFen!: bigint;

  @Column(fenColumn('equity_fen', { default: 0 }))
  equityFen!: bigint;

  @Column(fenColumn('cash_fen', { default: 0 }))
  cashFen!: bigint;

  @Column(fenColumn('paid_fen', { default: 0 }))
  paidFen!: bigint;

  @Column(fenColumn('credited_fen', { default: 0 }))
  creditedFen!: bigint;

  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'billing_run_id', type: 'uuid', nullable: true })
  billingRunId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
}
