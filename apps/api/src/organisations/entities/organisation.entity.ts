import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Industry, OrganisationKind, SensitivityTier } from '@suanli/domain';

@Entity({ name: 'organisations' })
@Check('organisations_kind_check', `kind IN ('CENTRE','STARTUP','SME','LARGE_ENTERPRISE','UNIVERSITY','RESEARCH_INSTITUTE','GOVERNMENT')`)
@Check('organisations_tier_check', `sensitivity_tier IN ('STANDARD','ELEVATED','HIGH')`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  industry!: Industry;

  @Column({ name: 'sensitivity_tier', type: 'text', default: 'STANDARD' })
  sensitivityTier!: SensitivityTier;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
