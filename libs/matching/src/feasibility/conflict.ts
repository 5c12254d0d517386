import type { ConflictKind, InfeasibleReason, MatchNeed, MatchResource } from '../model/types.js';

/**
 * The conflict of interest between a need's startup and a resource, or null. Checked in this
 * order, so the most direct relation is named: the startup owns the resource; the owner is one
 * of the startup's competitors; an investor holds a competitor; the resource declared the startup.
 */
export function conflictBetween(need: MatchNeed, resource: MatchResource): ConflictKind | null {
  const startup = need.organisationId;
  if (resource.ownerOrganisationId !== null && resource.ownerOrganisationId === startup) return 'SELF';
  const competitors = need.competitorOrganisationIds;
  if (resource.ownerOrganisationId !== null && competitors.includes(resource.ownerOrganisationId)) return 'COMPETITOR';
  if (resource.investedInOrganisationIds.some((id) => competitors.includes(id))) return 'INVESTED_IN_COMPETITOR';
  if (resource.declaredConflictOrganisationIds.includes(startup)) return 'DECLARED';
  return null;
}

/** Places the resource can still give this period (never negative). */
export function placesLeft(resource: MatchResource): number {
  return Math.max(0, resource.capacity - resource.used);
}

/** Why the pair cannot be matched, or null when it can (same kind, available, a place left, no conflict). */
export function infeasibility(need: MatchNeed, resource: MatchResource): InfeasibleReason | null {
  if (need.kind !== resource.kind) return 'KIND_MISMATCH';
  if (!resource.available) return 'UNAVAILABLE';
  if (placesLeft(resource) <= 0) return 'NO_CAPACITY_LEFT';
  return conflictBetween(need, resource);
}
