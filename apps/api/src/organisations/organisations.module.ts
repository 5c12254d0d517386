import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { OrganisationAdminResolver } from './organisation-admin.resolver.js';
import { CreateOrganisationService } from './services/create-organisation.service.js';

@Module({
  imports: [ProjectsModule],
  providers: [OrganisationsService, OrganisationsResolver, CreateOrganisationService, OrganisationAdminResolver],
})
export class OrganisationsModule {}
