import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { ProjectEntity } from '../../projects/index.js';
import { UserEntity } from '../../users/index.js';
import { MILESTONE_STATUSES, type MilestoneStatus } from '../milestone-rules.js';

/**
 * One milestone of a project's incubation ("model adapted to Ascend", "Series A"): what is asked
 * for by when, and where the evidence stands. Its steps are kept in `milestone_events`.
 */
@Entity({ name: 'project_milestones' })
@Unique('project_milestones_key_unique', ['projectId', 'key'])
@Index('project_milestones_project_due_idx', ['projectId', 'dueOn'])
@Check('project_milestones_status_check', `status IN (${MILESTONE_STATUSES.map((s) => `'${s}'`).join(',')})`)
@Check('project_milestones_key_check', `key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 60`)
@Check('project_milestones_title_check', `length(btrim(title)) > 0`)
@Check('project_milestones_url_check', `evidence_url IS NULL OR evidence_url LIKE 'https://%'`)
// Evidence exists exactly once it has been submitted; PLANNED has none.
@Check(
  'project_milestones_submitted_check',
  `(status = 'PLANNED' AND submitted_at IS NULL AND submitted_by IS NULL AND evidence IS NULL AND evidence_url IS NULL)
   OR (status <> 'PLANNED' AND submitted_at IS NOT NULL AND submitted_by IS NOT NULL AND evidence IS NOT NULL)`,
)
// A decision (accept or return) is recorded only for ACCEPTED and RETURNED; a return says why.
@Check(
  'project_milestones_decided_check',
  `(status IN ('PLANNED','SUBMITTED') AND decided_at IS NULL AND decided_by IS NULL AND decision_note IS NULL)
   OR (status IN ('ACCEPTED','RETURNED') AND decided_at IS NOT NULL AND decided_by IS NOT NULL)`,
)
@Check('project_milestones_return_note_check', `status <> 'RETURNED' OR length(btrim(coalesce(decision_note, ''))) > 0`)
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  /** Stable within the project ('model-adapted'); what a tranche's release condition names. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'evidence_requested', type: 'text' })
  evidenceRequested!: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: MilestoneStatus;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: Relation<UserEntity>;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: Relation<UserEntity>;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
