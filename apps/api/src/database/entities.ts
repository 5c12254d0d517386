import { ApiTokenEntity } from '../auth/entities/api-token.entity.js';
import { OrganisationEntity } from '../organisations/entities/organisation.entity.js';
import { AdaptationEntity } from '../projects/entities/adaptation.entity.js';
import { ProjectTransitionEntity } from '../projects/entities/project-transition.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';

/** Every entity, in one list shared by the app, the CLI data source and the tests. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  ApiTokenEntity,
  ProjectEntity,
  ProjectTransitionEntity,
  AdaptationEntity,
];
