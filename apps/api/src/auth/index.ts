/** The auth feature's public surface: other folders import it from here only. */
export { authFeature } from './auth.feature.js';
export { AuthenticationService } from './services/authentication.service.js';
export { CredentialChanges } from './services/credential-changes.service.js';
export { PasswordService } from './services/password.service.js';
export { SessionService } from './services/session.service.js';
export { SubscriptionWatch, type WatchedSocket } from './services/subscription-watch.service.js';
export { hashApiToken } from './services/token-hash.js';
