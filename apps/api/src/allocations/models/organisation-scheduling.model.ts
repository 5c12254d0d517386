import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'An organisation’s fair-share weight, quota, urgent budget, open-request cap and current load.' })
export class OrganisationScheduling {
  @Field(() => Float)
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'Most cards held at once; null = no quota.' })
  quotaCards!: number | null;

  @Field(() => Int)
  runningCards!: number;

  @Field(() => Int)
  queuedRequests!: number;

  @Field(() => Float)
  cardHours7d!: number;

  @Field(() => Int, { description: 'Card-hours of URGENT requests founders may make per Asia/Shanghai calendar month without approval (default 0).' })
  urgentCardHoursPerMonth!: number;

  @Field(() => Float, { description: 'Of those, card-hours used this month.' })
  urgentCardHoursUsed!: number;

  @Field(() => Int, { nullable: true, description: 'This organisation’s own cap on queued plus running requests; null = the centre default.' })
  maxOpenRequests!: number | null;

  @Field(() => Int, { description: 'The cap on queued plus running requests that applies (own or the centre default).' })
  openRequestLimit!: number;

  organisationId!: string;
}

@ObjectType()
export class SchedulingSnapshot {
  @Field({ description: 'The scheduler input (libs/allocation ScheduleInput) as JSON, other tenants anonymised.' })
  input!: string;

  @Field({ description: 'Your organisation’s id as it appears in the input.' })
  ownOrganisationKey!: string;
}

@ObjectType()
export class OrganisationSchedulingConnection extends ConnectionType(OrganisationScheduling, 'OrganisationScheduling') {
  @Field(() => Int, { description: 'Cards on every node in service or drained, in every cluster: the largest quota setOrganisationScheduling accepts.' })
  centreCards!: number;
}

@ObjectType({ description: 'An organisation’s urgent card-hours for the current Asia/Shanghai calendar month.' })
export class UrgentBudget {
  @Field(() => Int)
  cardHoursPerMonth!: number;

  @Field(() => Float)
  usedCardHours!: number;

  @Field(() => Float, { description: 'An URGENT request of at most this many card-hours (cards × hours) takes effect without approval.' })
  remainingCardHours!: number;

  @Field()
  periodStart!: Date;

  @Field()
  periodEnd!: Date;

  organisationId!: string;
}
