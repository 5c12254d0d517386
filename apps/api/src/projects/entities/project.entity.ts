import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { PROJECT_STAGES, type CooperationMode, type ProjectStage } from '@suanli/domain';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { sqlIn } from '../../database/check-sql.js';

@Entity({ name: 'projects' })
@Check('projects_stage_check', sqlIn('stage', PROJECT_STAGES))
@Check('projects_modes_check', `cardinality(cooperation_modes) > 0 AND cooperation_modes <@ ARRAY['RENTAL','JOINT_INCUBATION','COMPUTE_FOR_EQUITY']::text[]`)
@Index('projects_org_name_uq', ['organisationId', 'name'], { unique: true })
@Index('projects_stage_created_idx', ['stage', 'createdAt', 'id'])
@Index('projects_created_idx', ['createdAt', 'id'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Where the founder's models run today; copied into the adaptation record when it starts. */
  @Column({ name: 'source_platform', type: 'text', default: 'CUDA/NVIDIA' })
  sourcePlatform!: string;

  @Column({ type: 'text', default: 'APPLIED' })
  stage!: ProjectStage;

  @Column({ name: 'cooperation_modes', type: 'text', array: true })
  cooperationModes!: CooperationMode[];

  @Column({ name: 'stage_entered_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  stageEnteredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
