import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/access.decorators.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { connectionOfList } from '../common/pagination/page-of.js';
import { Organisation } from '../organisations/index.js';
import { SetOrganisationSchedulingInput } from './dto/allocation-inputs.js';
import { SetOrganisationSchedulingPayload } from './dto/allocation-payloads.js';
import { OrganisationScheduling, OrganisationSchedulingConnection } from './models/organisation-scheduling.model.js';
import { SchedulingSettingsService } from './services/scheduling-settings.service.js';

/** Managers tune fair share: weights and quotas per organisation, with each one's current load. */
@Resolver(() => OrganisationScheduling)
export class SchedulingSettingsResolver {
  constructor(@Inject(SchedulingSettingsService) private readonly settings: SchedulingSettingsService) {}

  @Allow('SCHEDULING_WRITE')
  @Query(() => OrganisationSchedulingConnection, { description: 'Every customer organisation’s weight, quota and load. Managers and admins.' })
  async organisationScheduling(@Args() args: ConnectionArgs) {
    return { ...connectionOfList(await this.settings.list(), args), centreCards: await this.settings.centreCards() };
  }

  @Allow('SCHEDULING_WRITE')
  @Mutation(() => SetOrganisationSchedulingPayload, { description: 'Set an organisation’s fair-share weight, quota, urgent budget and open-request cap; the queue reorders at once. Managers and admins.' })
  setOrganisationScheduling(@Args('input', { description: 'The organisation and its new settings.' }) input: SetOrganisationSchedulingInput) {
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

  @ResolveField(() => Organisation, { description: 'The organisation these settings are for.' })
  organisation(@Parent() row: OrganisationScheduling, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(row.organisationId);
  }
}
