import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { UserError } from '../../common/graphql/user-error.model.js';
import { AllocationRequest } from '../models/allocation-request.model.js';

@InputType({ description: 'Names a waiting request that asked for URGENT.' })
export class UrgentRequestDecisionInput {
  @Field(() => ID, { description: 'The allocation request’s id.' })
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

@ObjectType({ description: 'Result of approveUrgentRequest.' })
export class ApproveUrgentRequestPayload {
  @Field(() => AllocationRequest, { nullable: true, description: 'The request as it stands after the change; null when userErrors say why nothing changed.' })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of declineUrgentRequest.' })
export class DeclineUrgentRequestPayload {
  @Field(() => AllocationRequest, { nullable: true, description: 'The request as it stands after the change; null when userErrors say why nothing changed.' })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
