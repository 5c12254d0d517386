import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs } from '../common/pagination/connection-args.js';
import { Organisation } from '../organisations/index.js';
import { ProjectConnection } from './models/project.model.js';
import { ProjectsQueryService } from './services/projects-query.service.js';

/** Organisation.projects: projects add the field to the type organisations own. */
@Resolver(() => Organisation)
export class OrganisationProjectsResolver {
  constructor(@Inject(ProjectsQueryService) private readonly projectsQuery: ProjectsQueryService) {}

  @ResolveField(() => ProjectConnection, { description: 'Its projects, oldest first.' })
  projects(@Parent() organisation: Organisation, @Args() args: ConnectionArgs) {
    return this.projectsQuery.listForOrganisation(organisation.id, args);
  }
}
