import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { BillingRunProblem, InvoiceLine } from '../models/invoice.model.js';

/** Names for ids on billing objects, batched through the request's loaders. */
@Resolver(() => InvoiceLine)
export class InvoiceLineFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: 'The name of the project whose use the line bills.' })
  async projectName(@Parent() line: InvoiceLine, @Context() ctx: RequestContext): Promise<string | null> {
    return line.projectId ? ((await ctx.loaders.projectById.load(line.projectId))?.name ?? null) : null;
  }
}

@Resolver(() => BillingRunProblem)
export class BillingRunProblemFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: 'The name of the organisation the run skipped.' })
  async organisationName(@Parent() problem: BillingRunProblem, @Context() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.organisationById.load(problem.organisationId))?.name ?? null;
  }
}
