import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Project } from '../projects/index.js';
import { AllocationSummary } from './models/allocation-summary.model.js';

/** Project.allocationSummary: allocations add the field to the type projects own. */
@Resolver(() => Project)
export class ProjectAllocationFieldsResolver {
  @ResolveField(() => AllocationSummary, { description: 'Its compute now: running cards, waiting requests, card-hours used.' })
  allocationSummary(@Parent() project: Project, @Context() ctx: RequestContext) {
    return ctx.loaders.allocationSummaryByProject.load(project.id);
  }
}
