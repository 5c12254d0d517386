import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CARD_NEED_MAX, PROJECT_STAGES, type CooperationMode, type ProjectStage } from '@suanli/domain';
import { OrganisationEntity } from '../../organisations/index.js';
import { sqlIn } from '../../database/check-sql.js';

@Entity({ name: 'projects' })
@Check('projects_stage_check', sqlIn('stage', PROJECT_STAGES))
@Check('projects_modes_check', `cardinality(cooperation_modes) > 0 AND cooperation_modes <@ ARRAY['RENTAL','JOINT_INCUBATION','COMPUTE_FOR_EQUITY']::text[]`)
@Check('projects_card_need_check', `(card_type IS NULL) = (card_count_estimate IS NULL) AND (card_count_estimate IS NULL OR card_count_estimate BETWEEN 1 AND ${CARD_NEED_MAX})`)
@Check('projects_budget_check', `budget_fen IS NULL OR budget_fen >= 0`)
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

  /** What the applicant expects to need: a card type and a rough count, given together or not at all. */
  @Column({ name: 'card_type', type: 'text', nullable: true })
  cardType!: string | null;

  @Column({ name: 'card_count_estimate', type: 'integer', nullable: true })
  cardCountEstimate!: number | null;

  /** The applicant's compute budget in integer fen (bigint arrives as a string). */
  @Column({ name: 'budget_fen', type: 'bigint', nullable: true })
  budgetFen!: string | null;

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
