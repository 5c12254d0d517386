import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ADAPTATION_CHECKLIST, type AdaptationChecklistItem } from '@suanli/domain';
import { sqlArrayWithin } from '../../database/check-sql.js';
import { ProjectEntity } from './project.entity.js';

/** Porting a customer's models from NVIDIA to Ascend: about two weeks, always free. */
@Entity({ name: 'adaptations' })
@Check('adaptations_free_check', `charge_fen = 0`)
@Check('adaptations_due_check', `due_at > started_at`)
@Check('adaptations_items_check', sqlArrayWithin('completed_items', ADAPTATION_CHECKLIST))
export class AdaptationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid', unique: true })
  projectId!: string;

  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ name: 'source_platform', type: 'text', default: 'CUDA/NVIDIA' })
  sourcePlatform!: string;

  @Column({ name: 'target_platform', type: 'text', default: 'CANN/Ascend' })
  targetPlatform!: string;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3 })
  dueAt!: Date;

  @Column({ name: 'completed_items', type: 'text', array: true, default: () => "'{}'" })
  completedItems!: AdaptationChecklistItem[];

  @Column({ name: 'charge_fen', type: 'bigint', default: 0 })
  chargeFen!: string;
}
