import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { AllocationRequest } from '../models/allocation-request.model.js';
import { OrganisationScheduling } from '../models/organisation-scheduling.model.js';

@ObjectType({ isAbstract: true })
abstract class AllocationRequestPayload {
  @Field(() => AllocationRequest, { nullable: true, description: 'The request as it stands after the change; null when userErrors say why nothing changed.' })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of createAllocationRequest.' })
export class CreateAllocationRequestPayload extends AllocationRequestPayload {}

@ObjectType({ description: 'Result of cancelAllocationRequest.' })
export class CancelAllocationRequestPayload extends AllocationRequestPayload {}

@ObjectType({ description: 'Result of finishAllocation.' })
export class FinishAllocationPayload extends AllocationRequestPayload {}

@ObjectType({ description: 'Result of setOrganisationScheduling.' })
export class SetOrganisationSchedulingPayload {
  @Field(() => OrganisationScheduling, { nullable: true, description: 'The settings and load after the change; null when userErrors say why nothing changed.' })
  organisationScheduling?: OrganisationScheduling | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
