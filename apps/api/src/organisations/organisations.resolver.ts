import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CacheFor } from '../common/response-cache/cache-for.decorator.js';
import { Allow, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { ProjectConnection } from '../projects/models/project.model.js';
import { ProjectsQueryService } from '../projects/services/projects-query.service.js';
import { UserConnection } from '../users/models/user-connection.model.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { Organisation, OrganisationConnection } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    @Inject(OrganisationsService) private readonly organisationsService: OrganisationsService,
    @Inject(ProjectsQueryService) private readonly projectsQuery: ProjectsQueryService,
  ) {}

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

  /** Null unless the caller may list this organisation's people (organisations.field-rules.ts). */
  @ResolveField(() => UserConnection, { nullable: true, description: 'Its people, oldest first; null unless the caller may list them (staff with USER_READ, or a member of it).' })
  members(@Parent() organisation: Organisation, @Args() args: ConnectionArgs) {
    return this.organisationsService.members(organisation.id, args);
  }

  @ResolveField(() => ProjectConnection, { description: 'Its projects, oldest first.' })
  projects(@Parent() organisation: Organisation, @Args() args: ConnectionArgs) {
    return this.projectsQuery.listForOrganisation(organisation.id, args);
  }
}

