import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReleaseKind } from '@suanli/domain';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import type { TermSheetSide, TermSheetStatus } from '../entities/term-sheet.entity.js';
import { TermSheetSideEnum, TermSheetStatusEnum, TrancheReleaseKindEnum } from './equity-enums.js';

@ObjectType({ description: 'What releases a tranche; only the field its kind needs is set.' })
export class TrancheRelease {
  @Field(() => TrancheReleaseKindEnum, { description: 'The kind of condition.' })
  kind!: ReleaseKind;

  @Field(() => Int, { nullable: true, description: 'PREVIOUS_DRAWN: share of the previous tranche’s credit to be drawn, in basis points.' })
  thresholdBasisPoints!: number | null;

  @Field(() => String, { nullable: true, description: 'STAGE_REACHED: the lifecycle stage.' })
  stage!: string | null;

  @Field(() => Date, { nullable: true, description: 'DATE: the release instant.' })
  at!: Date | null;

  @Field(() => String, { nullable: true, description: 'MILESTONE_ACCEPTED: the milestone’s key.' })
  milestoneKey!: string | null;
}

@ObjectType({ description: 'One tranche of the credit and the centre’s shares.' })
export class Tranche {
  @Field(() => Int, { description: 'Its part of the whole, in basis points.' })
  percentBasisPoints!: number;

  @Field(() => TrancheRelease, { description: 'What releases it.' })
  release!: TrancheRelease;
}

@ObjectType({ description: 'The founders’ option to buy the centre’s shares back.' })
export class BuyBack {
  @Field(() => Int, { description: 'Months after signing the option is open.' })
  months!: number;

  @Field(() => Int, { description: 'Premium over the price the centre paid, in basis points.' })
  premiumBasisPoints!: number;
}

@ObjectType({ description: 'The terms of one version, as proposed.' })
export class TermSheetTerms {
  @Field(() => FenScalar, { description: 'The compute credit the centre grants.' })
  creditFen!: bigint;

  @Field(() => FenScalar, { description: 'The company’s valuation before the credit.' })
  preMoneyValuationFen!: bigint;

  @Field({ description: 'All shares before the deal, fully diluted, as a decimal string.' })
  preMoneyFullyDilutedShares!: string;

  @Field({ description: 'The class of the shares issued to the centre.' })
  shareClass!: string;

  @Field(() => [Tranche], { description: 'The tranches, in drawing order.' })
  tranches!: Tranche[];

  @Field({ description: 'Credit not drawn by this instant expires.' })
  creditExpiresAt!: Date;

  @Field(() => BuyBack, { nullable: true, description: 'The buy-back option, or null for none.' })
  buyBack!: BuyBack | null;
}

@ObjectType({ description: 'The figures that follow from the terms: both views of the centre’s equity and each tranche’s part.' })
export class DerivedEquity {
  @Field(() => FenScalar, { description: 'Pre-money valuation plus the credit.' })
  postMoneyValuationFen!: bigint;

  @Field(() => Int, { description: 'Percentage view: credit ÷ post-money, in basis points rounded half up.' })
  centrePercentBasisPoints!: number;

  @Field({ description: 'Share view: credit ÷ price per share, whole shares rounded down (decimal string).' })
  centreShares!: string;

  @Field({ description: 'Pre-money ÷ pre-money shares in micro-yuan (1/10000 fen) per share, rounded half up (decimal string).' })
  pricePerShareMicroYuan!: string;

  @Field(() => [String], { description: 'The centre’s shares of each tranche (decimal strings); they add up to centreShares.' })
  trancheShares!: string[];

  @Field(() => [FenScalar], { description: 'The credit of each tranche; it adds up to the credit.' })
  trancheCreditFen!: bigint[];
}

@ObjectType({ description: 'One immutable version of a term sheet.' })
export class TermSheetVersion {
  @Field(() => Int, { description: 'Its number, from 1.' })
  versionNo!: number;

  @Field(() => TermSheetSideEnum, { description: 'The side that proposed it.' })
  proposedBySide!: TermSheetSide;

  @Field({ description: 'When it was proposed.' })
  createdAt!: Date;

  @Field({ description: 'sha256 (hex) of the canonical JSON of its terms; recorded with every acceptance.' })
  contentHash!: string;

  @Field(() => TermSheetTerms, { description: 'Its terms.' })
  terms!: TermSheetTerms;

  @Field(() => DerivedEquity, { description: 'The figures that follow from its terms.' })
  derived!: DerivedEquity;
}

@ObjectType({ description: 'One side’s acceptance of a version: who, when, from where, and the hash of what they accepted.' })
export class TermSheetAcceptance {
  @Field(() => Int, { description: 'The version accepted.' })
  versionNo!: number;

  @Field(() => TermSheetSideEnum, { description: 'The side that accepted.' })
  side!: TermSheetSide;

  @Field(() => ID, { description: 'The person who accepted.' })
  userId!: string;

  @Field({ description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The IP address the acceptance came from.' })
  ip!: string | null;

  @Field({ description: 'The content hash of the version accepted.' })
  contentHash!: string;
}

@ObjectType({ description: 'A compute-for-equity term sheet of one project, negotiated in versions.' })
export class TermSheet {
  @Field(() => ID, { description: 'The term sheet’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The startup’s organisation.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The project it funds.' })
  projectId!: string;

  @Field(() => TermSheetStatusEnum, { description: 'OPEN, SIGNED or WITHDRAWN.' })
  status!: TermSheetStatus;

  @Field(() => TermSheetVersion, { description: 'The latest version, the only one that may be accepted.' })
  currentVersion!: TermSheetVersion;

  @Field(() => [TermSheetVersion], { description: 'Every version, oldest first.' })
  versions!: TermSheetVersion[];

  @Field(() => Int, { nullable: true, description: 'The version both sides signed; null unless SIGNED.' })
  signedVersionNo!: number | null;

  @Field(() => [TermSheetAcceptance], { description: 'Every acceptance, oldest first.' })
  acceptances!: TermSheetAcceptance[];

  @Field(() => TermSheetSideEnum, { nullable: true, description: 'The side that withdrew; null unless WITHDRAWN.' })
  withdrawnBySide!: TermSheetSide | null;

  @Field({ description: 'Why it was withdrawn; empty unless WITHDRAWN.' })
  withdrawnReason!: string;

  @Field({ description: 'When it was opened.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One field that differs between two versions of the terms.' })
export class TermsChange {
  @Field({ description: 'Its path, tranches 0-based: creditFen, tranches[1].release.kind.' })
  field!: string;

  @Field({ description: 'The value in the earlier version (canonical string; empty when absent, "null" for none).' })
  before!: string;

  @Field({ description: 'The value in the later version.' })
  after!: string;
}
