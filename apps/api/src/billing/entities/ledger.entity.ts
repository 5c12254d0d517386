import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { fenColumn } from './fen-column.js';

export const LEDGER_ACCOUNT_KINDS = [
  'RECEIVABLE', // what one organisation owes (per organisation)
  'CASH', // money received
  'REVENUE', // compute sold
  'FREE_ADAPTATION', // the centre's own cost of free adaptation work
  'CITY_GRANT', // what the city owes the centre for a programme (per programme)
  'PROGRAMME_BUDGET', // a programme's uncommitted budget (per programme)
  'VOUCHER', // one voucher's unspent balance (per voucher)
  'EQUITY_CREDIT', // a credit line for equity (per line; the equity issue fills it)
] as const;
export type LedgerAccountKind = (typeof LEDGER_ACCOUNT_KINDS)[number];

/** An account of the double-entry ledger; `code` names it uniquely, e.g. RECEIVABLE:<organisation>. */
@Entity({ name: 'ledger_accounts' })
@Check('ledger_accounts_kind_check', "kind IN ('RECEIVABLE','CASH','REVENUE','FREE_ADAPTATION','CITY_GRANT','PROGRAMME_BUDGET','VOUCHER','EQUITY_CREDIT')")
export class LedgerAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  kind!: LedgerAccountKind;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * One leg of a movement: debit positive, credit negative. The legs of one transaction sum to
 * zero (deferred trigger ledger_entries_balanced, checked at commit) and no entry is ever
 * updated or deleted (trigger ledger_entries_append_only).
 */
@Entity({ name: 'ledger_entries' })
@Check('ledger_entries_amount_check', 'amount_fen <> 0')
@Index('ledger_entries_account_idx', ['accountId', 'createdAt'])
@Index('ledger_entries_transaction_idx', ['transactionId'])
@Index('ledger_entries_created_idx', ['createdAt', 'id'])
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => LedgerAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<LedgerAccountEntity>;

  @Column(fenColumn('amount_fen'))
  amountFen!: bigint;

  /** What moved the money, e.g. INVOICE_ISSUED, PAYMENT, VOUCHER_REDEEMED. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Column({ name: 'voucher_id', type: 'uuid', nullable: true })
  voucherId!: string | null;

  @Column({ type: 'text', default: '' })
  memo!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
