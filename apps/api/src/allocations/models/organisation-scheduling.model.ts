import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'An organisation’s fair-share weight, quota and current load.' })
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
export class OrganisationSchedulingConnection extends ConnectionType(OrganisationScheduling, 'OrganisationScheduling') {}
