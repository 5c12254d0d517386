import type { MatchNeed, MatchResource, ScoredPair } from '../model/types.js';
import { placesLeft } from '../feasibility/conflict.js';

/**
 * One assignment problem: needs in tie-break order (older first, then id), resources by id,
 * and the feasible pairs that may be chosen. Every solver reads the same problem, so they
 * differ only in how they choose.
 */
export interface AssignmentProblem {
  needs: readonly MatchNeed[];
  resources: readonly MatchResource[];
  /** Needs' positions in `needs` (their tie-break rank) and resources' in `resources`. */
  needRank: ReadonlyMap<string, number>;
  resourceRank: ReadonlyMap<string, number>;
  /** Feasible pairs, each need's best first. */
  pairs: readonly ScoredPair[];
  placesPerNeed: number;
  /** Places left per resource id. */
  capacityLeft: ReadonlyMap<string, number>;
}

export interface Assignment {
  pairs: ScoredPair[];
  total: number;
}

/** Older needs first, then by id: the order needs break ties in. */
export function compareNeeds(a: MatchNeed, b: MatchNeed): number {
  const byTime = Date.parse(a.postedAt) - Date.parse(b.postedAt);
  if (byTime !== 0) return byTime;
  return compareIds(a.id, b.id);
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Higher score first; then the older need; then need id; then resource id. */
export function comparePairs(problem: Pick<AssignmentProblem, 'needRank' | 'resourceRank'>) {
  return (a: ScoredPair, b: ScoredPair): number =>
    b.score - a.score ||
    problem.needRank.get(a.needId)! - problem.needRank.get(b.needId)! ||
    problem.resourceRank.get(a.resourceId)! - problem.resourceRank.get(b.resourceId)!;
}

export function buildProblem(
  needs: readonly MatchNeed[],
  resources: readonly MatchResource[],
  pairs: readonly ScoredPair[],
  placesPerNeed: number,
): AssignmentProblem {
  const orderedNeeds = [...needs].sort(compareNeeds);
  const orderedResources = [...resources].sort((a, b) => compareIds(a.id, b.id));
  return {
    needs: orderedNeeds,
    resources: orderedResources,
    needRank: new Map(orderedNeeds.map((n, i) => [n.id, i])),
    resourceRank: new Map(orderedResources.map((r, i) => [r.id, i])),
    pairs,
    placesPerNeed,
    capacityLeft: new Map(orderedResources.map((r) => [r.id, placesLeft(r)])),
  };
}

export function totalOf(pairs: readonly ScoredPair[]): number {
  return pairs.reduce((sum, p) => sum + p.score, 0);
}
