import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PRIORITY_CLASSES, type PriorityClassName } from '@suanli/domain';
import { PriorityClassEnum } from '../../common/graphql/compute-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

@InputType({ description: 'A request for cards: how many, of which type, for how long, at which priority.' })
export class CreateAllocationRequestInput {
  @Field(() => ID, { description: 'The project the compute is for; founders only their own organisation’s.' })
  @IsUUID()
  projectId!: string;

  @Field(() => ID, { nullable: true, description: 'Omit for the centre’s default cluster.' })
  @IsOptional()
  @IsUUID()
  clusterId?: string | null;

  @Field(() => Int, { description: 'How many cards, placed together at once (gang placement); at least 1 and no more than the cluster has.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  cards!: number;

  @Field({ description: 'e.g. "Ascend 910B"' })
  @CleanText({ min: 1, max: 40 })
  cardType!: string;

  /** Outside 600..2592000 is a userError (INVALID_DURATION), negative ones included; these bounds only keep numbers sane. */
  @Field(() => Int, { description: 'Time limit in seconds: 600 (10 minutes) to 2592000 (30 days).' })
  @IsInt()
  @Min(-10_000_000)
  @Max(10_000_000)
  durationS!: number;

  @Field(() => PriorityClassEnum, { defaultValue: 'STANDARD', description: 'The class asked for. A founder’s URGENT beyond the urgent budget waits for a manager’s approval.' })
  @IsIn(PRIORITY_CLASSES)
  priority!: PriorityClassName;

  @Field({ defaultValue: false, description: 'Whether URGENT work may stop it early, after a preemption notice.' })
  @IsBoolean()
  preemptible!: boolean;

  @Field(() => Date, { nullable: true, description: 'Not placed before this time; omit to start as soon as cards are free.' })
  @IsOptional()
  @IsDate()
  earliestStartAt?: Date | null;
}
