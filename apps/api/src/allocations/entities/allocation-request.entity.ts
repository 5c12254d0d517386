import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ALLOCATION_STATES, MAX_DURATION_S, MIN_DURATION_S, PRIORITY_CLASSES, type AllocationState, type PriorityClassName } from '@suanli/domain';
import { ClusterEntity } from '../../compute/index.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { ProjectEntity } from '../../projects/index.js';
import { URGENCY_STATUSES, type UrgencyStatus } from '../urgency/urgency-status.js';
import { sqlBetween, sqlIn } from '../../database/check-sql.js';

/**
 * A request for N cards of a type for a time limit, and the allocation it becomes:
 * QUEUED → RUNNING → FINISHED / CANCELLED / PREEMPTED. The cards it holds are in card_holdings.
 */
@Entity({ name: 'allocation_requests' })
@Check('alloc_state_check', sqlIn('state', ALLOCATION_STATES))
@Check('alloc_priority_check', sqlIn('priority', PRIORITY_CLASSES))
@Check('alloc_requested_priority_check', sqlIn('requested_priority', PRIORITY_CLASSES))
@Check('alloc_urgency_check', `urgency IS NULL OR urgency IN ('${URGENCY_STATUSES.join("','")}')`)
@Check('alloc_urgency_effective_check', `priority <> 'URGENT' OR urgency IN ('STAFF','BUDGET','APPROVED')`)
@Check('alloc_cards_check', `cards > 0`)
@Check('alloc_duration_check', sqlBetween('duration_s', MIN_DURATION_S, MAX_DURATION_S))
@Check('alloc_running_check', `state <> 'RUNNING' OR (started_at IS NOT NULL AND ends_at IS NOT NULL)`)
@Check('alloc_closed_check', `state IN ('QUEUED','RUNNING') OR finished_at IS NOT NULL`)
@Index('alloc_cluster_state_idx', ['clusterId', 'state'])
@Index('alloc_org_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('alloc_project_idx', ['projectId'])
@Index('alloc_created_idx', ['createdAt', 'id'])
@Index('alloc_org_open_idx', ['organisationId'], { where: `state IN ('QUEUED','RUNNING')` })
// Each pass reads an organisation's last finished runs on the cluster for its run-time predictions.
@Index('alloc_finished_runs_idx', ['clusterId', 'organisationId', 'finishedAt'], { where: `state = 'FINISHED'` })
export class AllocationRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: Relation<ClusterEntity>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  @Column({ name: 'card_type', type: 'text' })
  cardType!: string;

  @Column({ type: 'int' })
  cards!: number;

  @Column({ name: 'duration_s', type: 'int' })
  durationS!: number;

  /** The class the scheduler uses: a founder's URGENT counts only once approved or within budget. */
  @Column({ type: 'text', default: 'STANDARD' })
  priority!: PriorityClassName;

  /** The class the requester asked for. */
  @Column({ name: 'requested_priority', type: 'text', default: 'STANDARD' })
  requestedPriority!: PriorityClassName;

  /** Only for requested URGENT: why it is (or is not yet) effective. */
  @Column({ type: 'text', nullable: true })
  urgency!: UrgencyStatus | null;

  /** The manager or admin who approved or declined the urgency. */
  @Column({ name: 'urgency_decided_by_id', type: 'uuid', nullable: true })
  urgencyDecidedById!: string | null;

  @Column({ name: 'urgency_decided_at', type: 'timestamptz', precision: 3, nullable: true })
  urgencyDecidedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  preemptible!: boolean;

  @Column({ name: 'earliest_start_at', type: 'timestamptz', precision: 3, nullable: true })
  earliestStartAt!: Date | null;

  @Column({ type: 'text', default: 'QUEUED' })
  state!: AllocationState;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  /** Start plus the time limit: the scheduler's promise of when the cards come back. */
  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3, nullable: true })
  endsAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;

  /** Set when a higher class preempts this allocation: it must stop by then (the notice). */
  @Column({ name: 'preempt_at', type: 'timestamptz', precision: 3, nullable: true })
  preemptAt!: Date | null;

  /** The waiting request this allocation was preempted for, so its wait can be explained. */
  @Column({ name: 'preempted_for_id', type: 'uuid', nullable: true })
  preemptedForId!: string | null;

  @Column({ name: 'queue_position', type: 'int', nullable: true })
  queuePosition!: number | null;

  @Column({ name: 'estimated_start_at', type: 'timestamptz', precision: 3, nullable: true })
  estimatedStartAt!: Date | null;

  @Column({ name: 'wait_reason', type: 'jsonb', nullable: true })
  waitReason!: { code: string; params: Record<string, string | number> } | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
