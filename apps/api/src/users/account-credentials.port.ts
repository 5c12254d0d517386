import type { EntityManager } from 'typeorm';

/**
 * What an account change needs from the credentials of the account. Users sit below auth (auth
 * signs users in), so users declare the port and auth provides it.
 */
export interface AccountCredentials {
  /** Inside the change's transaction: ends every session of the user. */
  revokeAllOf(userId: string, manager: EntityManager): Promise<unknown>;
  /** After the commit: every API process drops what it remembers of credentials. */
  announce(): Promise<void>;
}

export const ACCOUNT_CREDENTIALS = Symbol('ACCOUNT_CREDENTIALS');
