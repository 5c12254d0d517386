import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTOR_KINDS = ['USER', 'TOKEN', 'ANONYMOUS', 'SYSTEM'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/**
 * One thing someone did to accounts or organisations. Append-only: a trigger in the migration
 * refuses UPDATE and DELETE, and there are no foreign keys, so deleting a user or an
 * organisation never rewrites its history.
 */
@Entity({ name: 'audit_events' })
@Check('audit_events_actor_kind_check', `actor_kind IN ('USER','TOKEN','ANONYMOUS','SYSTEM')`)
@Check('audit_events_action_check', `action ~ '^[A-Z][A-Z0-9_]{2,63}$'`)
@Index('audit_events_at_idx', ['at', 'id'])
@Index('audit_events_organisation_at_idx', ['organisationId', 'at'])
@Index('audit_events_action_at_idx', ['action', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The database's clock at the moment of the insert (not the transaction's start, not the app's). */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: AuditActorKind;

  /** A code such as INVITATION_SENT; the UI renders it in the reader's language. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
