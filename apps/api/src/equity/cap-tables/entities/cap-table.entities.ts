import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { bigintColumn } from '../../../database/bigint-column.js';
import { OrganisationEntity } from '../../../organisations/index.js';

export const STAKEHOLDER_KINDS = ['FOUNDER', 'INVESTOR', 'EMPLOYEE', 'CENTRE', 'OTHER'] as const;
export type StakeholderKindValue = (typeof STAKEHOLDER_KINDS)[number];
export const ENTITY_TYPES = ['INDIVIDUAL', 'INSTITUTION'] as const;
export type EntityTypeValue = (typeof ENTITY_TYPES)[number];
export const SHARE_CLASS_TYPES = ['COMMON', 'PREFERRED'] as const;
export type ShareClassTypeValue = (typeof SHARE_CLASS_TYPES)[number];
export const ISSUANCE_SOURCES = ['MANUAL', 'TRANCHE'] as const;
export type IssuanceSource = (typeof ISSUANCE_SOURCES)[number];

/** A class of a startup's shares (普通股, A轮优先股 …); names are unique per company. */
@Entity({ name: 'cap_share_classes' })
@Check('cap_share_classes_type_check', "class_type IN ('COMMON','PREFERRED')")
@Check('cap_share_classes_name_check', 'char_length(btrim(name)) BETWEEN 1 AND 60')
@Check('cap_share_classes_figures_check', 'seniority >= 1 AND (shares_authorised IS NULL OR shares_authorised > 0)')
@Index('cap_share_classes_org_name_key', ['organisationId', 'name'], { unique: true })
export class ShareClassEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'class_type', type: 'text' })
  classType!: ShareClassTypeValue;

  /** 1 is the most junior; preferred classes rank above common. */
  @Column({ type: 'int', default: 1 })
  seniority!: number;

  @Column(bigintColumn('shares_authorised', { nullable: true }))
  sharesAuthorised!: bigint | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** Someone who holds (or may hold) a startup's shares; the centre is one stakeholder per startup. */
@Entity({ name: 'cap_stakeholders' })
@Check('cap_stakeholders_kind_check', "kind IN ('FOUNDER','INVESTOR','EMPLOYEE','CENTRE','OTHER')")
@Check('cap_stakeholders_entity_type_check', "entity_type IN ('INDIVIDUAL','INSTITUTION')")
@Check('cap_stakeholders_name_check', 'char_length(btrim(name)) BETWEEN 1 AND 120')
@Index('cap_stakeholders_org_name_key', ['organisationId', 'name'], { unique: true })
@Index('cap_stakeholders_one_centre_key', ['organisationId'], { unique: true, where: "kind = 'CENTRE'" })
export class StakeholderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: StakeholderKindValue;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: EntityTypeValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * Shares issued to a stakeholder, never edited or deleted (trigger). MANUAL: entered by the centre
 * (founders', investors' holdings); TRANCHE: issued by the database itself when a credit tranche is
 * fully drawn, or its drawn part when the line closes — at most once per tranche (unique index).
 * The price is an exact fen-per-share fraction.
 */
@Entity({ name: 'cap_issuances' })
@Check('cap_issuances_source_check', "source IN ('MANUAL','TRANCHE')")
@Check('cap_issuances_tranche_check', "(source = 'TRANCHE') = (credit_line_id IS NOT NULL AND tranche_no IS NOT NULL)")
@Check('cap_issuances_figures_check', 'shares > 0 AND price_numerator >= 0 AND price_denominator > 0')
@Index('cap_issuances_tranche_key', ['creditLineId', 'trancheNo'], { unique: true, where: 'credit_line_id IS NOT NULL' })
@Index('cap_issuances_org_issued_idx', ['organisationId', 'issuedAt'])
export class IssuanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'stakeholder_id', type: 'uuid' })
  stakeholderId!: string;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stakeholder_id' })
  stakeholder?: Relation<StakeholderEntity>;

  @Column({ name: 'share_class_id', type: 'uuid' })
  shareClassId!: string;

  @ManyToOne(() => ShareClassEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'share_class_id' })
  shareClass?: Relation<ShareClassEntity>;

  @Column(bigintColumn('shares'))
  shares!: bigint;

  @Column(bigintColumn('price_numerator'))
  priceNumerator!: bigint;

  @Column(bigintColumn('price_denominator'))
  priceDenominator!: bigint;

  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3 })
  issuedAt!: Date;

  @Column({ name: 'consideration_text', type: 'text', nullable: true })
  considerationText!: string | null;

  @Column({ type: 'text', default: 'MANUAL' })
  source!: IssuanceSource;

  @Column({ name: 'credit_line_id', type: 'uuid', nullable: true })
  creditLineId!: string | null;

  @Column({ name: 'tranche_no', type: 'int', nullable: true })
  trancheNo!: number | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * Shares bought back from a holder: from one MANUAL issuance, or from the centre's shares under one
 * credit line (the founders' buy-back option). Append-only; a trigger refuses buying back more than
 * was issued.
 */
@Entity({ name: 'cap_buy_backs' })
@Check('cap_buy_backs_source_check', '(issuance_id IS NULL) <> (credit_line_id IS NULL)')
@Check('cap_buy_backs_figures_check', 'shares > 0 AND price_fen >= 0')
@Index('cap_buy_backs_org_idx', ['organisationId', 'boughtAt'])
export class BuyBackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'stakeholder_id', type: 'uuid' })
  stakeholderId!: string;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stakeholder_id' })
  stakeholder?: Relation<StakeholderEntity>;

  @Column({ name: 'issuance_id', type: 'uuid', nullable: true })
  issuanceId!: string | null;

  @ManyToOne(() => IssuanceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuance_id' })
  issuance?: Relation<IssuanceEntity>;

  @Column({ name: 'credit_line_id', type: 'uuid', nullable: true })
  creditLineId!: string | null;

  @Column(bigintColumn('shares'))
  shares!: bigint;

  /** The whole price paid, in fen. */
  @Column(bigintColumn('price_fen'))
  priceFen!: bigint;

  @Column({ name: 'bought_at', type: 'timestamptz', precision: 3 })
  boughtAt!: Date;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

export const CAP_TABLE_ENTITIES = [ShareClassEntity, StakeholderEntity, IssuanceEntity, BuyBackEntity];
