import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Introduction } from '../models/introduction.model.js';
import { MatchmakingSettings } from '../models/funnel.model.js';
import { MatchNeed } from '../models/match-need.model.js';
import { MatchResource } from '../models/match-resource.model.js';

@ObjectType({ description: 'The resource after the change, or why nothing changed.' })
export class MatchResourcePayload {
  @Field(() => MatchResource, { nullable: true, description: 'The resource; null when nothing changed.' })
  resource?: MatchResource | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The need after the change, or why nothing changed.' })
export class MatchNeedPayload {
  @Field(() => MatchNeed, { nullable: true, description: 'The need; null when nothing changed.' })
  need?: MatchNeed | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The introduction after the change, or why nothing changed.' })
export class IntroductionPayload {
  @Field(() => Introduction, { nullable: true, description: 'The introduction; null when nothing changed.' })
  introduction?: Introduction | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The introductions proposed, or why none was.' })
export class IntroductionsPayload {
  @Field(() => [Introduction], { nullable: true, description: 'The introductions, in the order asked; null when nothing changed.' })
  introductions?: Introduction[] | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'An organisation’s competitors after the change, or why nothing changed.' })
export class OrganisationCompetitorsPayload {
  @Field(() => [ID], { nullable: true, description: 'The declared competitors; null when nothing changed.' })
  competitorOrganisationIds?: string[] | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The settings after the change, or why nothing changed.' })
export class MatchmakingSettingsPayload {
  @Field(() => MatchmakingSettings, { nullable: true, description: 'The settings; null when nothing changed.' })
  settings?: MatchmakingSettings | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
