import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { UserError } from '../../common/graphql/user-error.model.js';
import { AllocationRequest } from '../models/allocation-request.model.js';

@InputType()
export class UrgentRequestDecisionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class UrgentBudgetArgs {
  @Field(() => ID, { nullable: true, description: 'Staff: the organisation; founders always get their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class AwaitingApprovalArgs {
  @Field(() => Int, { defaultValue: 100, description: 'At most this many, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ObjectType()
export class ApproveUrgentRequestPayload {
  @Field(() => AllocationRequest, { nullable: true })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeclineUrgentRequestPayload {
  @Field(() => AllocationRequest, { nullable: true })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
