import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { payloadOf, resultOf } from '../common/graphql/user-error.model.js';
import {
  CloseMatchNeedInput, CreateMatchResourceInput, MatchmakingFunnelArgs, MatchNeedsArgs, MatchResourcesArgs, MatchSuggestionsArgs,
  PostMatchNeedInput, SetMatchmakingSettingsInput, SetOrganisationCompetitorsInput, UpdateMatchNeedInput, UpdateMatchResourceInput,
} from './dto/matchmaking.inputs.js';
import { MatchmakingSettingsPayload, MatchNeedPayload, MatchResourcePayload, OrganisationCompetitorsPayload } from './dto/matchmaking.payloads.js';
import { MatchmakingFunnel, MatchmakingSettings } from './models/funnel.model.js';
import { MatchNeed, MatchNeedConnection } from './models/match-need.model.js';
import { MatchResource, MatchResourceConnection } from './models/match-resource.model.js';
import { MatchSuggestions } from './models/suggestions.model.js';
import { MatchmakingFunnelService } from './services/funnel.service.js';
import { MatchmakingQueriesService } from './services/matchmaking-queries.service.js';
import { MatchNeedsService } from './services/needs.service.js';
import { IntroductionRemindersService } from './services/reminders.service.js';
import { MatchResourcesService } from './services/resources.service.js';
import { MatchSuggestionsService } from './services/suggestions.service.js';

/** Root fields of resources, needs, suggestions, the funnel and settings: a guard, then one service call. */
@Resolver()
export class MatchmakingResolver {
  constructor(
    private readonly queries: MatchmakingQueriesService,
    private readonly resourcesService: MatchResourcesService,
    private readonly needsService: MatchNeedsService,
    private readonly suggestionsService: MatchSuggestionsService,
    private readonly funnelService: MatchmakingFunnelService,
    private readonly reminders: IntroductionRemindersService,
  ) {}

  @Allow('MATCHMAKING_READ')
  @Query(() => MatchResourceConnection, { description: 'Resources offered to startups: managers all; others those they answer for (owned by them or their organisation).' })
  matchResources(@CurrentActor() actor: Actor, @Args() args: MatchResourcesArgs) {
    return this.queries.resources(actor, args);
  }

  @Allow('MATCHMAKING_READ')
  @Query(() => MatchResource, { nullable: true, description: 'One resource; null when it does not exist or the caller does not answer for it (managers: any).' })
  matchResource(@CurrentActor() actor: Actor, @Args() args: UuidArgs) {
    return this.queries.resource(actor, args.id);
  }

  @Allow('MATCHMAKING_READ')
  @Query(() => MatchNeedConnection, { description: 'Needs, newest first: founders their organisation’s (another organisation named: NOT_FOUND); managers all.' })
  matchNeeds(@CurrentActor() actor: Actor, @Args() args: MatchNeedsArgs) {
    return resultOf(() => this.queries.needs(actor, args));
  }

  @Allow('MATCHMAKING_READ')
  @Query(() => MatchNeed, { nullable: true, description: 'One need; null when it does not exist or is another organisation’s (resource owners: those of their introductions).' })
  matchNeed(@CurrentActor() actor: Actor, @Args() args: UuidArgs) {
    return this.queries.need(actor, args.id);
  }

  @Allow('MATCHMAKING_READ')
  @Query(() => [ID], { description: 'An organisation’s declared competitors (founders: their own; managers: any).' })
  organisationCompetitors(@CurrentActor() actor: Actor, @Args() args: UuidArgs) {
    return resultOf(() => this.queries.competitorsOf(actor, args.id));
  }

  @Allow('MATCHMAKING_MANAGE')
  @Query(() => MatchSuggestions, { description: 'Ranked suggestions with reasons for every open need without a pending proposal, and one assignment over all of them that respects capacity and conflicts (managers).' })
  matchSuggestions(@Args() args: MatchSuggestionsArgs) {
    return this.suggestionsService.suggestions(args.rankedPerNeed);
  }

  @Allow('MATCHMAKING_MANAGE')
  @Query(() => MatchmakingFunnel, { description: 'Proposed → accepted → met → deal, by Shanghai month of proposal and resource kind (managers).' })
  matchmakingFunnel(@Args() args: MatchmakingFunnelArgs) {
    return resultOf(() => this.funnelService.funnel(args));
  }

  @Allow('MATCHMAKING_MANAGE')
  @Query(() => MatchmakingSettings, { description: 'The reminder setting (managers).' })
  matchmakingSettings() {
    return this.reminders.settings();
  }

  @Allow('MATCHMAKING_MANAGE')
  @Mutation(() => MatchResourcePayload, { description: 'Add a resource with its owner, tags, capacity, availability and conflicts (managers).' })
  createMatchResource(@CurrentActor() actor: Actor, @Args('input', { description: 'The resource.' }) input: CreateMatchResourceInput) {
    return payloadOf(async () => ({ resource: await this.resourcesService.create(actor, input) }));
  }

  @Allow('MATCHMAKING_MANAGE')
  @Mutation(() => MatchResourcePayload, { description: 'Change a resource’s details, capacity, availability and conflicts (managers).' })
  updateMatchResource(@CurrentActor() actor: Actor, @Args('input', { description: 'The resource and its new details.' }) input: UpdateMatchResourceInput) {
    return payloadOf(async () => ({ resource: await this.resourcesService.update(actor, input) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => MatchNeedPayload, { description: 'Post a need for a project: founders for their own organisation, managers for any startup.' })
  postMatchNeed(@CurrentActor() actor: Actor, @Args('input', { description: 'The need.' }) input: PostMatchNeedInput) {
    return payloadOf(async () => ({ need: await this.needsService.post(actor, input) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => MatchNeedPayload, { description: 'Change an open need (its organisation’s founders, managers).' })
  updateMatchNeed(@CurrentActor() actor: Actor, @Args('input', { description: 'The need and its new details.' }) input: UpdateMatchNeedInput) {
    return payloadOf(async () => ({ need: await this.needsService.update(actor, input) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => MatchNeedPayload, { description: 'Close a need: no more suggestions (its organisation’s founders, managers).' })
  closeMatchNeed(@CurrentActor() actor: Actor, @Args('input', { description: 'The need.' }) input: CloseMatchNeedInput) {
    return payloadOf(async () => ({ need: await this.needsService.close(actor, input.needId) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => OrganisationCompetitorsPayload, { description: 'Declare an organisation’s competitors (founders: their own; managers: any).' })
  setOrganisationCompetitors(@CurrentActor() actor: Actor, @Args('input', { description: 'The organisation and its competitors.' }) input: SetOrganisationCompetitorsInput) {
    return payloadOf(async () => ({ competitorOrganisationIds: await this.needsService.setCompetitors(actor, input) }));
  }

  @Allow('MATCHMAKING_MANAGE')
  @Mutation(() => MatchmakingSettingsPayload, { description: 'Set the days before each reminder to an unanswered side (managers).' })
  setMatchmakingSettings(@Args('input', { description: 'The settings.' }) input: SetMatchmakingSettingsInput) {
    return payloadOf(async () => ({ settings: await this.reminders.setReminderDays(input.reminderDays) }));
  }
}
