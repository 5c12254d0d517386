import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A project’s compute at a glance.' })
export class AllocationSummary {
  @Field(() => Int)
  runningCards!: number;

  @Field(() => Int)
  queuedRequests!: number;

  @Field(() => Float, { description: 'Metered card-hours, all time.' })
  cardHours!: number;
}
