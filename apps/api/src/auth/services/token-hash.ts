import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'slk_';

/** API tokens are 256 random bits, so a fast hash is enough (no dictionary to attack). */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}
