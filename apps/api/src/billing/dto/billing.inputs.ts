import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { INDUSTRIES, ORGANISATION_KINDS } from '@suanli/domain';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import { INVOICE_STATUSES, type InvoiceStatus } from '../entities/invoice.entity.js';

const KEY_RULE = 'an idempotency key is 8 to 100 letters, digits, dashes or underscores';

/** A client-chosen key: a retry with the same key returns the first answer and changes nothing. */
function idempotencyKeyField() {
  return (target: object, property: string) => {
    Field(() => String, { nullable: true, description: 'Optional; a retry with the same key returns the first answer and changes nothing more.' })(target, property);
    IsOptional()(target, property);
    Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: KEY_RULE })(target, property);
  };
}

@InputType({ description: 'Bill one calendar month.' })
export class RunBillingInput {
  @Field({ description: 'The month, YYYY-MM (Asia/Shanghai); it must have ended.' })
  @IsString()
  @MaxLength(7)
  month!: string;

  @Field({ defaultValue: true, description: 'Issue the invoices at once (true) or leave them as drafts to review.' })
  @IsBoolean()
  issue!: boolean;

  @idempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Issue a draft invoice.' })
export class IssueInvoiceInput {
  @Field(() => ID, { description: 'The draft.' })
  @IsUUID()
  invoiceId!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these vouchers may pay it; by default every usable voucher of the organisation.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  voucherIds?: string[] | null;

  @idempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Void a draft invoice.' })
export class VoidInvoiceInput {
  @Field(() => ID, { description: 'The draft.' })
  @IsUUID()
  invoiceId!: string;

  @Field({ description: 'Why.' })
  @CleanText({ min: 1, max: 500 })
  reason!: string;
}

@InputType({ description: 'Record money received against an issued invoice.' })
export class RecordPaymentInput {
  @Field(() => ID, { description: 'The invoice.' })
  @IsUUID()
  invoiceId!: string;

  @Field(() => FenScalar, { description: 'Amount in fen; at most what the invoice still owes.' })
  @IsDefined()
  amountFen!: bigint;

  @Field({ description: 'The day the bank booked it, YYYY-MM-DD (Asia/Shanghai).' })
  @IsString()
  @MaxLength(10)
  paidOn!: string;

  @Field({ description: 'The bank’s reference for the transfer.' })
  @CleanText({ min: 1, max: 120 })
  bankReference!: string;

  @idempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Correct an issued invoice by reducing what it owes.' })
export class CreateCreditNoteInput {
  @Field(() => ID, { description: 'The invoice corrected.' })
  @IsUUID()
  invoiceId!: string;

  @Field(() => FenScalar, { description: 'Amount in fen; at most what the invoice still owes.' })
  @IsDefined()
  amountFen!: bigint;

  @Field({ description: 'Why, printed on the credit note.' })
  @CleanText({ min: 1, max: 500 })
  reason!: string;

  @idempotencyKeyField()
  idempotencyKey?: string | null;
}

@ArgsType()
export class InvoicesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this organisation’s (staff); founders always see only their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only invoices in this status: DRAFT, ISSUED, PAID or VOID.' })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only issued invoices past their due date.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/)
  periodMonth?: string | null;
}

@InputType({ description: 'A compute-voucher programme for one year.' })
export class CreateVoucherProgrammeInput {
  @Field(() => Int, { description: 'The year it funds.' })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @Field({ description: 'Its name.' })
  @CleanText({ min: 2, max: 80 })
  name!: string;

  @Field(() => FenScalar, { description: 'Total budget in fen.' })
  @IsDefined()
  budgetFen!: bigint;

  @Field(() => Int, { description: 'Share of an eligible line a voucher may pay, 1..10000 basis points.' })
  @IsInt()
  coverageBasisPoints!: number;

  @Field(() => FenScalar, { description: 'The most one organisation may receive.' })
  @IsDefined()
  perOrganisationCapFen!: bigint;

  @Field(() => FenScalar, { description: 'The smallest amount one may apply for.' })
  @IsDefined()
  minimumClaimFen!: bigint;

  @Field(() => Int, { description: 'Months a voucher stays valid, 1..36.' })
  @IsInt()
  validityMonths!: number;

  @Field(() => [String], { description: 'Organisation kinds that may apply.' })
  @IsIn(ORGANISATION_KINDS, { each: true })
  @ArrayMaxSize(ORGANISATION_KINDS.length)
  eligibleKinds!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Industries that may apply; empty means any.' })
  @IsIn(INDUSTRIES, { each: true })
  @ArrayMaxSize(INDUSTRIES.length)
  eligibleIndustries!: string[];

  @Field({ defaultValue: 'QUARTERLY', description: 'MONTHLY or QUARTERLY settlement with the city.' })
  @IsIn(['MONTHLY', 'QUARTERLY'])
  settlement!: 'MONTHLY' | 'QUARTERLY';
}

@InputType({ description: 'Open or close a programme to applications.' })
export class SetVoucherProgrammeStatusInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId!: string;

  @Field({ description: 'OPEN or CLOSED.' })
  @IsIn(['OPEN', 'CLOSED'])
  status!: 'OPEN' | 'CLOSED';
}

@InputType({ description: 'Apply for a compute voucher.' })
export class ApplyForVoucherInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId!: string;

  @Field(() => ID, { nullable: true, description: 'Staff applying on an organisation’s behalf name it; founders apply for their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the compute is for.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => FenScalar, { description: 'Amount in fen.' })
  @IsDefined()
  amountFen!: bigint;

  @Field({ description: 'What the compute is for.' })
  @CleanText({ min: 4, max: 1000, multiline: true })
  purpose!: string;
}

@InputType({ description: 'Approve an application, possibly for less than asked.' })
export class ApproveVoucherApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID()
  applicationId!: string;

  @Field(() => FenScalar, { nullable: true, description: 'Amount approved in fen; by default the amount applied for.' })
  @IsOptional()
  amountFen?: bigint | null;

  @idempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Reject an application with a reason the founder sees.' })
export class RejectVoucherApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID()
  applicationId!: string;

  @Field({ description: 'Why.' })
  @CleanText({ min: 2, max: 500, multiline: true })
  reason!: string;
}

@InputType({ description: 'Withdraw one’s own application before it is decided.' })
export class WithdrawVoucherApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID()
  applicationId!: string;
}

@InputType({ description: 'Mark an organisation as a related party of the centre (no vouchers).' })
export class MarkRelatedPartyInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID()
  organisationId!: string;

  @Field({ description: 'The relation, e.g. a shareholder of the centre.' })
  @CleanText({ min: 2, max: 500 })
  reason!: string;
}

@InputType({ description: 'Remove the related-party mark.' })
export class UnmarkRelatedPartyInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID()
  organisationId!: string;
}

@ArgsType()
export class VoucherApplicationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this status, e.g. SUBMITTED for the approval queue (oldest first).' })
  @IsOptional()
  @IsIn(['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'])
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this programme’s.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s (staff).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class CostQuoteArgs {
  @Field({ description: 'The card type.' })
  @IsString()
  @MaxLength(60)
  cardType!: string;

  @Field(() => Int, { description: 'Cards, at least 1.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  cards!: number;

  @Field(() => Int, { description: 'Time limit in seconds.' })
  @IsInt()
  @Min(1)
  @Max(400 * 24 * 3600)
  durationSeconds!: number;

  @Field({ defaultValue: false, description: 'Adaptation work, which the centre pays.' })
  @IsBoolean()
  adaptation!: boolean;

  @Field(() => ID, { nullable: true, description: 'Whose vouchers to count (staff); founders: their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
