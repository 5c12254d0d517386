import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AllocationState } from '@suanli/domain';
import { AllocationStateEnum } from '../../common/graphql/compute-enums.js';

@ObjectType({ description: 'An allocation changed state (or received preemption notice): refetch it.' })
export class AllocationChanged {
  @Field(() => ID)
  allocationId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  clusterId!: string;

  @Field(() => AllocationStateEnum)
  state!: AllocationState;

  @Field()
  at!: Date;
}
