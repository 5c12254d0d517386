import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'A city compute-voucher programme for one year, with its terms.' })
export class VoucherProgramme {
  @Field(() => ID, { description: 'The programme’s id.' })
  id!: string;

  @Field(() => Int, { description: 'The year it funds.' })
  year!: number;

  @Field({ description: 'Its name, e.g. 2026 年成都市算力券.' })
  name!: string;

  @Field({ description: 'DRAFT, OPEN (takes applications) or CLOSED.' })
  status!: string;

  @Field(() => FenScalar, { description: 'Total budget in fen.' })
  budgetFen!: bigint;

  @Field(() => Int, { description: 'Share of an eligible invoice line a voucher may pay, in basis points (5000 = 50 %).' })
  coverageBasisPoints!: number;

  @Field(() => FenScalar, { description: 'The most one organisation may be granted from this programme.' })
  perOrganisationCapFen!: bigint;

  @Field(() => FenScalar, { description: 'The smallest amount one may apply for.' })
  minimumClaimFen!: bigint;

  @Field(() => Int, { description: 'Months a voucher stays valid after it is issued.' })
  validityMonths!: number;

  @Field(() => [String], { description: 'Organisation kinds that may apply.' })
  eligibleKinds!: string[];

  @Field(() => [String], { description: 'Industries that may apply; empty means any.' })
  eligibleIndustries!: string[];

  @Field({ description: 'MONTHLY or QUARTERLY settlement with the city’s voucher office.' })
  settlement!: string;
}

@ObjectType({ description: 'Where a programme’s money is: committed to vouchers, redeemed on invoices, expired back, remaining.' })
export class ProgrammeFigures {
  @Field(() => FenScalar, { description: 'Total budget.' })
  budgetFen!: bigint;

  @Field(() => FenScalar, { description: 'Held by issued vouchers (face value less what expired back).' })
  committedFen!: bigint;

  @Field(() => FenScalar, { description: 'Paid on invoices so far.' })
  redeemedFen!: bigint;

  @Field(() => FenScalar, { description: 'Unused balances of expired vouchers, returned to the budget.' })
  expiredFen!: bigint;

  @Field(() => FenScalar, { description: 'Budget not yet committed.' })
  remainingFen!: bigint;

  @Field(() => Int, { description: 'Applications waiting for a decision.' })
  pendingApplications!: number;

  @Field(() => [ProgrammeBreakdown], { description: 'Committed and redeemed by organisation kind and by industry.' })
  breakdown!: ProgrammeBreakdown[];
}

@ObjectType({ description: 'A programme’s figures for one organisation kind or industry.' })
export class ProgrammeBreakdown {
  @Field({ description: 'KIND or INDUSTRY.' })
  dimension!: string;

  @Field({ description: 'The kind or industry code.' })
  key!: string;

  @Field(() => FenScalar, { description: 'Committed to vouchers.' })
  committedFen!: bigint;

  @Field(() => FenScalar, { description: 'Redeemed on invoices.' })
  redeemedFen!: bigint;

  @Field(() => Int, { description: 'Organisations holding vouchers.' })
  organisations!: number;
}

@ObjectType({ description: 'A founder’s application for a compute voucher.' })
export class VoucherApplication {
  @Field(() => ID, { description: 'The application’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The programme applied to.' })
  programmeId!: string;

  @Field(() => ID, { description: 'The applying organisation.' })
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'The project it is for, if named.' })
  projectId!: string | null;

  @Field(() => FenScalar, { description: 'Amount applied for.' })
  requestedFen!: bigint;

  @Field(() => FenScalar, { nullable: true, description: 'Amount approved (may be lower); null unless approved.' })
  approvedFen!: bigint | null;

  @Field({ description: 'What the compute is for.' })
  purpose!: string;

  @Field({ description: 'SUBMITTED, APPROVED, REJECTED or WITHDRAWN.' })
  status!: string;

  @Field({ description: 'The manager’s reason when rejecting.' })
  decisionReason!: string;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  @Field({ description: 'When it was submitted.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One page of voucher applications (Relay connection).' })
export class VoucherApplicationConnection extends ConnectionType(VoucherApplication, 'VoucherApplication') {}

