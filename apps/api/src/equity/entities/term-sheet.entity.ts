import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { bigintTransformer } from '../../database/bigint-column.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { ProjectEntity } from '../../projects/index.js';

export const TERM_SHEET_STATUSES = ['OPEN', 'SIGNED', 'WITHDRAWN'] as const;
export type TermSheetStatus = (typeof TERM_SHEET_STATUSES)[number];
export const TERM_SHEET_SIDES = ['CENTRE', 'FOUNDER'] as const;
export type TermSheetSide = (typeof TERM_SHEET_SIDES)[number];

/**
 * A compute-for-equity term sheet of one project, negotiated in immutable versions. OPEN while the
 * sides exchange versions; SIGNED once both accepted the same (current) version; WITHDRAWN by
 * either side. A closed sheet never changes again (trigger term_sheets_closed_immutable), and a
 * project has at most one open sheet.
 */
@Entity({ name: 'term_sheets' })
@Check('term_sheets_status_check', "status IN ('OPEN','SIGNED','WITHDRAWN')")
@Check('term_sheets_version_check', 'current_version_no >= 1')
@Check('term_sheets_signed_check', "(status = 'SIGNED') = (signed_version_no IS NOT NULL) AND (signed_version_no IS NULL OR signed_version_no = current_version_no)")
@Check('term_sheets_withdrawn_check', "(status = 'WITHDRAWN') = (withdrawn_by_side IS NOT NULL)")
@Index('term_sheets_project_open_key', ['projectId'], { unique: true, where: "status = 'OPEN'" })
@Index('term_sheets_org_created_idx', ['organisationId', 'createdAt'])
export class TermSheetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @Column({ type: 'text', default: 'OPEN' })
  status!: TermSheetStatus;

  @Column({ name: 'current_version_no', type: 'int', default: 1 })
  currentVersionNo!: number;

  @Column({ name: 'signed_version_no', type: 'int', nullable: true })
  signedVersionNo!: number | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'withdrawn_by_side', type: 'text', nullable: true })
  withdrawnBySide!: TermSheetSide | null;

  @Column({ name: 'withdrawn_reason', type: 'text', default: '' })
  withdrawnReason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * One version of the terms, never updated or deleted (trigger term_sheet_versions_append_only);
 * only the sheet's next version may be inserted, and only while the sheet is open. `terms` is the
 * canonical JSON (canonicalTermsJson) and `content_hash` its sha256; the derived figures are kept
 * for listing.
 */
@Entity({ name: 'term_sheet_versions' })
@Check('term_sheet_versions_side_check', "proposed_by_side IN ('CENTRE','FOUNDER')")
@Check('term_sheet_versions_hash_check', "content_hash ~ '^[0-9a-f]{64}$'")
@Check('term_sheet_versions_figures_check', 'credit_fen > 0 AND pre_money_fen > 0 AND credit_fen <= pre_money_fen AND centre_shares >= 0 AND centre_percent_bp BETWEEN 0 AND 10000')
export class TermSheetVersionEntity {
  @PrimaryColumn({ name: 'term_sheet_id', type: 'uuid' })
  termSheetId!: string;

  @PrimaryColumn({ name: 'version_no', type: 'int' })
  versionNo!: number;

  @ManyToOne(() => TermSheetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_sheet_id' })
  termSheet?: Relation<TermSheetEntity>;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ name: 'proposed_by_side', type: 'text' })
  proposedBySide!: TermSheetSide;

  /** The canonical JSON of the terms (bigints and dates as strings). */
  @Column({ type: 'jsonb' })
  terms!: object;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'credit_fen', type: 'bigint', transformer: bigintTransformer })
  creditFen!: bigint;

  @Column({ name: 'pre_money_fen', type: 'bigint', transformer: bigintTransformer })
  preMoneyFen!: bigint;

  @Column({ name: 'centre_shares', type: 'bigint', transformer: bigintTransformer })
  centreShares!: bigint;

  @Column({ name: 'centre_percent_bp', type: 'int' })
  centrePercentBp!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * One side's acceptance of one version, with who, when, from where and the version's content hash.
 * The database refuses an acceptance of a version that is not the sheet's current one or of a
 * closed sheet, and a hash that is not the version's (trigger term_sheet_acceptances_current_only);
 * acceptances are append-only.
 */
@Entity({ name: 'term_sheet_acceptances' })
@Check('term_sheet_acceptances_side_check', "side IN ('CENTRE','FOUNDER')")
export class TermSheetAcceptanceEntity {
  @PrimaryColumn({ name: 'term_sheet_id', type: 'uuid' })
  termSheetId!: string;

  @PrimaryColumn({ name: 'version_no', type: 'int' })
  versionNo!: number;

  @PrimaryColumn({ type: 'text' })
  side!: TermSheetSide;

  @ManyToOne(() => TermSheetVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'term_sheet_id', referencedColumnName: 'termSheetId' },
    { name: 'version_no', referencedColumnName: 'versionNo' },
  ])
  version?: Relation<TermSheetVersionEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;
}

export const EQUITY_ENTITIES = [TermSheetEntity, TermSheetVersionEntity, TermSheetAcceptanceEntity];
