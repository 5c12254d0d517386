import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { AdaptationEntity } from './entities/adaptation.entity.js';
import { ProjectTransitionEntity } from './entities/project-transition.entity.js';
import { ProjectEntity } from './entities/project.entity.js';
import { adaptationByProjectLoader } from './loaders/adaptation-by-project.loader.js';
import { projectByIdLoader } from './loaders/project-by-id.loader.js';
import { transitionsByProjectLoader } from './loaders/transitions-by-project.loader.js';
import { ProjectsModule } from './projects.module.js';
import {
  ADAPTATION_FIELD_RULES,
  ORGANISATION_PROJECTS_FIELD_RULES,
  PIPELINE_COLUMN_FIELD_RULES,
  PROJECT_FIELD_RULES,
  PROJECT_TRANSITION_FIELD_RULES,
} from './projects.field-rules.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    projectById: ReturnType<typeof projectByIdLoader>;
    adaptationByProject: ReturnType<typeof adaptationByProjectLoader>;
    transitionsByProject: ReturnType<typeof transitionsByProjectLoader>;
  }
}

export const projectsFeature = defineFeature({
  name: 'projects',
  module: ProjectsModule,
  entities: [ProjectEntity, ProjectTransitionEntity, AdaptationEntity],
  fieldRules: [PROJECT_FIELD_RULES, PROJECT_TRANSITION_FIELD_RULES, ADAPTATION_FIELD_RULES, PIPELINE_COLUMN_FIELD_RULES, ORGANISATION_PROJECTS_FIELD_RULES],
  loaders: {
    adaptationByProject: ({ dataSource }) => adaptationByProjectLoader(dataSource),
    transitionsByProject: ({ dataSource }) => transitionsByProjectLoader(dataSource),
    projectById: ({ dataSource }) => projectByIdLoader(dataSource),
  },
  errorCodes: [
    UserErrorCode.INVALID_TRANSITION,
    UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE,
    UserErrorCode.STALE_STAGE,
    UserErrorCode.NOT_IN_ADAPTATION,
    UserErrorCode.ADAPTATION_INCOMPLETE,
    UserErrorCode.ORGANISATION_REQUIRED,
  ],
  permissions: ['PROJECT_READ', 'PROJECT_APPLY', 'PROJECT_TRANSITION', 'ADAPTATION_WRITE', 'PIPELINE_READ'],
});
