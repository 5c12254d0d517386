import { randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET } from '../../test/api-server.js';
import { signJwt } from '../jwt.js';

/** The claims of a JWT the server issued (no verification: tests read their own tokens). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A token signed with the server's secret, as an attacker who stole it would sign one. */
export function signWithServerSecret(claims: Record<string, unknown>): string {
  return signJwt(claims, TEST_JWT_SECRET);
}

/** Correctly signed and unexpired, for a user and session that do not exist (or no longer do). */
export function tokenForNobody(role = 'ADMIN'): string {
  return signWithServerSecret({ sub: randomUUID(), sid: randomUUID(), role, org: null, exp: Math.floor(Date.now() / 1000) + 600 });
}
