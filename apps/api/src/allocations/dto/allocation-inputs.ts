import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ALLOCATION_STATES, type AllocationState } from '@suanli/domain';
import { AllocationStateEnum } from '../../common/graphql/compute-enums.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@InputType({ description: 'Names one allocation request.' })
export class AllocationRequestIdInput {
  @Field(() => ID, { description: 'The allocation request’s id.' })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'An organisation’s scheduling settings (managers and admins).' })
export class SetOrganisationSchedulingInput {
  @Field(() => ID, { description: 'The customer organisation to set.' })
  @IsUUID()
  organisationId!: string;

  /** Out of range is a userError (INVALID_WEIGHT) from libs/domain's rule; these bounds only keep numbers sane. */
  @Field(() => Float, { description: 'Fair-share weight, 0.1 to 100 (default 1); outside that, userError INVALID_WEIGHT.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000)
  @Max(1_000_000)
  weight!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Most cards held at once, at most the centre’s cards (userError QUOTA_EXCEEDS_CAPACITY); null removes the quota.',
  })
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  quotaCards?: number | null;

  @Field(() => Int, { nullable: true, description: 'Urgent card-hours per Asia/Shanghai calendar month founders may use without approval; omit to keep.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  urgentCardHoursPerMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'This organisation’s cap on queued plus running requests; null = the centre default, omit to keep.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxOpenRequests?: number | null;
}

@ArgsType()
export class AllocationRequestsArgs extends ConnectionArgs {
  @Field(() => [AllocationStateEnum], { nullable: true, description: 'Only requests in these states; omit for all.' })
  @IsOptional()
  @IsIn(ALLOCATION_STATES, { each: true })
  states?: AllocationState[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this project’s requests.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s requests (tenant-bound callers see only their own anyway).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class QueueArgs {
  @Field(() => ID, { nullable: true, description: 'The cluster; omit for the default (first) cluster.' })
  @IsOptional()
  @IsUUID()
  clusterId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only requests for this card type, e.g. "Ascend 910B".' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  cardType?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class UsageArgs {
  @Field(() => ID, { nullable: true, description: 'Staff: one organisation; omit for the whole centre.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Int, { defaultValue: 14, description: 'How many Asia/Shanghai calendar days, up to and including today, 1 to 366.' })
  @IsInt()
  @Min(1)
  @Max(366)
  days!: number;
}

@ArgsType()
export class SnapshotArgs {
  @Field(() => ID, { nullable: true, description: 'The cluster; omit for the default (first) cluster.' })
  @IsOptional()
  @IsUUID()
  clusterId?: string | null;
}
