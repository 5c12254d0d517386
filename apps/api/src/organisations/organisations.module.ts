import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [ProjectsModule],
  providers: [OrganisationsService, OrganisationsResolver],
})
export class OrganisationsModule {}
