import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { NeedState, NeedUrgency, ResourceKind } from '../matchmaking-rules.js';
import { NeedStateEnum, NeedUrgencyEnum, ResourceKindEnum } from './matchmaking-enums.js';

@ObjectType({ description: 'What a startup asks for (a mentor, a customer, an investor, …) for one of its projects.' })
export class MatchNeed {
  @Field(() => ID, { description: 'The need’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The startup that needs it.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The project it serves (the organisation’s own).' })
  projectId!: string;

  @Field(() => ResourceKindEnum, { description: 'The kind of resource asked for.' })
  kind!: ResourceKind;

  @Field({ description: 'What exactly is needed.' })
  description!: string;

  @Field(() => NeedUrgencyEnum, { description: 'How urgent.' })
  urgency!: NeedUrgency;

  @Field(() => NeedStateEnum, { description: 'Where it stands.' })
  state!: NeedState;

  @Field(() => [ID], { description: 'Competitors named on this need (the organisation’s declared ones count too).' })
  competitorOrganisationIds!: string[];

  @Field({ description: 'When it was posted.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  postedBy!: string;
  industries!: string[];
  technologies!: string[];
  stages!: string[];
  regions!: string[];
}

@ObjectType({ description: 'A need connection.' })
export class MatchNeedConnection extends ConnectionType(MatchNeed, 'MatchNeed') {}
