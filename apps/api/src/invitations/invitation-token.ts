import { randomBytes } from 'node:crypto';
import { hashApiToken } from '../auth/index.js';

/** 256 random bits, URL-safe; only its SHA-256 is stored (a fast hash suffices for random secrets). */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string): string => hashApiToken(token);

/** The shape newInvitationToken produces; anything else is not worth a database lookup. */
export const looksLikeInvitationToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
