/** The invitations feature's public surface: other folders import it from here only. */
export { invitationsFeature } from './invitations.feature.js';
