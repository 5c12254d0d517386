import { Module } from '@nestjs/common';
import { AdaptationFieldsResolver } from './adaptation-fields.resolver.js';
import { ProjectFieldsResolver } from './project-fields.resolver.js';
import { ProjectTransitionFieldsResolver } from './project-transition-fields.resolver.js';
import { ProjectsResolver } from './projects.resolver.js';
import { OrganisationProjectsResolver } from './organisation-projects.resolver.js';
import { AdaptationService } from './services/adaptation.service.js';
import { ProjectLifecycleService } from './services/project-lifecycle.service.js';
import { ProjectsQueryService } from './services/projects-query.service.js';

@Module({
  providers: [
    ProjectsQueryService,
    ProjectLifecycleService,
    AdaptationService,
    ProjectsResolver,
    ProjectFieldsResolver,
    AdaptationFieldsResolver,
    ProjectTransitionFieldsResolver,
    OrganisationProjectsResolver,
  ],
  exports: [ProjectsQueryService, ProjectLifecycleService],
})
export class ProjectsModule {}
