/** The users feature's public surface: other folders import it from here only. */
export { ACCOUNT_CREDENTIALS, type AccountCredentials } from './account-credentials.port.js';
export { UserEntity } from './entities/user.entity.js';
export { hasAdministrator } from './has-administrator.js';
export { User } from './models/user.model.js';
export { mayReadPerson, rememberSignedIn } from './person-visibility.js';
export { usersFeature } from './users.feature.js';
