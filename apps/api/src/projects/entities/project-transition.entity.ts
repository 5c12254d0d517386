import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { ProjectStage } from '@suanli/domain';
import { UserEntity } from '../../users/index.js';
import { ProjectEntity } from './project.entity.js';

/** The audit trail of a project's lifecycle: append-only, one row per move (and one for the application). */
@Entity({ name: 'project_transitions' })
@Index('project_transitions_project_idx', ['projectId', 'createdAt'])
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

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
