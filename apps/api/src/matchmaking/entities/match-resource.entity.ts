import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { UserEntity } from '../../users/index.js';
import { CAPACITY_PERIODS, CONFLICT_REASONS, RESOURCE_KINDS, sqlList, type CapacityPeriod, type ConflictReason, type ResourceKind } from '../matchmaking-rules.js';

/**
 * Something the centre can offer a startup: a mentor, a partner, a customer, an investor, a data
 * set or an adaptation engineer. Owned by exactly one person (who answers introductions) or one
 * organisation (any of its members answers). Capacity is places per period; the places taken are
 * counted from accepted introductions (function match_capacity_used, see the migration's triggers).
 */
@Entity({ name: 'match_resources' })
@Index('match_resources_kind_idx', ['kind'])
@Check('match_resources_kind_check', `kind IN (${sqlList(RESOURCE_KINDS)})`)
@Check('match_resources_period_check', `capacity_period IN (${sqlList(CAPACITY_PERIODS)})`)
@Check('match_resources_capacity_check', 'capacity >= 0 AND capacity <= 1000')
@Check('match_resources_one_owner_check', '(owner_user_id IS NULL) <> (owner_organisation_id IS NULL)')
@Check('match_resources_name_check', 'length(btrim(name)) > 0 AND length(name) <= 120')
@Check('match_resources_window_check', 'available_from IS NULL OR available_until IS NULL OR available_from < available_until')
export class MatchResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id' })
  ownerUser?: Relation<UserEntity>;

  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  industries!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologies!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  stages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'capacity_period', type: 'text' })
  capacityPeriod!: CapacityPeriod;

  /** Off: on leave, or not taking new matches whatever the dates say. */
  @Column({ type: 'boolean', default: true })
  available!: boolean;

  @Column({ name: 'available_from', type: 'timestamptz', precision: 3, nullable: true })
  availableFrom!: Date | null;

  @Column({ name: 'available_until', type: 'timestamptz', precision: 3, nullable: true })
  availableUntil!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/**
 * An organisation a resource must never be introduced to: its portfolio (an investor's) or a
 * declared relation. Never the resource's own owner (trigger match_resource_conflicts_not_owner).
 */
@Entity({ name: 'match_resource_conflicts' })
@Check('match_resource_conflicts_reason_check', `reason IN (${sqlList(CONFLICT_REASONS)})`)
export class MatchResourceConflictEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => MatchResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<MatchResourceEntity>;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  reason!: ConflictReason;
}

/** A startup's declared competitor: no customer or investor tied to it is proposed to the startup. */
@Entity({ name: 'organisation_competitors' })
@Check('organisation_competitors_not_self_check', 'organisation_id <> competitor_organisation_id')
export class OrganisationCompetitorEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @PrimaryColumn({ name: 'competitor_organisation_id', type: 'uuid' })
  competitorOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competitor_organisation_id' })
  competitor?: Relation<OrganisationEntity>;
}
