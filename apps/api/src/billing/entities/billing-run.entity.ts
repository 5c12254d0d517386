import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One run of monthly billing. Each organisation is billed in its own transaction; the invoice's
 * unique (organisation, month) key makes a resumed or repeated run skip what is done.
 */
@Entity({ name: 'billing_runs' })
@Check('billing_runs_status_check', "status IN ('RUNNING','DONE','FAILED')")
export class BillingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_month', type: 'text' })
  periodMonth!: string;

  @Column({ type: 'text', default: 'RUNNING' })
  status!: 'RUNNING' | 'DONE' | 'FAILED';

  @Column({ name: 'invoices_created', type: 'int', default: 0 })
  invoicesCreated!: number;

  @Column({ name: 'organisations_skipped', type: 'int', default: 0 })
  organisationsSkipped!: number;

  /** Organisations the run could not bill and why, e.g. [{ organisationId, code: 'MISSING_PRICE', cardType }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems!: { organisationId: string; code: string; cardType?: string }[];

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById!: string | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
