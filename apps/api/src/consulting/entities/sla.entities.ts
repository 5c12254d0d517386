import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TicketChildEntity } from './ticket-child.js';
import { SLA_TARGET_KINDS, sqlList, TICKET_CATEGORIES, TICKET_PRIORITIES, type SlaTargetKind, type TicketCategory, type TicketPriority } from '../ticket-rules.js';
import { TicketEntity } from './ticket.entity.js';

/** How fast the centre promises to answer and to resolve, per category and priority, in business minutes. */
@Entity({ name: 'sla_policies' })
@Check('sla_policies_category_check', `category IN (${sqlList(TICKET_CATEGORIES)})`)
@Check('sla_policies_priority_check', `priority IN (${sqlList(TICKET_PRIORITIES)})`)
@Check('sla_policies_targets_check', 'first_response_minutes > 0 AND resolution_minutes > 0')
export class SlaPolicyEntity {
  @PrimaryColumn({ type: 'text' })
  category!: TicketCategory;

  @PrimaryColumn({ type: 'text' })
  priority!: TicketPriority;

  @Column({ name: 'first_response_minutes', type: 'integer' })
  firstResponseMinutes!: number;

  @Column({ name: 'resolution_minutes', type: 'integer' })
  resolutionMinutes!: number;
}

/**
 * One running promise of a ticket: its target in business minutes from `startedAt`, less the
 * pauses. Met, warned and breached are each stamped once; the jobs check them so a late or
 * repeated job does nothing.
 */
@Entity({ name: 'ticket_sla_targets' })
@Check('ticket_sla_targets_kind_check', `kind IN (${sqlList(SLA_TARGET_KINDS)})`)
@Check('ticket_sla_targets_minutes_check', 'target_minutes > 0')
export class TicketSlaTargetEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: SlaTargetKind;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Relation<TicketEntity>;

  @Column({ name: 'target_minutes', type: 'integer' })
  targetMinutes!: number;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'met_at', type: 'timestamptz', precision: 3, nullable: true })
  metAt!: Date | null;

  @Column({ name: 'warned_at', type: 'timestamptz', precision: 3, nullable: true })
  warnedAt!: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', precision: 3, nullable: true })
  breachedAt!: Date | null;
}

/** A stretch the SLA clock stood still (waiting for the customer, or resolved); at most one open per ticket. */
@Entity({ name: 'ticket_sla_pauses' })
@Index('ticket_sla_pauses_one_open', ['ticketId'], { unique: true, where: 'ended_at IS NULL' })
@Check('ticket_sla_pauses_order_check', 'ended_at IS NULL OR ended_at >= started_at')
export class TicketSlaPauseEntity extends TicketChildEntity {
  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;
}

/** A breach, recorded once per target: who was told and how the priority moved. */
@Entity({ name: 'ticket_escalations' })
@Index('ticket_escalations_target_unique', ['ticketId', 'kind'], { unique: true })
@Check('ticket_escalations_kind_check', `kind IN (${sqlList(SLA_TARGET_KINDS)})`)
export class TicketEscalationEntity extends TicketChildEntity {
  @Column({ type: 'text' })
  kind!: SlaTargetKind;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ name: 'priority_before', type: 'text' })
  priorityBefore!: TicketPriority;

  @Column({ name: 'priority_after', type: 'text' })
  priorityAfter!: TicketPriority;

  @Column({ name: 'notified_user_ids', type: 'uuid', array: true })
  notifiedUserIds!: string[];
}
