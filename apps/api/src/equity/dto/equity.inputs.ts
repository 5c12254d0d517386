import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RELEASE_KINDS, type ReleaseKind } from '@suanli/domain';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import { TrancheReleaseKindEnum } from '../models/equity-enums.js';

@InputType({ description: 'What releases a tranche; give the field its kind needs.' })
export class TrancheReleaseInput {
  @Field(() => TrancheReleaseKindEnum, { description: 'The kind of condition.' })
  @IsIn(RELEASE_KINDS)
  kind!: ReleaseKind;

  @Field(() => Int, { nullable: true, description: 'PREVIOUS_DRAWN: how much of the previous tranche’s credit must be drawn, in basis points (1–10000).' })
  @IsOptional()
  @IsInt()
  thresholdBasisPoints?: number | null;

  @Field(() => String, { nullable: true, description: 'STAGE_REACHED: the project lifecycle stage, e.g. INCUBATING.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  stage?: string | null;

  @Field(() => Date, { nullable: true, description: 'DATE: the instant from which the tranche is released.' })
  @IsOptional()
  @IsDate()
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'MILESTONE_ACCEPTED: the key of the milestone the centre accepts.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  milestoneKey?: string | null;
}

@InputType({ description: 'One tranche of the credit and of the centre’s shares.' })
export class TrancheInput {
  @Field(() => Int, { description: 'Its part of the whole, in basis points (2500 = 25 %); the tranches add up to 10000.' })
  @IsInt()
  percentBasisPoints!: number;

  @Field(() => TrancheReleaseInput, { description: 'What releases it.' })
  @ValidateNested()
  @Type(() => TrancheReleaseInput)
  release!: TrancheReleaseInput;
}

@InputType({ description: 'The founders’ option to buy the centre’s shares back.' })
export class BuyBackInput {
  @Field(() => Int, { description: 'Months after signing (Asia/Shanghai) the option is open, 1–120.' })
  @IsInt()
  months!: number;

  @Field(() => Int, { description: 'Premium over the price the centre paid, in basis points (0–10000).' })
  @IsInt()
  premiumBasisPoints!: number;
}

@InputType({ description: 'The terms of one version of a term sheet.' })
export class TermSheetTermsInput {
  @Field(() => FenScalar, { description: 'The compute credit the centre grants, in fen.' })
  @IsDefined()
  creditFen!: bigint;

  @Field(() => FenScalar, { description: 'The company’s valuation before the credit, in fen; above zero, and at least the credit.' })
  @IsDefined()
  preMoneyValuationFen!: bigint;

  @Field({ description: 'All shares before the deal, fully diluted, as a decimal string.' })
  @Matches(/^\d{1,15}$/, { message: 'preMoneyFullyDilutedShares is a whole number of at most 15 digits' })
  preMoneyFullyDilutedShares!: string;

  @Field({ description: 'The class of the shares issued to the centre, e.g. A轮优先股.' })
  @IsString()
  @MaxLength(100)
  shareClass!: string;

  @Field(() => [TrancheInput], { description: 'The tranches, in the order they are drawn; their parts add up to 100 %.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TrancheInput)
  tranches!: TrancheInput[];

  @Field({ description: 'Credit not drawn by this instant expires.' })
  @IsDate()
  creditExpiresAt!: Date;

  @Field(() => BuyBackInput, { nullable: true, description: 'The buy-back option; null for none.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BuyBackInput)
  buyBack?: BuyBackInput | null;
}

@InputType({ description: 'Open a term sheet for a project with its first version (centre staff).' })
export class ProposeTermSheetInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId!: string;

  @Field(() => TermSheetTermsInput, { description: 'The proposed terms.' })
  @ValidateNested()
  @Type(() => TermSheetTermsInput)
  terms!: TermSheetTermsInput;
}

@InputType({ description: 'Propose a new version of an open term sheet (either side).' })
export class CounterOfferTermSheetInput {
  @Field(() => ID, { description: 'The term sheet.' })
  @IsUUID()
  termSheetId!: string;

  @Field(() => Int, { description: 'The version this offer answers; it must still be the current one.' })
  @IsInt()
  @Min(1)
  baseVersionNo!: number;

  @Field(() => TermSheetTermsInput, { description: 'The terms offered.' })
  @ValidateNested()
  @Type(() => TermSheetTermsInput)
  terms!: TermSheetTermsInput;
}

@InputType({ description: 'Accept one version of a term sheet for the caller’s side.' })
export class AcceptTermSheetVersionInput {
  @Field(() => ID, { description: 'The term sheet.' })
  @IsUUID()
  termSheetId!: string;

  @Field(() => Int, { description: 'The version accepted; it must be the current one.' })
  @IsInt()
  @Min(1)
  versionNo!: number;
}

@InputType({ description: 'Withdraw from an open term sheet (either side).' })
export class WithdrawTermSheetInput {
  @Field(() => ID, { description: 'The term sheet.' })
  @IsUUID()
  termSheetId!: string;

  @Field({ description: 'Why, for the other side.' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class TermSheetsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this project’s term sheets.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}

@ArgsType()
export class TermSheetDiffArgs {
  @Field(() => ID, { description: 'The term sheet.' })
  @IsUUID()
  termSheetId!: string;

  @Field(() => Int, { description: 'The earlier version.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  fromVersionNo!: number;

  @Field(() => Int, { description: 'The later version.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  toVersionNo!: number;
}
