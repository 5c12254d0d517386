import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { InvoiceEntity, InvoiceLineEntity } from '../../../billing/index.js';
import { bigintColumn } from '../../../database/bigint-column.js';
import { OrganisationEntity } from '../../../organisations/index.js';
import { ProjectEntity } from '../../../projects/index.js';
import { ShareClassEntity, StakeholderEntity } from '../../cap-tables/entities/cap-table.entities.js';
import { TermSheetEntity } from '../../entities/term-sheet.entity.js';

/** A ReleaseCondition in the canonical JSON of the terms: the kind and its one field, as strings. */
export type StoredRelease = { kind: string } & Record<string, string>;

export const CREDIT_LINE_STATUSES = ['ACTIVE', 'EXPIRED'] as const;
export type CreditLineStatus = (typeof CREDIT_LINE_STATUSES)[number];

/**
 * The compute credit that signed terms open, one per signed term sheet. ACTIVE until its expiry;
 * then EXPIRED (closed_at set): nothing more is drawn, and the drawn part of a partly drawn tranche
 * is issued pro rata. `drawn_fen` is kept by the draws' trigger, never written by the code.
 */
@Entity({ name: 'credit_lines' })
@Check('credit_lines_status_check', "status IN ('ACTIVE','EXPIRED')")
@Check('credit_lines_closed_check', "(status = 'ACTIVE') = (closed_at IS NULL)")
@Check('credit_lines_figures_check', 'credit_fen > 0 AND drawn_fen >= 0 AND drawn_fen <= credit_fen AND total_shares >= 0 AND price_numerator > 0 AND price_denominator > 0')
@Check('credit_lines_buy_back_check', '(buy_back_until IS NULL) = (buy_back_premium_bp IS NULL)')
@Index('credit_lines_term_sheet_key', ['termSheetId'], { unique: true })
@Index('credit_lines_org_idx', ['organisationId', 'status'])
@Index('credit_lines_project_idx', ['projectId', 'status'])
export class CreditLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'term_sheet_id', type: 'uuid' })
  termSheetId!: string;

  @ManyToOne(() => TermSheetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_sheet_id' })
  termSheet?: Relation<TermSheetEntity>;

  /** The signed version the line was opened from. */
  @Column({ name: 'version_no', type: 'int' })
  versionNo!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: CreditLineStatus;

  @Column(bigintColumn('credit_fen'))
  creditFen!: bigint;

  @Column(bigintColumn('drawn_fen', { default: 0 }))
  drawnFen!: bigint;

  /** The centre's shares if all the credit is drawn (Σ tranche shares). */
  @Column(bigintColumn('total_shares'))
  totalShares!: bigint;

  /** The price per share of the signed terms, fen per share as an exact fraction. */
  @Column(bigintColumn('price_numerator'))
  priceNumerator!: bigint;

  @Column(bigintColumn('price_denominator'))
  priceDenominator!: bigint;

  /** The pre-money valuation of the signed terms (for the portfolio's implied value). */
  @Column(bigintColumn('pre_money_fen'))
  preMoneyFen!: bigint;

  @Column(bigintColumn('post_money_shares'))
  postMoneyShares!: bigint;

  @Column({ name: 'share_class_id', type: 'uuid' })
  shareClassId!: string;

  @ManyToOne(() => ShareClassEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'share_class_id' })
  shareClass?: Relation<ShareClassEntity>;

  @Column({ name: 'centre_stakeholder_id', type: 'uuid' })
  centreStakeholderId!: string;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centre_stakeholder_id' })
  centreStakeholder?: Relation<StakeholderEntity>;

  @Column({ name: 'opened_at', type: 'timestamptz', precision: 3 })
  openedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'buy_back_until', type: 'timestamptz', precision: 3, nullable: true })
  buyBackUntil!: Date | null;

  @Column({ name: 'buy_back_premium_bp', type: 'int', nullable: true })
  buyBackPremiumBp!: number | null;
}

/**
 * One tranche of a line: its credit and shares (fixed at opening), how much has been drawn, and
 * when it was released and fully drawn. A trigger keeps drawn_fen in step with the draws and lets
 * nothing else change but release and the closing stamp.
 */
@Entity({ name: 'credit_tranches' })
@Check('credit_tranches_figures_check', 'credit_fen > 0 AND shares >= 0 AND percent_bp BETWEEN 1 AND 10000 AND drawn_fen >= 0 AND drawn_fen <= credit_fen')
@Check('credit_tranches_released_check', 'drawn_fen = 0 OR released_at IS NOT NULL')
@Check('credit_tranches_full_check', '(fully_drawn_at IS NOT NULL) = (drawn_fen = credit_fen)')
export class CreditTrancheEntity {
  @PrimaryColumn({ name: 'credit_line_id', type: 'uuid' })
  creditLineId!: string;

  @ManyToOne(() => CreditLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credit_line_id' })
  creditLine?: Relation<CreditLineEntity>;

  /** 0-based, in drawing order. */
  @PrimaryColumn({ name: 'tranche_no', type: 'int' })
  trancheNo!: number;

  @Column({ name: 'percent_bp', type: 'int' })
  percentBp!: number;

  /** The release condition as the signed terms state it (canonical JSON of a ReleaseCondition). */
  @Column({ type: 'jsonb' })
  release!: StoredRelease;

  @Column(bigintColumn('credit_fen'))
  creditFen!: bigint;

  @Column(bigintColumn('shares'))
  shares!: bigint;

  @Column(bigintColumn('drawn_fen', { default: 0 }))
  drawnFen!: bigint;

  @Column({ name: 'released_at', type: 'timestamptz', precision: 3, nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'fully_drawn_at', type: 'timestamptz', precision: 3, nullable: true })
  fullyDrawnAt!: Date | null;
}

/**
 * A draw on a tranche, made when an invoice line is paid from the credit. Append-only; inserting one
 * moves the tranche's and the line's drawn_fen (trigger), which the CHECKs keep within the credit,
 * and refuses a locked tranche or a line that is expired or past its expiry.
 */
@Entity({ name: 'credit_draws' })
@Check('credit_draws_amount_check', 'amount_fen > 0')
@Index('credit_draws_line_tranche_key', ['invoiceLineId', 'trancheNo'], { unique: true })
@Index('credit_draws_line_idx', ['creditLineId', 'drawnAt'])
export class CreditDrawEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'credit_line_id', type: 'uuid' })
  creditLineId!: string;

  @Column({ name: 'tranche_no', type: 'int' })
  trancheNo!: number;

  @ManyToOne(() => CreditTrancheEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'credit_line_id', referencedColumnName: 'creditLineId' },
    { name: 'tranche_no', referencedColumnName: 'trancheNo' },
  ])
  tranche?: Relation<CreditTrancheEntity>;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Relation<InvoiceEntity>;

  @Column({ name: 'invoice_line_id', type: 'uuid' })
  invoiceLineId!: string;

  @ManyToOne(() => InvoiceLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_line_id' })
  invoiceLine?: Relation<InvoiceLineEntity>;

  @Column(bigintColumn('amount_fen'))
  amountFen!: bigint;

  @Column({ name: 'drawn_at', type: 'timestamptz', precision: 3 })
  drawnAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

export const CREDIT_LINE_ENTITIES = [CreditLineEntity, CreditTrancheEntity, CreditDrawEntity];
