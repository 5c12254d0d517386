import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A project’s compute at a glance.' })
export class AllocationSummary {
  @Field(() => Int, { description: 'Cards the project holds now.' })
  runningCards!: number;

  @Field(() => Int, { description: 'The project’s requests waiting in the queue.' })
  queuedRequests!: number;

  @Field(() => Float, { description: 'Metered card-hours, all time.' })
  cardHours!: number;
}
