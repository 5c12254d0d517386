import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Stripe's contract for money mutations: the first answer under a key is stored in the same
 * transaction as the change, and a retry with the same key gets that answer and changes nothing.
 * The primary key serialises two concurrent first attempts: the second waits, then reads the first.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @PrimaryColumn({ type: 'text' })
  operation!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** A hash of the input: the same key with a different input is refused, not replayed. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ type: 'jsonb' })
  response!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
