/** The projects feature's public surface: other folders import it from here only. */
export { AdaptationEntity } from './entities/adaptation.entity.js';
export { ProjectTransitionEntity } from './entities/project-transition.entity.js';
export { ProjectEntity } from './entities/project.entity.js';
export { Project } from './models/project.model.js';
export { projectsFeature } from './projects.feature.js';
