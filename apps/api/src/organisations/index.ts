/** The organisations feature's public surface: other folders import it from here only. */
export { OrganisationEntity } from './entities/organisation.entity.js';
export { Organisation } from './models/organisation.model.js';
export { mayReadMembersOf, mayReadOrganisation } from './organisation-visibility.js';
export { organisationsFeature } from './organisations.feature.js';
