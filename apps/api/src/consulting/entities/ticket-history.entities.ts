import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { TicketChildEntity } from './ticket-child.js';
import { UserEntity } from '../../users/index.js';
import { sqlList, TICKET_STATUSES, type TicketStatus } from '../ticket-rules.js';

/** Every status a ticket passed through; `actorId` null is the system (an escalation job). */
@Entity({ name: 'ticket_status_history' })
@Index('ticket_status_history_ticket_idx', ['ticketId', 'at'])
@Check('ticket_status_history_to_check', `to_status IN (${sqlList(TICKET_STATUSES)})`)
export class TicketStatusChangeEntity extends TicketChildEntity {
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: TicketStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: TicketStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;
}

/** A low satisfaction score, waiting for the group lead to look at the ticket. */
@Entity({ name: 'ticket_review_tasks' })
@Index('ticket_review_tasks_open_idx', ['assigneeId', 'doneAt'])
@Check('ticket_review_tasks_score_check', 'score BETWEEN 1 AND 5')
export class TicketReviewTaskEntity extends TicketChildEntity {
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<UserEntity>;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'done_at', type: 'timestamptz', precision: 3, nullable: true })
  doneAt!: Date | null;
}

/** The centre's consulting settings: one row. */
@Entity({ name: 'consulting_settings' })
@Check('consulting_settings_single_row', 'id = 1')
@Check('consulting_settings_reopen_check', 'reopen_days BETWEEN 1 AND 90')
export class ConsultingSettingsEntity {
  @Column({ type: 'smallint', primary: true, default: 1 })
  id!: number;

  /** How long after resolution the founder may reopen a ticket instead of opening a new one. */
  @Column({ name: 'reopen_days', type: 'smallint', default: 7 })
  reopenDays!: number;
}
