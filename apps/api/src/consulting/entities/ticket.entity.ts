import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { UserEntity } from '../../users/index.js';
import {
  LINKED_KINDS, sqlList, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES,
  type LinkedKind, type TicketCategory, type TicketPriority, type TicketStatus,
} from '../ticket-rules.js';

/**
 * A founder's question to the centre's consultants. One assignee at most (a column, not a list);
 * allowed status moves are enforced by the `tickets_status_transition` trigger as well as the service.
 */
@Entity({ name: 'tickets' })
@Index('tickets_org_created_idx', ['organisationId', 'createdAt'])
@Index('tickets_assignee_status_idx', ['assigneeId', 'status'])
@Check('tickets_status_check', `status IN (${sqlList(TICKET_STATUSES)})`)
@Check('tickets_priority_check', `priority IN (${sqlList(TICKET_PRIORITIES)})`)
@Check('tickets_category_check', `category IN (${sqlList(TICKET_CATEGORIES)})`)
@Check('tickets_subject_check', 'length(btrim(subject)) > 0 AND length(subject) <= 200')
@Check('tickets_link_check', `(linked_kind IS NULL) = (linked_id IS NULL) AND (linked_kind IS NULL OR linked_kind IN (${sqlList(LINKED_KINDS)}))`)
@Check('tickets_resolved_check', `status NOT IN ('RESOLVED','CLOSED') OR resolved_at IS NOT NULL OR closed_at IS NOT NULL`)
@Check('tickets_closed_check', `(status = 'CLOSED') = (closed_at IS NOT NULL)`)
@Check('tickets_satisfaction_check', 'satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5')
@Check('tickets_rated_check', '(satisfaction IS NULL) = (rated_at IS NULL)')
@Index('tickets_rated_at_idx', ['ratedAt'], { where: 'rated_at IS NOT NULL' })
@Check('tickets_assigned_check', '(assignee_id IS NULL) = (assigned_at IS NULL)')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'opener_id', type: 'uuid' })
  openerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opener_id' })
  opener?: Relation<UserEntity>;

  @Column({ type: 'text' })
  category!: TicketCategory;

  @Column({ type: 'text', default: 'NORMAL' })
  priority!: TicketPriority;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', default: 'NEW' })
  status!: TicketStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<UserEntity>;

  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3, nullable: true })
  assignedAt!: Date | null;

  @Column({ name: 'linked_kind', type: 'text', nullable: true })
  linkedKind!: LinkedKind | null;

  @Column({ name: 'linked_id', type: 'uuid', nullable: true })
  linkedId!: string | null;

  @Column({ name: 'first_response_at', type: 'timestamptz', precision: 3, nullable: true })
  firstResponseAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  satisfaction!: number | null;

  @Column({ name: 'satisfaction_comment', type: 'text', nullable: true })
  satisfactionComment!: string | null;

  /** When the founder rated; satisfaction reports group by its Shanghai month. */
  @Column({ name: 'rated_at', type: 'timestamptz', precision: 3, nullable: true })
  ratedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