@ObjectType({ description: 'An issued voucher, bound to its organisation (not transferable).' })
export class Voucher {
  @Field(() => ID, { description: 'The voucher’s id.' })
  id!: string;

  @Field({ description: 'Its code, e.g. SLV-2026-0007.' })
  code!: string;

  @Field(() => ID, { description: 'The programme that funds it.' })
  programmeId!: string;

  @Field(() => ID, { description: 'The organisation that holds it.' })
  organisationId!: string;

  @Field(() => FenScalar, { description: 'Face value.' })
  faceValueFen!: bigint;

  @Field(() => FenScalar, { description: 'Unspent balance.' })
  balanceFen!: bigint;

  @Field(() => FenScalar, { description: 'What returned to the programme when it expired.' })
  expiredFen!: bigint;

  @Field(() => Int, { description: 'Share of an eligible line it may pay, in basis points.' })
  coverageBasisPoints!: number;

  @Field({ description: 'Valid from.' })
  validFrom!: Date;

  @Field({ description: 'Valid until (exclusive).' })
  validUntil!: Date;

  @Field({ description: 'ACTIVE or EXPIRED.' })
  status!: string;
}

@ObjectType({ description: 'A voucher paying part of one invoice line.' })
export class VoucherRedemption {
  @Field(() => ID, { description: 'The redemption’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The invoice.' })
  invoiceId!: string;

  @Field(() => String, { nullable: true, description: 'The invoice’s number.' })
  invoiceNumber!: string | null;

  @Field(() => FenScalar, { description: 'Amount paid by the voucher.' })
  amountFen!: bigint;

  @Field({ description: 'When.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One redemption in a settlement with the city’s voucher office.' })
export class SettlementLine {
  @Field({ description: 'The settlement period, e.g. 2026-Q4 or 2026-11.' })
  period!: string;

  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'The organisation’s name.' })
  organisationName!: string;

  @Field({ description: 'The invoice’s number.' })
  invoiceNumber!: string;

  @Field(() => ID, { description: 'The invoice line.' })
  invoiceLineId!: string;

  @Field({ description: 'What the line bills: project, card type and card-hours.' })
  lineDescription!: string;

  @Field({ description: 'The voucher’s code.' })
  voucherCode!: string;

  @Field(() => FenScalar, { description: 'Amount the voucher paid.' })
  amountFen!: bigint;

  @Field({ description: 'When it was redeemed.' })
  redeemedAt!: Date;
}

@ObjectType({ description: 'A programme’s redemptions in one settlement period.' })
export class VoucherSettlement {
  @Field(() => ID, { description: 'The programme.' })
  programmeId!: string;

  @Field({ description: 'The period, e.g. 2026-Q4.' })
  period!: string;

  @Field(() => FenScalar, { description: 'Sum of the lines.' })
  totalFen!: bigint;

  @Field(() => [SettlementLine], { description: 'By organisation, invoice and line.' })
  lines!: SettlementLine[];
}

@ObjectType({ description: 'What a compute request would cost, priced as the invoice will price it.' })
export class CostQuoteResult {
  @Field({ description: 'False when the card type has no price in force; the amounts are then 0.' })
  priced!: boolean;

  @Field(() => FenScalar, { description: 'Price per card-hour in fen.' })
  pricePerCardHourFen!: bigint;

  @Field(() => FenScalar, { description: 'cards × hours × price, rounded once to the fen.' })
  amountFen!: bigint;

  @Field(() => FenScalar, { description: 'Paid by the centre (adaptation work).' })
  freeFen!: bigint;

  @Field(() => FenScalar, { description: 'Covered by the organisation’s vouchers as they stand now.' })
  voucherFen!: bigint;

  @Field(() => FenScalar, { description: 'Left for the organisation to pay.' })
  cashFen!: bigint;
}

@ObjectType({ description: 'An organisation marked as a related party of the centre: it cannot receive or use vouchers.' })
export class RelatedParty {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  organisationName!: string;

  @Field({ description: 'The relation, as the manager wrote it.' })
  reason!: string;

  @Field({ description: 'When it was marked.' })
  markedAt!: Date;
}
