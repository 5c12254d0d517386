import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CacheFor } from '../common/response-cache/cache-for.decorator.js';
import { Allow, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
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
  @Query(() => ProjectConnection)
  projects(@CurrentActor() actor: Actor, @Args() args: ProjectsArgs) {
    return this.queries.list(actor, args);
  }

  @Allow('PROJECT_READ')
  @Query(() => Project, { nullable: true })
  project(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.queries.findVisible(actor, id);
  }

  @CacheFor(2)
  @Allow('PIPELINE_READ')
  @Query(() => [PipelineColumn], { description: 'The board: every stage with its count and oldest projects.' })
  pipeline(@CurrentActor() actor: Actor, @Args() { perStage, ...filter }: PipelineArgs) {
    return this.queries.pipeline(actor, perStage, filter);
  }

  @CacheFor(2)
  @Allow('PIPELINE_READ')
  @Query(() => ProjectConnection, { description: 'Projects whose adaptation is past its 14-day due date.' })
  overdueAdaptations(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs) {
    return this.queries.overdueAdaptations(actor, args);
  }

  @Allow('PROJECT_APPLY')
  @Mutation(() => ApplyForProjectPayload)
  applyForProject(@CurrentActor() actor: Actor, @Args('input') input: ApplyForProjectInput) {
    return payloadOf(() => this.lifecycle.apply(actor, input));
  }

  @Allow('PROJECT_TRANSITION')
  @Mutation(() => TransitionProjectPayload)
  transitionProject(@CurrentActor() actor: Actor, @Args('input') input: TransitionProjectInput) {
    return payloadOf(() => this.lifecycle.transition(actor, input));
  }

  @Allow('ADAPTATION_WRITE')
  @Mutation(() => SetAdaptationChecklistItemPayload)
  setAdaptationChecklistItem(@CurrentActor() actor: Actor, @Args('input') input: SetAdaptationChecklistItemInput) {
    return payloadOf(() => this.adaptations.setChecklistItem(actor, input));
  }
}
