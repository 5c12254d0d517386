import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CARD_HEALTH, type CardHealth } from '@suanli/domain';
import { CardHealthEnum } from '../../common/graphql/compute-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

@InputType()
export class DrainNodeInput {
  @Field(() => ID)
  @IsUUID()
  nodeId!: string;

  @Field()
  @CleanText({ min: 3, max: 500, multiline: true })
  reason!: string;
}

@InputType()
export class RestoreNodeInput {
  @Field(() => ID)
  @IsUUID()
  nodeId!: string;
}

@InputType()
export class ReportCardHealthInput {
  @Field(() => ID)
  @IsUUID()
  cardId!: string;

  @Field(() => CardHealthEnum)
  @IsIn(CARD_HEALTH)
  health!: CardHealth;
}

@InputType()
export class AddNodesInput {
  @Field(() => ID)
  @IsUUID()
  clusterId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(200)
  count!: number;

  @Field({ description: 'e.g. "Ascend 910B"' })
  @CleanText({ min: 2, max: 40 })
  cardType!: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1)
  @Max(64)
  cardsPerNode!: number;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1)
  @Max(64)
  domainSize!: number;

  @Field(() => Int, { defaultValue: 64 })
  @IsInt()
  @Min(1)
  @Max(1024)
  memoryGb!: number;

  @Field()
  @Matches(/^[a-z0-9-]{2,20}$/, { message: 'namePrefix: 2–20 lower-case letters, digits or dashes' })
  namePrefix!: string;
}

@InputType()
export class CreateClusterInput {
  /** Checked trimmed (2–60 characters) by the service, which answers with a userError. */
  @Field({ description: 'Unique (ignoring case), 2–60 characters after trimming, e.g. "成都智算中心 · 二期"' })
  @CleanText({ max: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CleanText({ max: 500, multiline: true })
  description?: string | null;
}

@InputType()
export class RetireNodeInput {
  @Field(() => ID)
  @IsUUID()
  nodeId!: string;
}
