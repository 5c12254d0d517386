import { tenantOf, actorMay, type Actor } from '../common/access/actor.js';

/**
 * May this caller see organisation `organisationId` at all? The same answer `organisation(id)`
 * gives: ORGANISATION_READ, and the caller's own tenant unless it is centre-wide.
 */
export function mayReadOrganisation(actor: Actor | null, organisationId: string | null): boolean {
  if (!actor || !organisationId || !actorMay(actor, 'ORGANISATION_READ')) return false;
  const tenant = tenantOf(actor);
  return tenant === null || tenant === organisationId;
}

/**
 * May this caller list the people of an organisation? Staff with USER_READ may; a founder may
 * list the colleagues of their own organisation. A consultant (no USER_READ) and API tokens
 * (no scope grants people) may not.
 */
export function mayReadMembersOf(actor: Actor | null, organisationId: string): boolean {
  if (!actor) return false;
  if (actorMay(actor, 'USER_READ')) return true;
  return actor.kind === 'user' && tenantOf(actor) === organisationId;
}
