import { AllocationFieldsResolver } from '../allocations/allocation-fields.resolver.js';
import { AllocationsResolver } from '../allocations/allocations.resolver.js';
import { SchedulingSettingsResolver } from '../allocations/scheduling-settings.resolver.js';
import { UrgencyResolver } from '../allocations/urgency/urgency.resolver.js';
import { ComputeResolver } from '../compute/compute.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { OrganisationsResolver } from '../organisations/organisations.resolver.js';
import { AdaptationFieldsResolver } from '../projects/adaptation-fields.resolver.js';
import { ProjectFieldsResolver } from '../projects/project-fields.resolver.js';
import { ProjectTransitionFieldsResolver } from '../projects/project-transition-fields.resolver.js';
import { ProjectsResolver } from '../projects/projects.resolver.js';
import { UserAdministrationResolver } from '../users/user-administration.resolver.js';
import { UsersResolver } from '../users/users.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { InvitationsResolver } from '../invitations/invitations.resolver.js';
import { OrganisationAdminResolver } from '../organisations/organisation-admin.resolver.js';
import { PasswordsResolver } from '../passwords/passwords.resolver.js';

/** Every resolver class: the schema printer and the guard test walk this list. */
export const RESOLVERS = [
  AuthResolver,
  UsersResolver,
  UserAdministrationResolver,
  OrganisationsResolver,
  ProjectsResolver,
  ProjectFieldsResolver,
  AdaptationFieldsResolver,
  ProjectTransitionFieldsResolver,
  ComputeResolver,
  AllocationsResolver,
  AllocationFieldsResolver,
  SchedulingSettingsResolver,
  OrganisationAdminResolver,
  InvitationsResolver,
  PasswordsResolver,
  AuditResolver,
  UrgencyResolver,
];
