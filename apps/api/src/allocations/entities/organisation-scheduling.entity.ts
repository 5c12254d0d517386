import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MAX_WEIGHT, MIN_WEIGHT } from '@suanli/domain';
import { sqlBetween } from '../../database/check-sql.js';
import { OrganisationEntity } from '../../organisations/index.js';

/** A manager's fair-share weight, concurrent-card quota, urgent budget and open-request cap for one organisation. */
@Entity({ name: 'organisation_scheduling' })
@Check('org_sched_weight_range_check', sqlBetween('weight', MIN_WEIGHT, MAX_WEIGHT))
@Check('org_sched_quota_check', `quota_cards IS NULL OR quota_cards > 0`)
@Check('org_sched_urgent_budget_check', `urgent_card_hours_per_month >= 0`)
@Check('org_sched_max_open_check', `max_open_requests IS NULL OR max_open_requests > 0`)
export class OrganisationSchedulingEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1 })
  weight!: string;

  @Column({ name: 'quota_cards', type: 'int', nullable: true })
  quotaCards!: number | null;

  /** Card-hours of URGENT requests a founder may make per Asia/Shanghai calendar month without approval. */
  @Column({ name: 'urgent_card_hours_per_month', type: 'int', default: 0 })
  urgentCardHoursPerMonth!: number;

  /** Overrides MAX_OPEN_REQUESTS_PER_ORG for this organisation; null = the default. */
  @Column({ name: 'max_open_requests', type: 'int', nullable: true })
  maxOpenRequests!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
