import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CacheFor } from '../common/response-cache/cache-for.decorator.js';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { Organisation, OrganisationConnection } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(@Inject(OrganisationsService) private readonly organisationsService: OrganisationsService) {}

  @CacheFor(2)
  @Allow('ORGANISATION_READ')
  @Query(() => OrganisationConnection, { description: 'Organisations, oldest first, with filters. Founders and organisation-bound tokens see their own only.' })
  organisations(@CurrentActor() actor: Actor, @Args() args: OrganisationsArgs) {
    return this.organisationsService.list(actor, args);
  }

  @Allow('ORGANISATION_READ')
  @Query(() => Organisation, { nullable: true, description: 'One organisation; null when it does not exist or the caller may not see it.' })
  organisation(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.organisationsService.findVisible(actor, id);
  }
}

