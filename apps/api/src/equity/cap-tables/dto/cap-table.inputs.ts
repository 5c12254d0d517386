import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FenScalar } from '../../../common/graphql/fen.scalar.js';
import { ENTITY_TYPES, SHARE_CLASS_TYPES, STAKEHOLDER_KINDS, type EntityTypeValue, type ShareClassTypeValue, type StakeholderKindValue } from '../entities/cap-table.entities.js';
import { ShareClassTypeEnum, StakeholderEntityTypeEnum, StakeholderKindEnum } from '../models/cap-table-enums.js';

@ArgsType()
export class CapTableArgs {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;
}

@InputType({ description: 'Add a holder to a startup’s cap table (centre staff). The centre itself is added only when its first credit line opens.' })
export class AddStakeholderInput {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  @IsUUID()
  organisationId!: string;

  @Field({ description: 'The name (1–120 characters), unique within the company.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => StakeholderKindEnum, { description: 'FOUNDER, INVESTOR, EMPLOYEE or OTHER; CENTRE is refused (VALIDATION_FAILED).' })
  @IsIn(STAKEHOLDER_KINDS)
  kind!: StakeholderKindValue;

  @Field(() => StakeholderEntityTypeEnum, { description: 'A person or an institution.' })
  @IsIn(ENTITY_TYPES)
  entityType!: EntityTypeValue;
}

@InputType({ description: 'Add a share class to a startup’s cap table (centre staff).' })
export class AddShareClassInput {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  @IsUUID()
  organisationId!: string;

  @Field({ description: 'The name (1–60 characters), unique within the company, e.g. 普通股.' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @Field(() => ShareClassTypeEnum, { description: 'COMMON or PREFERRED.' })
  @IsIn(SHARE_CLASS_TYPES)
  classType!: ShareClassTypeValue;

  @Field(() => Int, { nullable: true, description: 'Rank in a liquidation, 1 (most junior) to 20; default 1 for common, 2 for preferred.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  seniority?: number | null;

  @Field(() => String, { nullable: true, description: 'Shares the articles authorise (a whole number as a decimal string), or null for none on file.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sharesAuthorised?: string | null;
}

@InputType({ description: 'Record shares issued to a stakeholder (centre staff; never the centre, whose shares its credit lines issue).' })
export class RecordIssuanceInput {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  @IsUUID()
  organisationId!: string;

  @Field(() => ID, { description: 'The stakeholder receiving the shares.' })
  @IsUUID()
  stakeholderId!: string;

  @Field(() => ID, { description: 'The share class.' })
  @IsUUID()
  shareClassId!: string;

  @Field({ description: 'Shares issued: a whole number above zero, as a decimal string.' })
  @IsString()
  @MaxLength(40)
  shares!: string;

  @Field({ description: 'The price per share in fen, exact: a decimal ("257.142857") or a fraction ("1800000000/7000000"); "0" for shares given for no cash.' })
  @IsString()
  @MaxLength(60)
  pricePerShareFen!: string;

  @Field({ description: 'The day of issue, YYYY-MM-DD in Asia/Shanghai, not after today.' })
  @IsString()
  @MaxLength(20)
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'What was given when not cash, e.g. 知识产权投入 (at most 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  considerationText?: string | null;
}

@InputType({
  description:
    'Record a buy-back (centre staff). Give creditLineId to buy the centre’s shares back under that line’s buy-back option (now, inside the window, at buyBackPriceFen of the signed price plus the premium), or issuanceId to buy back part of a MANUAL issuance at priceFen on boughtOn.',
})
export class RecordBuyBackInput {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  @IsUUID()
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'The credit line whose shares the founders buy back from the centre.' })
  @IsOptional()
  @IsUUID()
  creditLineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The MANUAL issuance bought back from.' })
  @IsOptional()
  @IsUUID()
  issuanceId?: string | null;

  @Field({ description: 'Shares bought back: a whole number above zero, as a decimal string.' })
  @IsString()
  @MaxLength(40)
  shares!: string;

  @Field(() => FenScalar, { nullable: true, description: 'issuanceId only: the whole price paid, in fen (0 or more). A credit-line buy-back’s price follows from the terms and must be left out.' })
  @IsOptional()
  priceFen?: bigint | null;

  @Field(() => String, { nullable: true, description: 'issuanceId only: the day, YYYY-MM-DD in Asia/Shanghai (default today). A credit-line buy-back is recorded now.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  boughtOn?: string | null;
}
