import type { Actor } from './actor.js';

/**
 * What the infrastructure (access guard, response cache, request limits) needs of authentication:
 * an Authorization header in, a live Actor out. The auth feature provides it
 * (`AuthenticationService`, bound to this token in AuthModule), so `common/` knows no feature.
 */
export interface CredentialVerifier {
  /** No header: null (anonymous). A header that does not verify: throws UNAUTHENTICATED. */
  authenticate(header: string | undefined): Promise<Actor | null>;
}

export const CREDENTIAL_VERIFIER = Symbol('CredentialVerifier');
