import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisations/index.js';
import { ProjectEntity } from '../../projects/index.js';
import { UserEntity } from '../../users/index.js';
import { NEED_STATES, NEED_URGENCIES, RESOURCE_KINDS, sqlList, type NeedState, type NeedUrgency, type ResourceKind } from '../matchmaking-rules.js';

/**
 * What a startup asks for, for one of its projects (trigger match_needs_own_project: the project
 * is the organisation's). Posted by one of its founders or by a manager for it.
 */
@Entity({ name: 'match_needs' })
@Index('match_needs_org_idx', ['organisationId', 'createdAt'])
@Index('match_needs_state_idx', ['state'])
@Check('match_needs_kind_check', `kind IN (${sqlList(RESOURCE_KINDS)})`)
@Check('match_needs_urgency_check', `urgency IN (${sqlList(NEED_URGENCIES)})`)
@Check('match_needs_state_check', `state IN (${sqlList(NEED_STATES)})`)
@Check('match_needs_description_check', 'length(btrim(description)) > 0 AND length(description) <= 4000')
@Check('match_needs_closed_check', `(state = 'CLOSED') = (closed_at IS NOT NULL)`)
export class MatchNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', default: 'NORMAL' })
  urgency!: NeedUrgency;

  @Column({ type: 'text', default: 'OPEN' })
  state!: NeedState;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  industries!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologies!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  stages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  /** Competitors named on this need, on top of the organisation's declared ones. */
  @Column({ name: 'competitor_organisation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  competitorOrganisationIds!: string[];

  @Column({ name: 'posted_by', type: 'uuid' })
  postedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'posted_by' })
  poster?: Relation<UserEntity>;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
