import type { MatchNeed, MatchResource } from '../model/types.js';
import { placesLeft } from '../feasibility/conflict.js';

/** A feasible pair as the solvers see it: positions in the problem's needs and resources. */
export interface CandidatePair {
  /** Index into AssignmentProblem.needs — also the need's tie-break rank (older first). */
  need: number;
  /** Index into AssignmentProblem.resources (sorted by id). */
  resource: number;
  score: number;
}

/**
 * One assignment problem: needs in tie-break order (older first, then id), resources by id,
 * and the feasible pairs that may be chosen. Every solver reads the same problem, so they
 * differ only in how they choose.
 */
export interface AssignmentProblem {
  needs: readonly MatchNeed[];
  resources: readonly MatchResource[];
  pairs: readonly CandidatePair[];
  placesPerNeed: number;
  /** Places left per resource index. */
  capacityLeft: Int32Array;
}

export interface Assignment {
  pairs: CandidatePair[];
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

/** Higher score first; then the older need; then the lower resource id. */
export function comparePairs(a: CandidatePair, b: CandidatePair): number {
  return b.score - a.score || a.need - b.need || a.resource - b.resource;
}

/** Needs and resources in tie-break order, ready for `pairs` to refer to them by index. */
export function orderProblem(needs: readonly MatchNeed[], resources: readonly MatchResource[], placesPerNeed: number): Omit<AssignmentProblem, 'pairs'> {
  const orderedResources = [...resources].sort((a, b) => compareIds(a.id, b.id));
  return {
    needs: [...needs].sort(compareNeeds),
    resources: orderedResources,
    placesPerNeed,
    capacityLeft: Int32Array.from(orderedResources, placesLeft),
  };
}

export function totalOf(pairs: readonly CandidatePair[]): number {
  let total = 0;
  for (const p of pairs) total += p.score;
  return total;
}
