import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/auth/access.decorators.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { Organisation } from '../organisations/models/organisation.model.js';
import { SetOrganisationSchedulingInput } from './dto/allocation-inputs.js';
import { SetOrganisationSchedulingPayload } from './dto/allocation-payloads.js';
import { OrganisationScheduling, OrganisationSchedulingConnection } from './models/organisation-scheduling.model.js';
import { SchedulingSettingsService } from './services/scheduling-settings.service.js';

/** Managers tune fair share: weights and quotas per organisation, with each one's current load. */
@Resolver(() => OrganisationScheduling)
export class SchedulingSettingsResolver {
  constructor(@Inject(SchedulingSettingsService) private readonly settings: SchedulingSettingsService) {}

  @Allow('SCHEDULING_WRITE')
  @Query(() => OrganisationSchedulingConnection, { description: 'Every customer organisation’s weight, quota and load.' })
  async organisationScheduling(@Args() args: ConnectionArgs) {
    const all = await this.settings.list();
    const start = args.after ? Number(Buffer.from(args.after, 'base64url').toString()) + 1 : 0;
    const page = all.slice(Number.isInteger(start) && start > 0 ? start : 0, (start || 0) + args.first);
    const edges = page.map((node, i) => ({ cursor: Buffer.from(String((start || 0) + i)).toString('base64url'), node }));
    return {
      edges,
      pageInfo: { hasNextPage: (start || 0) + args.first < all.length, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: all.length,
      centreCards: await this.settings.centreCards(),
    };
  }

  @Allow('SCHEDULING_WRITE')
  @Mutation(() => SetOrganisationSchedulingPayload, { description: 'Set an organisation’s fair-share weight, quota, urgent budget and open-request cap; the queue reorders at once.' })
  setOrganisationScheduling(@Args('input') input: SetOrganisationSchedulingInput) {
    return payloadOf(async () => {
      await this.settings.set(input.organisationId, {
        weight: input.weight,
        quotaCards: input.quotaCards ?? null,
        urgentCardHoursPerMonth: input.urgentCardHoursPerMonth ?? undefined,
        maxOpenRequests: input.maxOpenRequests,
      });
      const row = (await this.settings.list()).find((r) => r.organisationId === input.organisationId)!;
      return { organisationScheduling: row };
    });
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() row: OrganisationScheduling, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(row.organisationId);
  }
}
