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

@InputType({ description: 'A node to take out of scheduling.' })
export class DrainNodeInput {
  @Field(() => ID, { description: 'The node’s id.' })
  @IsUUID()
  nodeId!: string;

  @Field({ description: 'Why, 3–500 characters; shown on the node.' })
  @CleanText({ min: 3, max: 500, multiline: true })
  reason!: string;
}

@InputType({ description: 'A drained node to put back into service.' })
export class RestoreNodeInput {
  @Field(() => ID, { description: 'The node’s id.' })
  @IsUUID()
  nodeId!: string;
}

@InputType({ description: 'One card’s health, as cluster telemetry sees it.' })
export class ReportCardHealthInput {
  @Field(() => ID, { description: 'The card’s id.' })
  @IsUUID()
  cardId!: string;

  @Field(() => CardHealthEnum, { description: 'The card’s health now; FAILED ends the work on it.' })
  @IsIn(CARD_HEALTH)
  health!: CardHealth;
}

@InputType({ description: 'Identical nodes to add to a cluster.' })
export class AddNodesInput {
  @Field(() => ID, { description: 'The cluster to add them to.' })
  @IsUUID()
  clusterId!: string;

  @Field(() => Int, { description: 'How many nodes, 1 to 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  count!: number;

  @Field({ description: 'e.g. "Ascend 910B"' })
  @CleanText({ min: 2, max: 40 })
  cardType!: string;

  @Field(() => Int, { defaultValue: 8, description: 'Cards in each node, 1 to 64; a multiple of domainSize.' })
  @IsInt()
  @Min(1)
  @Max(64)
  cardsPerNode!: number;

  @Field(() => Int, { defaultValue: 8, description: 'Cards per interconnect domain, 1 to 64; cardsPerNode must be a multiple of it.' })
  @IsInt()
  @Min(1)
  @Max(64)
  domainSize!: number;

  @Field(() => Int, { defaultValue: 64, description: 'Memory of each card in GB, 1 to 1024.' })
  @IsInt()
  @Min(1)
  @Max(1024)
  memoryGb!: number;

  @Field({ description: 'Node names become prefix-001, prefix-002, …: 2–20 lower-case letters, digits or dashes.' })
  @Matches(/^[a-z0-9-]{2,20}$/, { message: 'namePrefix: 2–20 lower-case letters, digits or dashes' })
  namePrefix!: string;
}

@InputType({ description: 'A new, empty cluster.' })
export class CreateClusterInput {
  /** Checked trimmed (2–60 characters) by the service, which answers with a userError; the wide bound only keeps input sane. */
  @Field({ description: 'Unique (ignoring case), 2–60 characters after trimming, e.g. "成都智算中心 · 二期"; longer is userError VALIDATION_FAILED.' })
  @CleanText({ max: CLUSTER_NAME_INPUT_MAX })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Optional notes, up to 500 characters.' })
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

@InputType({ description: 'A drained, idle node to decommission.' })
export class RetireNodeInput {
  @Field(() => ID, { description: 'The node’s id.' })
  @IsUUID()
  nodeId!: string;
}
