import { Module } from '@nestjs/common';
import { UserAdministrationResolver } from './user-administration.resolver.js';
import { UsersResolver } from './users.resolver.js';
import { UserAdministrationService } from './services/user-administration.service.js';
import { AuditEventActorResolver } from './audit-event-actor.resolver.js';
import { OrganisationMembersResolver, OrganisationMembersService } from './organisation-members.resolver.js';

@Module({ providers: [UsersResolver, UserAdministrationResolver, UserAdministrationService, OrganisationMembersService, OrganisationMembersResolver, AuditEventActorResolver], exports: [UserAdministrationService] })
export class UsersModule {}
