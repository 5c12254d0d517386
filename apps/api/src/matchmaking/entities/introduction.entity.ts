import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { UserEntity } from '../../users/index.js';
import {
  ANSWERS, INTRODUCTION_OUTCOMES, INTRODUCTION_STATUSES, LIVE_STATUSES, PROPOSAL_CHOICES, sqlList,
  type Answer, type IntroductionOutcome, type IntroductionStatus, type ProposalChoice,
} from '../matchmaking-rules.js';
import { MatchNeedEntity } from './match-need.entity.js';
import { MatchResourceEntity } from './match-resource.entity.js';

/** The score's reasons as the scorer gave them (both languages), kept as proposed. */
export interface ReasonSnapshot {
  code: string;
  points: number;
  text: { 'zh-CN': string; en: string };
}

/**
 * A manager's proposal that a startup (the need's organisation) and a resource meet, with the
 * score and its explanation as they were when proposed. Both sides accept → ACCEPTED (the
 * trigger introductions_guard refuses it past the resource's capacity, under the resource's row
 * lock); one declines → DECLINED; then MET on a day, then CONCLUDED with an outcome.
 */
@Entity({ name: 'introductions' })
@Index('introductions_org_idx', ['organisationId', 'proposedAt'])
@Index('introductions_resource_idx', ['resourceId', 'status'])
@Index('introductions_need_idx', ['needId'])
@Index('introductions_live_pair_unique', ['needId', 'resourceId'], { unique: true, where: `status IN (${sqlList(LIVE_STATUSES)})` })
@Check('introductions_status_check', `status IN (${sqlList(INTRODUCTION_STATUSES)})`)
@Check('introductions_choice_check', `choice IN (${sqlList(PROPOSAL_CHOICES)})`)
@Check('introductions_answers_check', `(startup_answer IS NULL OR startup_answer IN (${sqlList(ANSWERS)})) AND (resource_answer IS NULL OR resource_answer IN (${sqlList(ANSWERS)}))`)
@Check('introductions_outcome_check', `(outcome IS NULL OR outcome IN (${sqlList(INTRODUCTION_OUTCOMES)})) AND ((status = 'CONCLUDED') = (outcome IS NOT NULL))`)
@Check('introductions_accepted_check', `(status IN ('ACCEPTED','MET','CONCLUDED')) = (accepted_at IS NOT NULL)`)
@Check('introductions_met_check', `(status IN ('MET','CONCLUDED')) = (met_on IS NOT NULL)`)
@Check('introductions_declined_check', `(status = 'DECLINED') = (declined_at IS NOT NULL)`)
@Check('introductions_score_check', 'score >= 0')
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => MatchNeedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id' })
  need?: Relation<MatchNeedEntity>;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => MatchResourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<MatchResourceEntity>;

  /** The need's organisation (the startup side), kept here so every tenant filter is one column. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: IntroductionStatus;

  @Column({ type: 'text' })
  choice!: ProposalChoice;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: ReasonSnapshot[];

  @Column({ name: 'explanation_zh', type: 'text' })
  explanationZh!: string;

  @Column({ name: 'explanation_en', type: 'text' })
  explanationEn!: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by' })
  proposer?: Relation<UserEntity>;

  @Column({ name: 'proposed_at', type: 'timestamptz', precision: 3 })
  proposedAt!: Date;

  @Column({ name: 'startup_answer', type: 'text', nullable: true })
  startupAnswer!: Answer | null;

  @Column({ name: 'startup_answered_by', type: 'uuid', nullable: true })
  startupAnsweredBy!: string | null;

  @Column({ name: 'startup_answered_at', type: 'timestamptz', precision: 3, nullable: true })
  startupAnsweredAt!: Date | null;

  @Column({ name: 'resource_answer', type: 'text', nullable: true })
  resourceAnswer!: Answer | null;

  @Column({ name: 'resource_answered_by', type: 'uuid', nullable: true })
  resourceAnsweredBy!: string | null;

  @Column({ name: 'resource_answered_at', type: 'timestamptz', precision: 3, nullable: true })
  resourceAnsweredAt!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'declined_at', type: 'timestamptz', precision: 3, nullable: true })
  declinedAt!: Date | null;

  /** The Shanghai calendar day they met. */
  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: IntroductionOutcome | null;

  @Column({ name: 'outcome_notes', type: 'text', nullable: true })
  outcomeNotes!: string | null;

  @Column({ name: 'concluded_at', type: 'timestamptz', precision: 3, nullable: true })
  concludedAt!: Date | null;

  /** The last reminder to each side that has not answered; reminders repeat every N days. */
  @Column({ name: 'startup_reminded_at', type: 'timestamptz', precision: 3, nullable: true })
  startupRemindedAt!: Date | null;

  @Column({ name: 'resource_reminded_at', type: 'timestamptz', precision: 3, nullable: true })
  resourceRemindedAt!: Date | null;
}

/** One row: how many days an unanswered side waits before each reminder. */
@Entity({ name: 'matchmaking_settings' })
@Check('matchmaking_settings_single_row', 'id = 1')
@Check('matchmaking_settings_reminder_check', 'reminder_days BETWEEN 1 AND 30')
export class MatchmakingSettingsEntity {
  @Column({ type: 'smallint', primary: true, default: 1 })
  id!: number;

  @Column({ name: 'reminder_days', type: 'smallint', default: 3 })
  reminderDays!: number;
}
