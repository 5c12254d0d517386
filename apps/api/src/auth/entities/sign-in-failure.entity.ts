import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SIGN_IN_FAILURE_REASONS = ['PENDING', 'WRONG_PASSWORD', 'UNKNOWN_EMAIL', 'DEACTIVATED', 'THROTTLED'] as const;
export type SignInFailureReason = (typeof SIGN_IN_FAILURE_REASONS)[number];

/**
 * A failed (or refused) sign-in, kept in PostgreSQL so the limits hold across API processes.
 * A row starts as PENDING before the password is checked (so parallel guesses count at once),
 * becomes the failure's reason, or is deleted when the password was right. A later successful
 * sign-in sets `cleared_at` on the account's rows: they stop counting for the account, but stay
 * for the record and still count for the IP.
 */
@Entity({ name: 'sign_in_failures' })
@Check('sign_in_failures_reason_check', `reason IN ('PENDING','WRONG_PASSWORD','UNKNOWN_EMAIL','DEACTIVATED','THROTTLED')`)
@Index('sign_in_failures_email_at_idx', ['email', 'at'])
@Index('sign_in_failures_ip_at_idx', ['ip', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Trimmed and lower-cased, whether or not an account has it. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text' })
  reason!: SignInFailureReason;

  @Column({ name: 'cleared_at', type: 'timestamptz', precision: 3, nullable: true })
  clearedAt!: Date | null;
}
