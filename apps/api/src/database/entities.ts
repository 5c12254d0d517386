import { AllocationRequestEntity } from '../allocations/entities/allocation-request.entity.js';
import { CardHoldingEntity } from '../allocations/entities/card-holding.entity.js';
import { OrganisationSchedulingEntity } from '../allocations/entities/organisation-scheduling.entity.js';
import { CardEntity } from '../compute/entities/card.entity.js';
import { ClusterEntity } from '../compute/entities/cluster.entity.js';
import { NodeEntity } from '../compute/entities/node.entity.js';
import { ApiTokenEntity } from '../auth/entities/api-token.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';
import { SignInFailureEntity } from '../auth/entities/sign-in-failure.entity.js';
import { OrganisationEntity } from '../organisations/entities/organisation.entity.js';
import { AdaptationEntity } from '../projects/entities/adaptation.entity.js';
import { ProjectTransitionEntity } from '../projects/entities/project-transition.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { AuditEventEntity } from '../audit/entities/audit-event.entity.js';
import { InvitationEntity } from '../invitations/entities/invitation.entity.js';

/** Every entity, in one list shared by the app, the CLI data source and the tests. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  ApiTokenEntity,
  SessionEntity,
  SignInFailureEntity,
  ProjectEntity,
  ProjectTransitionEntity,
  AdaptationEntity,
  ClusterEntity,
  NodeEntity,
  CardEntity,
  AllocationRequestEntity,
  CardHoldingEntity,
  OrganisationSchedulingEntity,
  InvitationEntity,
  AuditEventEntity,
];
