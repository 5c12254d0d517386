import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ProjectEntity } from '../../projects/index.js';
import { UserEntity } from '../../users/index.js';
import { MILESTONE_EVENT_KINDS, type MilestoneEventKind } from '../milestone-rules.js';
import { MilestoneEntity } from './milestone.entity.js';

/** Every step of every milestone, in the project's history: append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'milestone_events' })
@Index('milestone_events_project_idx', ['projectId', 'at'])
@Check('milestone_events_kind_check', `kind IN (${MILESTONE_EVENT_KINDS.map((k) => `'${k}'`).join(',')})`)
export class MilestoneEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Orders steps that share a millisecond. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: Relation<MilestoneEntity>;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ type: 'text' })
  kind!: MilestoneEventKind;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz', precision: 3 })
  at!: Date;

  /** The manager's note on a decision; null otherwise. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
