import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CARD_HEALTH, type CardHealth } from '@suanli/domain';
import { CardHealthEnum } from '../../common/graphql/compute-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

/**
 * A pasted paragraph must reach the service, which refuses it with a userError on the field; a
 * lower bound here would make it a top-level BAD_USER_INPUT the form cannot place.
 */
const CLUSTER_NAME_INPUT_MAX = 10_000;

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
  /** Checked trimmed (2–60 characters) by the service, which answers with a userError; the wide bound only keeps input sane. */
  @Field({ description: 'Unique (ignoring case), 2–60 characters after trimming, e.g. "成都智算中心 · 二期"; longer is userError VALIDATION_FAILED.' })
  @CleanText({ max: CLUSTER_NAME_INPUT_MAX })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CleanText({ max: 500, multiline: true })
  description?: string | null;
}

@InputType({ description: 'A new name for a cluster.' })
export class RenameClusterInput {
  @Field(() => ID, { description: 'The cluster to rename.' })
  @IsUUID()
  clusterId!: string;

  @Field({ description: 'Unique (ignoring case), 2–60 characters after trimming; longer is userError VALIDATION_FAILED.' })
  @CleanText({ max: CLUSTER_NAME_INPUT_MAX })
  name!: string;
}

@InputType({ description: 'The cluster to delete; only an empty one can be.' })
export class DeleteClusterInput {
  @Field(() => ID, { description: 'The cluster to delete: it must have no nodes (retired ones included) and no allocation requests.' })
  @IsUUID()
  clusterId!: string;
}

@InputType()
export class RetireNodeInput {
  @Field(() => ID)
  @IsUUID()
  nodeId!: string;
}
