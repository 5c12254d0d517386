import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalar } from '../../../common/graphql/fen.scalar.js';
import type { CreditLineStatus } from '../../credit-lines/entities/credit-line.entities.js';
import { CreditLineStatusEnum } from '../../credit-lines/models/credit-line.model.js';
import type { EntityTypeValue, IssuanceSource, ShareClassTypeValue, StakeholderKindValue } from '../entities/cap-table.entities.js';
import {
  CapTableEventKindEnum, IssuanceSourceEnum, ShareClassTypeEnum, StakeholderEntityTypeEnum, StakeholderKindEnum, type CapTableEventKind,
} from './cap-table-enums.js';

@ObjectType({ description: 'A class of a startup’s shares (普通股, A轮优先股 …).' })
export class CapShareClass {
  @Field(() => ID, { description: 'The class’s id.' })
  id!: string;

  @Field({ description: 'Its name, unique within the company.' })
  name!: string;

  @Field(() => ShareClassTypeEnum, { description: 'COMMON or PREFERRED.' })
  classType!: ShareClassTypeValue;

  @Field(() => Int, { description: 'Rank in a liquidation, 1 the most junior.' })
  seniority!: number;

  @Field(() => String, { nullable: true, description: 'Shares the articles authorise (decimal string), or null when unlimited or not on file.' })
  sharesAuthorised!: string | null;

  @Field({ description: 'Shares of this class outstanding now (issued − bought back), as a decimal string.' })
  outstandingShares!: string;
}

@ObjectType({ description: 'What a stakeholder holds of one share class.' })
export class CapClassHolding {
  @Field(() => ID, { description: 'The share class.' })
  shareClassId!: string;

  @Field({ description: 'Outstanding shares of that class (issued − bought back), as a decimal string.' })
  shares!: string;
}

@ObjectType({ description: 'A holder of a startup’s shares and what they hold now.' })
export class CapStakeholder {
  @Field(() => ID, { description: 'The stakeholder’s id.' })
  id!: string;

  @Field({ description: 'The name, unique within the company.' })
  name!: string;

  @Field(() => StakeholderKindEnum, { description: 'Founder, investor, employee, the centre or other.' })
  kind!: StakeholderKindValue;

  @Field(() => StakeholderEntityTypeEnum, { description: 'A person or an institution.' })
  entityType!: EntityTypeValue;

  @Field(() => [CapClassHolding], { description: 'Outstanding shares per class, one entry per class of the company (zero where none).' })
  byClass!: CapClassHolding[];

  @Field({ description: 'Outstanding shares in all classes (issued − bought back), as a decimal string.' })
  shares!: string;

  @Field({
    description:
      'Fully diluted shares (decimal string): the outstanding shares plus, for the centre, its signed but not yet issued shares under ACTIVE credit lines (each line’s totalShares minus its TRANCHE issuances). Equal to shares for every other holder: Suanli records no options or warrants. An EXPIRED line’s unissued rest is forfeited and not counted.',
  })
  fullyDilutedShares!: string;

  @Field(() => Int, {
    description:
      'Outstanding ownership in basis points (10000 = 100 %): shares ÷ CapTable.totalOutstandingShares, i.e. issued and not bought-back shares only. The stakeholders’ parts are split by largest remainder so they add up to exactly 10000 (0 each while nothing is outstanding).',
  })
  outstandingBasisPoints!: number;

  @Field(() => Int, {
    description:
      'Fully diluted ownership in basis points (10000 = 100 %): fullyDilutedShares ÷ CapTable.totalFullyDilutedShares, i.e. over every outstanding share plus the centre’s signed but not yet issued shares under ACTIVE credit lines. The stakeholders’ parts are split by largest remainder so they add up to exactly 10000 (0 each while nothing is counted).',
  })
  fullyDilutedBasisPoints!: number;
}

@ObjectType({ description: 'One change to a cap table: an issuance or a buy-back.' })
export class CapTableEvent {
  @Field(() => ID, { description: 'The issuance’s or the buy-back’s id.' })
  id!: string;

  @Field(() => CapTableEventKindEnum, { description: 'ISSUANCE or BUY_BACK.' })
  kind!: CapTableEventKind;

  @Field({ description: 'When the shares were issued or bought back.' })
  at!: Date;

  @Field(() => ID, { description: 'The stakeholder whose shares these are.' })
  stakeholderId!: string;

  @Field({ description: 'That stakeholder’s name.' })
  stakeholderName!: string;

  @Field(() => ID, { description: 'The share class.' })
  shareClassId!: string;

  @Field({ description: 'Shares issued or bought back (a positive decimal string).' })
  shares!: string;

  @Field(() => String, { nullable: true, description: 'ISSUANCE: the exact price per share in fen, "n" or "n/d" in lowest terms; null for a buy-back.' })
  pricePerShareFen!: string | null;

