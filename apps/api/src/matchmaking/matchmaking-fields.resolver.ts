import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { ProjectStageEnum } from '../common/graphql/domain-enums.js';
import { IntroductionSideEnum } from './models/matchmaking-enums.js';
import { Introduction, MatchReason } from './models/introduction.model.js';
import { MatchNeed } from './models/match-need.model.js';
import { MatchResource, ResourceCapacityUse, ResourceConflict } from './models/match-resource.model.js';
import { MatchTags } from './models/match-tags.model.js';
import { ScoredMatch } from './models/suggestions.model.js';
import type { IntroductionSide } from './matchmaking-rules.js';
import { answersForResource, isMatchmakingManager, sidesOf } from './services/matchmaking-access.js';
import { MatchmakingQueriesService } from './services/matchmaking-queries.service.js';

const tagsOf = (row: { industries: string[]; technologies: string[]; stages: string[]; regions: string[] }): MatchTags =>
  ({ industries: row.industries, technologies: row.technologies, stages: row.stages, regions: row.regions });

@Resolver(() => MatchResource)
export class MatchResourceFieldsResolver {
  constructor(private readonly queries: MatchmakingQueriesService) {}

  @ResolveField(() => MatchTags, { description: 'Its tags.' })
  tags(@Parent() resource: MatchResource) {
    return tagsOf(resource);
  }

  @ResolveField(() => String, { nullable: true, description: 'The owner’s name: the person’s, or the organisation’s.' })
  async ownerName(@Parent() resource: MatchResource, @Context() ctx: RequestContext) {
    if (resource.ownerUserId) return (await ctx.loaders.userById.load(resource.ownerUserId))?.displayName ?? null;
    return resource.ownerOrganisationId ? ((await ctx.loaders.organisationById.load(resource.ownerOrganisationId))?.name ?? null) : null;
  }

  @ResolveField(() => ResourceCapacityUse, { description: 'Places taken and left in the current period.' })
  capacityUse(@Parent() resource: MatchResource) {
    return this.queries.capacityUse(resource);
  }

  @ResolveField(() => [ResourceConflict], { description: 'Organisations it must never meet (managers; the field rule hides it from others).' })
  conflicts(@Parent() resource: MatchResource) {
    return this.queries.conflicts(resource.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller answers for it (its owner, or a member of its owner organisation).' })
  mine(@Parent() resource: MatchResource, @CurrentActor() actor: Actor) {
    return answersForResource(actor, resource);
  }
}

@Resolver(() => MatchNeed)
export class MatchNeedFieldsResolver {
  constructor(private readonly queries: MatchmakingQueriesService) {}

  @ResolveField(() => MatchTags, { description: 'Its tags.' })
  tags(@Parent() need: MatchNeed) {
    return tagsOf(need);
  }

  @ResolveField(() => String, { nullable: true, description: 'The startup’s name.' })
  async organisationName(@Parent() need: MatchNeed, @Context() ctx: RequestContext) {
    return (await ctx.loaders.organisationById.load(need.organisationId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The project’s name.' })
  async projectName(@Parent() need: MatchNeed, @Context() ctx: RequestContext) {
    return (await ctx.loaders.projectById.load(need.projectId))?.name ?? null;
  }

  @ResolveField(() => ProjectStageEnum, { nullable: true, description: 'The project’s current stage.' })
  async projectStage(@Parent() need: MatchNeed, @Context() ctx: RequestContext) {
    return (await ctx.loaders.projectById.load(need.projectId))?.stage ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Who posted it.' })
  async postedByName(@Parent() need: MatchNeed, @Context() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(need.postedBy))?.displayName ?? null;
  }

  @ResolveField(() => [Introduction], { description: 'Its introductions the caller may see, newest first.' })
  introductions(@Parent() need: MatchNeed, @CurrentActor() actor: Actor) {
    return this.queries.introductionsOfNeed(actor, need.id);
  }
}

@Resolver(() => Introduction)
export class IntroductionFieldsResolver {
  constructor(private readonly queries: MatchmakingQueriesService) {}

  @ResolveField(() => MatchNeed, { nullable: true, description: 'The need it answers.' })
  need(@Parent() introduction: Introduction, @CurrentActor() actor: Actor) {
    return this.queries.need(actor, introduction.needId);
  }

  @ResolveField(() => MatchResource, { nullable: true, description: 'The resource proposed.' })
  resource(@Parent() introduction: Introduction, @Context() ctx: RequestContext) {
    return ctx.loaders.matchResourceById.load(introduction.resourceId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The startup’s name.' })
  async organisationName(@Parent() introduction: Introduction, @Context() ctx: RequestContext) {
    return (await ctx.loaders.organisationById.load(introduction.organisationId))?.name ?? null;
  }

  @ResolveField(() => [MatchReason], { description: 'The score’s parts as proposed.' })
  reasons(@Parent() introduction: Introduction): MatchReason[] {
    return introduction.reasons.map((r) => ({ code: r.code, points: r.points, textZh: r.text['zh-CN'], textEn: r.text.en }));
  }

  @ResolveField(() => String, { nullable: true, description: 'The manager who proposed it.' })
  async proposedByName(@Parent() introduction: Introduction, @Context() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(introduction.proposedBy))?.displayName ?? null;
  }

  @ResolveField(() => [IntroductionSideEnum], { description: 'The sides the caller answers for (empty for managers, who propose but do not answer).' })
  async mySides(@Parent() introduction: Introduction, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<IntroductionSide[]> {
    const resource = await ctx.loaders.matchResourceById.load(introduction.resourceId);
    return resource ? sidesOf(actor, introduction, resource) : [];
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may record the meeting and the outcome (a side or a manager).' })
  async mayRecord(@Parent() introduction: Introduction, @CurrentActor() actor: Actor, @Context() ctx: RequestContext) {
    if (isMatchmakingManager(actor)) return true;
    return (await this.mySides(introduction, actor, ctx)).length > 0;
  }
}

@Resolver(() => ScoredMatch)
export class ScoredMatchFieldsResolver {
  @ResolveField(() => MatchResource, { nullable: true, description: 'The resource.' })
  resource(@Parent() match: ScoredMatch, @Context() ctx: RequestContext) {
    return ctx.loaders.matchResourceById.load(match.resourceId);
  }
}
