import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CacheFor } from '../common/response-cache/cache-for.decorator.js';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { ApplyForProjectInput } from './dto/apply-for-project.input.js';
import { ApplyForProjectPayload, SetAdaptationChecklistItemPayload, TransitionProjectPayload } from './dto/project.payload.js';
import { PipelineArgs, ProjectsArgs } from './dto/projects.args.js';
import { SetAdaptationChecklistItemInput } from './dto/set-adaptation-checklist-item.input.js';
import { TransitionProjectInput } from './dto/transition-project.input.js';
import { PipelineColumn } from './models/pipeline-column.model.js';
import { Project, ProjectConnection } from './models/project.model.js';
import { AdaptationService } from './services/adaptation.service.js';
import { ProjectLifecycleService } from './services/project-lifecycle.service.js';
import { ProjectsQueryService } from './services/projects-query.service.js';

/** Root fields of the project feature: each is a guard, then one service call. */
@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    @Inject(ProjectsQueryService) private readonly queries: ProjectsQueryService,
    @Inject(ProjectLifecycleService) private readonly lifecycle: ProjectLifecycleService,
    @Inject(AdaptationService) private readonly adaptations: AdaptationService,
  ) {}

  @CacheFor(2)
  @Allow('PROJECT_READ')
  @Query(() => ProjectConnection, { description: 'Projects, oldest first, with filters. Founders and organisation-bound tokens see their own organisation’s only.' })
  projects(@CurrentActor() actor: Actor, @Args() args: ProjectsArgs) {
    return this.queries.list(actor, args);
  }

  @Allow('PROJECT_READ')
  @Query(() => Project, { nullable: true, description: 'One project; null when it does not exist or belongs to another tenant.' })
  project(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.queries.findVisible(actor, id);
  }

  @CacheFor(2)
  @Allow('PIPELINE_READ')
  @Query(() => [PipelineColumn], { description: 'The board: every stage with its count and the projects longest in it, narrowed by the optional search and filters. Managers, admins and read:projects tokens.' })
  pipeline(@CurrentActor() actor: Actor, @Args() { perStage, ...filter }: PipelineArgs) {
    return this.queries.pipeline(actor, perStage, filter);
  }

  @CacheFor(2)
  @Allow('PIPELINE_READ')
  @Query(() => ProjectConnection, { description: 'Projects whose adaptation is past its 14-day due date, oldest first. Managers, admins and read:projects tokens.' })
  overdueAdaptations(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs) {
    return this.queries.overdueAdaptations(actor, args);
  }

  @Allow('PROJECT_APPLY')
  @Mutation(() => ApplyForProjectPayload, { description: 'Apply for incubation: the project starts in APPLIED. Founders for their own organisation, managers and admins on behalf of one.' })
  applyForProject(@CurrentActor() actor: Actor, @Args('input', { description: 'The project’s name, summary and cooperation modes.' }) input: ApplyForProjectInput) {
    return payloadOf(() => this.lifecycle.apply(actor, input));
  }

  @Allow('PROJECT_TRANSITION')
  @Mutation(() => TransitionProjectPayload, { description: 'Move a project to another stage, with a reason kept in its history; who may make which move depends on the role.' })
  transitionProject(@CurrentActor() actor: Actor, @Args('input', { description: 'The project, the stage to move to and why.' }) input: TransitionProjectInput) {
    return payloadOf(() => this.lifecycle.transition(actor, input));
  }

  @Allow('ADAPTATION_WRITE')
  @Mutation(() => SetAdaptationChecklistItemPayload, { description: 'Tick or untick an item of the adaptation checklist (managers and admins).' })
  setAdaptationChecklistItem(@CurrentActor() actor: Actor, @Args('input', { description: 'The project, the item and whether it is done.' }) input: SetAdaptationChecklistItemInput) {
    return payloadOf(() => this.adaptations.setChecklistItem(actor, input));
  }
}