  @Field(() => FenScalar, { nullable: true, description: 'BUY_BACK: the whole price paid; null for an issuance.' })
  priceFen!: bigint | null;

  @Field(() => IssuanceSourceEnum, { description: 'MANUAL (recorded by staff) or TRANCHE (the centre’s shares under a credit line, issued by the database); a buy-back takes the source of what it bought back.' })
  source!: IssuanceSource;

  @Field(() => ID, { nullable: true, description: 'TRANCHE issuances and credit-line buy-backs: the credit line.' })
  creditLineId!: string | null;

  @Field(() => Int, { nullable: true, description: 'TRANCHE issuances: the tranche, numbered from 1 as people count them.' })
  trancheNumber!: number | null;

  @Field(() => ID, { nullable: true, description: 'A buy-back of a MANUAL issuance: that issuance.' })
  issuanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'ISSUANCE: what was given for the shares when not cash.' })
  considerationText!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded it; null for the database’s own TRANCHE issuances.' })
  recordedById!: string | null;

  @Field(() => String, { nullable: true, description: 'That person’s display name.' })
  recordedByName!: string | null;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;
}

@ObjectType({ description: 'One compute credit line of the company and the centre’s shares under it so far.' })
export class CapCreditLineSummary {
  @Field(() => ID, { description: 'The credit line.' })
  id!: string;

  @Field(() => ID, { description: 'The signed term sheet it was opened from.' })
  termSheetId!: string;

  @Field(() => ID, { description: 'The project it funds.' })
  projectId!: string;

  @Field(() => CreditLineStatusEnum, { description: 'ACTIVE or EXPIRED.' })
  status!: CreditLineStatus;

  @Field(() => FenScalar, { description: 'The credit granted.' })
  creditFen!: bigint;

  @Field(() => FenScalar, { description: 'The credit drawn so far.' })
  drawnFen!: bigint;

  @Field({ description: 'The centre’s shares if all the credit is drawn (decimal string).' })
  totalShares!: string;

  @Field({ description: 'Shares issued to the centre under the line so far (decimal string).' })
  sharesIssued!: string;

  @Field({ description: 'Of those, shares the founders bought back (decimal string).' })
  sharesBoughtBack!: string;

  @Field({ description: 'The exact price per share of the signed terms in fen, "n" or "n/d".' })
  pricePerShareFen!: string;

  @Field(() => ID, { description: 'The class the centre’s shares are issued in.' })
  shareClassId!: string;

  @Field({ description: 'Credit not drawn by this instant expires.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The end of the founders’ buy-back window (exclusive); null when the terms give no buy-back option.' })
  buyBackUntil!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The buy-back premium over the centre’s price, in basis points; null without a buy-back option.' })
  buyBackPremiumBasisPoints!: number | null;

  @Field({ description: 'Whether the founders may buy back now: an option exists, it is before buyBackUntil and the centre holds shares under the line.' })
  buyBackOpen!: boolean;
}

@ObjectType({ description: 'A startup’s capitalisation table: who holds which shares now, and how it got there.' })
export class CapTable {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  organisationId!: string;

  @Field({ description: 'The organisation’s name.' })
  organisationName!: string;

  @Field(() => [CapShareClass], { description: 'The share classes, most senior first.' })
  shareClasses!: CapShareClass[];

  @Field(() => [CapStakeholder], { description: 'The stakeholders, largest holding first (then by name).' })
  stakeholders!: CapStakeholder[];

  @Field({ description: 'Every share issued, in all classes (decimal string).' })
  totalIssuedShares!: string;

  @Field({ description: 'Every share bought back (decimal string).' })
  totalBoughtBackShares!: string;

  @Field({ description: 'Outstanding shares, as CapStakeholder.outstandingBasisPoints counts them: issued − bought back (decimal string).' })
  totalOutstandingShares!: string;

  @Field({
    description:
      'Fully diluted shares, as CapStakeholder.fullyDilutedBasisPoints counts them: totalOutstandingShares plus the centre’s signed but not yet issued shares under ACTIVE credit lines (decimal string).',
  })
  totalFullyDilutedShares!: string;

  @Field(() => [CapTableEvent], { description: 'Every issuance and buy-back, newest first.' })
  history!: CapTableEvent[];

  @Field(() => [CapCreditLineSummary], { description: 'The company’s compute credit lines, newest first.' })
  creditLines!: CapCreditLineSummary[];
}

@ObjectType({ description: 'A startup with a cap table on record, for the staff’s list.' })
export class CapTableListing {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  organisationName!: string;

  @Field(() => Int, { description: 'How many stakeholders its cap table has.' })
  stakeholderCount!: number;

  @Field({ description: 'Outstanding shares (decimal string).' })
  totalOutstandingShares!: string;

  @Field({ description: 'Of those, the centre’s (decimal string).' })
  centreShares!: string;

  @Field(() => Int, { description: 'Its compute credit lines.' })
  creditLineCount!: number;
}
