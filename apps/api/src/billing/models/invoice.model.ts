import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import { ConnectionType } from '../../common/pagination/connection.js';
import { InvoiceKindEnum, InvoiceStatusEnum } from './billing-enums.js';
import type { InvoiceKind, InvoiceStatus } from '../entities/invoice.entity.js';

@ObjectType({ description: 'One line of an invoice: a project × card type × price version, with its split across payers (the parts add up to the amount).' })
export class InvoiceLine {
  @Field(() => ID, { description: 'The line’s id.' })
  id!: string;

  @Field(() => Int, { description: 'Position on the invoice, from 1.' })
  lineNo!: number;

  @Field(() => ID, { nullable: true, description: 'The project whose use it bills.' })
  projectId!: string | null;

  @Field({ description: 'The card type.' })
  cardType!: string;

  @Field(() => FenScalar, { description: 'Price per card-hour in fen, of the price version named by priceId.' })
  unitPriceFen!: bigint;

  @Field(() => ID, { nullable: true, description: 'The price version it was billed at.' })
  priceId!: string | null;

  @Field({ description: 'Exact metered card-seconds, as a decimal string (it can exceed 32 bits).' })
  cardSeconds!: string;

  @Field(() => Float, { description: 'cardSeconds / 3600, for display; the amount is computed from the exact seconds.' })
  cardHours!: number;

  @Field({ description: 'True for adaptation work, which the centre pays in full (free to the startup).' })
  adaptation!: boolean;

  @Field(() => FenScalar, { description: 'cardSeconds × unit price / 3600, rounded half up to the fen once per line.' })
  amountFen!: bigint;

  @Field(() => FenScalar, { description: 'Part paid by the centre as free adaptation work.' })
  freeFen!: bigint;

  @Field(() => FenScalar, { description: 'Part paid by compute vouchers.' })
  voucherFen!: bigint;

  @Field(() => FenScalar, { description: 'Part paid from an equity-for-compute credit line (zero until that feature).' })
  equityFen!: bigint;

  @Field(() => FenScalar, { description: 'Part the organisation pays.' })
  cashFen!: bigint;

  @Field(() => ID, { nullable: true, description: 'On a credit note: the invoice line it corrects.' })
  creditsLineId!: string | null;
}

@ObjectType({ description: 'A payment received against an invoice.' })
export class Payment {
  @Field(() => ID, { description: 'The payment’s id.' })
  id!: string;

  @Field(() => FenScalar, { description: 'Amount received, in fen.' })
  amountFen!: bigint;

  @Field({ description: 'The day the bank booked it (YYYY-MM-DD, Asia/Shanghai).' })
  paidOn!: string;

  @Field({ description: 'The bank’s reference for the transfer.' })
  bankReference!: string;

  @Field({ description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An invoice for one organisation and month, or a credit note correcting one. Issued invoices never change; only payments and credit notes settle them.' })
export class Invoice {
  @Field(() => ID, { description: 'The invoice’s id.' })
  id!: string;

  @Field(() => InvoiceKindEnum, { description: 'Invoice or credit note.' })
  kind!: InvoiceKind;

  @Field(() => String, { nullable: true, description: 'Sequential per series and year without gaps, e.g. SL-2026-000123 (credit notes: SLC-…); null for a draft.' })
  number!: string | null;

  @Field(() => InvoiceStatusEnum, { description: 'DRAFT, ISSUED, PAID or VOID.' })
  status!: InvoiceStatus;

  @Field(() => ID, { description: 'The organisation billed.' })
  organisationId!: string;

  @Field({ description: 'The calendar month billed, YYYY-MM in Asia/Shanghai.' })
  periodMonth!: string;

  @Field(() => Date, { nullable: true, description: 'When it was issued.' })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When payment is due.' })
  dueAt!: Date | null;

  @Field(() => FenScalar, { description: 'Sum of the lines: free + voucher + equity + cash.' })
  totalFen!: bigint;

  @Field(() => FenScalar, { description: 'Paid by the centre (free adaptation work).' })
  freeFen!: bigint;

  @Field(() => FenScalar, { description: 'Paid by compute vouchers.' })
  voucherFen!: bigint;

  @Field(() => FenScalar, { description: 'Paid from equity credit.' })
  equityFen!: bigint;

  @Field(() => FenScalar, { description: 'Owed by the organisation in cash.' })
  cashFen!: bigint;

  @Field(() => FenScalar, { description: 'Payments received.' })
  paidFen!: bigint;

  @Field(() => FenScalar, { description: 'Reduced by credit notes.' })
  creditedFen!: bigint;

  @Field(() => FenScalar, { description: 'Still owed: cash − paid − credited.' })
  balanceFen!: bigint;

  @Field({ description: 'Issued, past its due date and not settled.' })
  overdue!: boolean;

  @Field(() => ID, { nullable: true, description: 'On a credit note: the invoice it corrects.' })
  creditsInvoiceId!: string | null;

  @Field({ description: 'Why it was voided or credited, as written.' })
  note!: string;

  @Field({ description: 'When the draft was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One page of invoices, newest first (Relay connection).' })
export class InvoiceConnection extends ConnectionType(Invoice, 'Invoice') {}

@ObjectType({ description: 'What is owed: for one organisation, or across the centre for staff.' })
export class BillingBalance {
  @Field(() => FenScalar, { description: 'Cash still owed on issued invoices.' })
  outstandingFen!: bigint;

  @Field(() => FenScalar, { description: 'Of that, past its due date.' })
  overdueFen!: bigint;

  @Field(() => Int, { description: 'Issued invoices not yet settled.' })
  openCount!: number;

  @Field(() => Int, { description: 'Of those, past their due date.' })
  overdueCount!: number;
}

@ObjectType({ description: 'A run of monthly billing.' })
export class BillingRun {
  @Field(() => ID, { description: 'The run’s id.' })
  id!: string;

  @Field({ description: 'The month billed, YYYY-MM.' })
  periodMonth!: string;

  @Field({ description: 'RUNNING, DONE or FAILED; a FAILED run resumes when run again.' })
  status!: string;

  @Field(() => Int, { description: 'Invoices this run created.' })
  invoicesCreated!: number;

  @Field(() => Int, { description: 'Organisations it could not bill (see problems).' })
  organisationsSkipped!: number;

  @Field(() => [BillingRunProblem], { description: 'Why organisations were skipped.' })
  problems!: BillingRunProblem[];

  @Field({ description: 'When it started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'An organisation a billing run skipped, and why.' })
export class BillingRunProblem {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'A code such as MISSING_PRICE.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The card type concerned, if any.' })
  cardType?: string | null;
}
