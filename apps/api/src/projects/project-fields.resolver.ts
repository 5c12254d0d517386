import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { checkAdaptationGate, nextStages, rolesForTransition, type ProjectStage } from '@suanli/domain';
import type { RequestContext } from '../common/graphql/request-context.js';
import { ProjectStageEnum } from '../common/graphql/domain-enums.js';
import { Organisation } from '../organisations/index.js';
import { Adaptation } from './models/adaptation.model.js';
import { ProjectTransition } from './models/project-transition.model.js';
import { Project } from './models/project.model.js';

/** Fields of Project that need another table; all batched through per-request loaders. */
@Resolver(() => Project)
export class ProjectFieldsResolver {
  @ResolveField(() => Organisation, { description: 'The organisation it belongs to.' })
  organisation(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(project.organisationId);
  }

  @ResolveField(() => [ProjectTransition], { description: 'The audit trail, oldest first.' })
  history(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.transitionsByProject.load(project.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the project entered its current stage, in its author’s words; null for a fresh application.' })
  async lastTransitionReason(@Parent() project: Project, @Context() ctx: RequestContext) {
    const history = await ctx.loaders.transitionsByProject.load(project.id);
    // A coded entry (the application) has no words of its own: clients render history[].reasonCode.
    return history.at(-1)?.reason || null;
  }

  @ResolveField(() => Adaptation, { nullable: true, description: 'The porting to Ascend; null until the project enters ADAPTATION.' })
  adaptation(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.adaptationByProject.load(project.id);
  }

  @ResolveField(() => [ProjectStageEnum], {
    description: 'Stages the caller may move this project to now: INCUBATING only once the adaptation checklist is done.',
  })
  async availableTransitions(@Parent() project: Project, @Context() ctx: RequestContext): Promise<ProjectStage[]> {
    const actor = ctx.actor;
    if (!actor) return [];
    const permitted = nextStages(project.stage).filter((to) => rolesForTransition(project.stage, to).includes(actor.role));
    if (project.stage !== 'ADAPTATION') return permitted;
    const adaptation = await ctx.loaders.adaptationByProject.load(project.id);
    return permitted.filter((to) => checkAdaptationGate(to, adaptation?.completedItems ?? null).ok);
  }
}
