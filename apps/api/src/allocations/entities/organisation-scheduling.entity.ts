import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';

/** A manager's fair-share weight and concurrent-card quota for one organisation. */
@Entity({ name: 'organisation_scheduling' })
@Check('org_sched_weight_check', `weight > 0 AND weight <= 100`)
@Check('org_sched_quota_check', `quota_cards IS NULL OR quota_cards > 0`)
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

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
