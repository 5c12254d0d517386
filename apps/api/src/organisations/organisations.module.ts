import { Module } from '@nestjs/common';
import { AuditEventOrganisationResolver } from './audit-event-organisation.resolver.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { OrganisationAdminResolver } from './organisation-admin.resolver.js';
import { CreateOrganisationService } from './services/create-organisation.service.js';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, CreateOrganisationService, OrganisationAdminResolver, AuditEventOrganisationResolver],
})
export class OrganisationsModule {}
