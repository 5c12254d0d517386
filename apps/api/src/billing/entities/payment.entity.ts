import { Check, Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { InvoiceEntity } from './invoice.entity.js';
import { fenColumn } from './fen-column.js';

/** Money received against one invoice. The invoice's paid_fen is the sum of these (same transaction). */
@Entity({ name: 'payments' })
@Check('payments_amount_check', 'amount_fen > 0')
@Check('payments_reference_check', 'char_length(bank_reference) BETWEEN 1 AND 120')
@Index('payments_invoice_idx', ['invoiceId', 'createdAt'])
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column(fenColumn('amount_fen'))
  amountFen!: bigint;

  /** The day the bank booked it, as the statement shows it (a calendar date in Asia/Shanghai). */
  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ name: 'bank_reference', type: 'text' })
  bankReference!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Relation<InvoiceEntity>;
}
