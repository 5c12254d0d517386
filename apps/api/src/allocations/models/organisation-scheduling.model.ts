import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'An organisation’s fair-share weight, quota, urgent budget, open-request cap and current load.' })
export class OrganisationScheduling {
  @Field(() => Float, { description: 'Fair-share weight, 0.1 to 100 (default 1): a larger weight, a larger share of contended cards.' })
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'Most cards held at once; null = no quota.' })
  quotaCards!: number | null;

  @Field(() => Int, { description: 'Cards the organisation holds now.' })
  runningCards!: number;

  @Field(() => Int, { description: 'The organisation’s requests waiting in the queue.' })
  queuedRequests!: number;

  @Field(() => Float, { description: 'Card-hours metered over the last 7 days.' })
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

@ObjectType({ description: 'What the browser needs to run the scheduler itself for a what-if preview.' })
export class SchedulingSnapshot {
  @Field({ description: 'The scheduler input (libs/allocation ScheduleInput) as JSON, other tenants anonymised.' })
  input!: string;

  @Field({ description: 'Your organisation’s id as it appears in the input.' })
  ownOrganisationKey!: string;
}

@ObjectType({ description: 'One page of organisations’ scheduling settings (Relay connection), with the centre’s card count.' })
export class OrganisationSchedulingConnection extends ConnectionType(OrganisationScheduling, 'OrganisationScheduling') {
  @Field(() => Int, { description: 'Cards on every node in service or drained, in every cluster: the largest quota setOrganisationScheduling accepts.' })
  centreCards!: number;
}

@ObjectType({ description: 'An organisation’s urgent card-hours for the current Asia/Shanghai calendar month.' })
export class UrgentBudget {
  @Field(() => Int, { description: 'Card-hours of URGENT the organisation’s founders may use per month without approval.' })
  cardHoursPerMonth!: number;

  @Field(() => Float, { description: 'Card-hours of that budget used this month (cards × requested hours).' })
  usedCardHours!: number;

  @Field(() => Float, { description: 'An URGENT request of at most this many card-hours (cards × hours) takes effect without approval.' })
  remainingCardHours!: number;

  @Field({ description: 'Start of the month: 00:00 Asia/Shanghai on the 1st.' })
  periodStart!: Date;

  @Field({ description: 'End of the month (exclusive): 00:00 Asia/Shanghai on the 1st of the next.' })
  periodEnd!: Date;

  organisationId!: string;
}
