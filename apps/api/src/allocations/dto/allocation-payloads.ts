import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { AllocationRequest } from '../models/allocation-request.model.js';
import { OrganisationScheduling } from '../models/organisation-scheduling.model.js';

@ObjectType({ isAbstract: true })
abstract class AllocationRequestPayload {
  @Field(() => AllocationRequest, { nullable: true })
  allocationRequest?: AllocationRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateAllocationRequestPayload extends AllocationRequestPayload {}

@ObjectType()
export class CancelAllocationRequestPayload extends AllocationRequestPayload {}

@ObjectType()
export class FinishAllocationPayload extends AllocationRequestPayload {}

@ObjectType()
export class SetOrganisationSchedulingPayload {
  @Field(() => OrganisationScheduling, { nullable: true })
  organisationScheduling?: OrganisationScheduling | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
