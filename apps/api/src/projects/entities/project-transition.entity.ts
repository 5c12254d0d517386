import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TRANSITION_REASON_CODES, type ProjectStage, type TransitionReasonCode } from '@suanli/domain';
import { UserEntity } from '../../users/index.js';
import { ProjectEntity } from './project.entity.js';

/** The audit trail of a project's lifecycle: append-only, one row per move (and one for the application). */
@Entity({ name: 'project_transitions' })
@Index('project_transitions_project_idx', ['projectId', 'createdAt'])
@Check('project_transitions_reason_code_check', `reason_code IN (${TRANSITION_REASON_CODES.map((code) => `'${code}'`).join(',')})`)
export class ProjectTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: ProjectStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: ProjectStage;

  /** The reader's language renders the code; what a person wrote goes in `reason`, verbatim. */
  @Column({ name: 'reason_code', type: 'text', default: 'NOTE' })
  reasonCode!: TransitionReasonCode;

  /** The author's own words; empty when the code alone says why (the application). */
  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
