import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Project } from '../projects/index.js';
import { isMilestoneOverdue, nextMilestoneOf } from './milestone-rules.js';
import { Milestone, MilestoneEvent } from './models/milestone.model.js';

/** Project.milestones and friends: milestones add the fields to the type projects own. */
@Resolver(() => Project)
export class ProjectMilestoneFieldsResolver {
  @ResolveField(() => [Milestone], { description: 'Its incubation milestones, by due date.' })
  milestones(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.milestonesByProject.load(project.id);
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'The earliest-due milestone not yet accepted; null when there is none.' })
  async nextMilestone(@Parent() project: Project, @Context() ctx: RequestContext) {
    return nextMilestoneOf(await ctx.loaders.milestonesByProject.load(project.id));
  }

  @ResolveField(() => [Milestone], { description: 'Milestones not accepted whose due date has passed in Asia/Shanghai, by due date.' })
  async overdueMilestones(@Parent() project: Project, @Context() ctx: RequestContext) {
    const now = new Date();
    return (await ctx.loaders.milestonesByProject.load(project.id)).filter((m) => isMilestoneOverdue(m, now));
  }

  @ResolveField(() => [MilestoneEvent], { description: 'Every step of its milestones (set, submitted, accepted, returned), oldest first.' })
  milestoneHistory(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.milestoneEventsByProject.load(project.id);
  }
}

@Resolver(() => MilestoneEvent)
export class MilestoneEventFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: 'The display name of who took the step; null for API tokens.' })
  async actorName(@Parent() event: MilestoneEvent, @Context() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(event.actorId))?.displayName ?? null;
  }
}
