import { isStaff, roleHasPermission, scopesHavePermission } from '@suanli/domain';
import type { Permission, Role, TokenScope } from '@suanli/domain';

/** Who is calling: a signed-in person or an integration token. */
export interface Actor {
  kind: 'user' | 'token';
  id: string;
  role: Role;
  /** The tenant this caller is bound to; null for the centre's staff and centre-wide tokens. */
  organisationId: string | null;
  scopes: readonly TokenScope[];
  /** The live session a signed-in person acts through (absent for API tokens). */
  sessionId?: string;
  /** When the credential (session or API token) expires; open subscriptions close then. */
  expiresAt?: Date;
}

export function actorMay(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'token'
    ? scopesHavePermission(actor.scopes, permission)
    : roleHasPermission(actor.role, permission);
}

/**
 * The organisation whose rows this caller may see, or null for all of them.
 * Founders and organisation-bound tokens are confined to their tenant.
 */
export function tenantOf(actor: Actor): string | null {
  if (actor.kind === 'user' && isStaff(actor.role)) return null;
  if (actor.kind === 'token' && actor.organisationId === null) return null;
  return actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
}
