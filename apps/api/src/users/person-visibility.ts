import { actorMay, tenantOf, type Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';

interface Person {
  id: string;
  organisationId: string | null;
}

/** Who signed in during this very request (signIn answers with its own user before any actor exists). */
const signedInNow = new WeakMap<RequestContext, string>();

export function rememberSignedIn(ctx: RequestContext, userId: string): void {
  signedInNow.set(ctx, userId);
}

export function isSignedInNow(ctx: RequestContext, userId: string): boolean {
  return signedInNow.get(ctx) === userId;
}

/**
 * May this caller see this person's details (email, role, organisation)? Themselves; staff with
 * USER_READ; a founder their own organisation's colleagues. Nobody else: not a consultant, not
 * an API token, not a founder looking at the centre's staff in a project's history.
 */
export function mayReadPerson(actor: Actor | null, ctx: RequestContext, person: Person): boolean {
  if (isSignedInNow(ctx, person.id)) return true;
  if (!actor) return false;
  if (actor.kind === 'user' && actor.id === person.id) return true;
  if (actorMay(actor, 'USER_READ')) return true;
  const tenant = actor.kind === 'user' ? tenantOf(actor) : null;
  return tenant !== null && tenant === person.organisationId;
}
