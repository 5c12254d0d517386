/** The passwords feature's public surface: other folders import it from here only. */
export { assertPasswordAcceptable } from './password-errors.js';
export { checkPassword } from './password-strength.js';
export { passwordsFeature } from './passwords.feature.js';
