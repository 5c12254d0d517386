import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AllocationState } from '@suanli/domain';
import { AllocationStateEnum } from '../../common/graphql/compute-enums.js';

@ObjectType({ description: 'An allocation changed state (or received preemption notice): refetch it.' })
export class AllocationChanged {
  @Field(() => ID, { description: 'The allocation request that changed.' })
  allocationId!: string;

  @Field(() => ID, { description: 'The organisation it belongs to.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The cluster it runs on or waits for.' })
  clusterId!: string;

  @Field(() => AllocationStateEnum, { description: 'Its state after the change.' })
  state!: AllocationState;

  @Field({ description: 'When the change happened.' })
  at!: Date;
}
