import { Check, Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { InvoiceEntity } from './invoice.entity.js';
import { CardPriceEntity } from './card-price.entity.js';
import { ProjectEntity } from '../../projects/index.js';
import { fenColumn } from './fen-column.js';

/**
 * One line: a project × card type × price version (× whether it was free adaptation work), with
 * the metered card-seconds exact and the amount rounded once (libs/domain lineAmountFen). The split
 * across payers always adds up to the amount, and a voucher never pays more than its coverage.
 * A credit note's lines name the line they correct and carry cash only.
 */
@Entity({ name: 'invoice_lines' })
@Check('invoice_lines_split_check', 'amount_fen = free_fen + voucher_fen + equity_fen + cash_fen')
@Check('invoice_lines_nonnegative_check', 'card_seconds >= 0 AND amount_fen >= 0 AND free_fen >= 0 AND voucher_fen >= 0 AND equity_fen >= 0 AND cash_fen >= 0')
@Check('invoice_lines_coverage_check', 'voucher_coverage_bp BETWEEN 0 AND 10000 AND voucher_fen * 10000 <= amount_fen * voucher_coverage_bp')
@Check('invoice_lines_free_check', 'NOT adaptation OR free_fen = amount_fen')
@Index('invoice_lines_invoice_idx', ['invoiceId'])
@Index('invoice_lines_group_key', ['invoiceId', 'projectId', 'cardType', 'priceId', 'adaptation'], { unique: true, where: 'credits_line_id IS NULL' })
export class InvoiceLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Column({ name: 'line_no', type: 'int' })
  lineNo!: number;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ name: 'card_type', type: 'text' })
  cardType!: string;

  @Column({ name: 'price_id', type: 'uuid', nullable: true })
  priceId!: string | null;

  @Column(fenColumn('unit_price_fen'))
  unitPriceFen!: bigint;

  @Column({ name: 'card_seconds', type: 'bigint', transformer: { to: (v: bigint) => v?.toString(), from: (v: string) => BigInt(v) } })
  cardSeconds!: bigint;

  /** Work of the ADAPTATION priority class: billed at the price, paid wholly by the centre. */
  @Column({ type: 'boolean', default: false })
  adaptation!: boolean;

  @Column(fenColumn('amount_fen'))
  amountFen!: bigint;

  @Column(fenColumn('free_fen', { default: 0 }))
  freeFen!: bigint;

  @Column(fenColumn('voucher_fen', { default: 0 }))
  voucherFen!: bigint;

  /** The highest coverage ratio of the vouchers that paid this line (basis points); 0 if none. */
  @Column({ name: 'voucher_coverage_bp', type: 'int', default: 0 })
  voucherCoverageBp!: number;

  @Column(fenColumn('equity_fen', { default: 0 }))
  equityFen!: bigint;

  @Column(fenColumn('cash_fen', { default: 0 }))
  cashFen!: bigint;

  @Column({ name: 'credits_line_id', type: 'uuid', nullable: true })
  creditsLineId!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Relation<InvoiceEntity>;

  @ManyToOne(() => CardPriceEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'price_id' })
  price?: Relation<CardPriceEntity>;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;
}
