import { munkres } from 'munkres';
import type { ScoredPair } from '../model/types.js';
import { totalOf, type Assignment, type AssignmentProblem } from './problem.js';

/**
 * One place per need, solved with the Hungarian algorithm (munkres) per resource kind — pairs
 * never cross kinds, so the matrix is block-diagonal and each block is solved alone. A resource
 * with k places left becomes k columns. Profit = score·K + tie, where the tie term — the need's
 * age rank × score (older needs get the better of equally good assignments), then the lower
 * resource id — summed over all rows stays below K: the best total score always wins and ties
 * are broken the same way every time. Infeasible cells have profit 0 and are
 * dropped from the answer (a max-weight matching never needs them).
 */
export function assignHungarian(problem: AssignmentProblem): Assignment {
  if (problem.placesPerNeed !== 1) throw new Error('assignHungarian: one place per need only');
  const byKind = new Map<string, ScoredPair[]>();
  const kindOfNeed = new Map(problem.needs.map((n) => [n.id, n.kind]));
  for (const pair of problem.pairs) {
    const kind = kindOfNeed.get(pair.needId)!;
    const list = byKind.get(kind);
    if (list) list.push(pair);
    else byKind.set(kind, [pair]);
  }
  const chosen: ScoredPair[] = [];
  for (const kind of [...byKind.keys()].sort()) chosen.push(...solveBlock(problem, byKind.get(kind)!));
  return { pairs: chosen, total: totalOf(chosen) };
}

function solveBlock(problem: AssignmentProblem, pairs: readonly ScoredPair[]): ScoredPair[] {
  const needIds = [...new Set(pairs.map((p) => p.needId))].sort((a, b) => problem.needRank.get(a)! - problem.needRank.get(b)!);
  const resourceIds = [...new Set(pairs.map((p) => p.resourceId))].sort((a, b) => problem.resourceRank.get(a)! - problem.resourceRank.get(b)!);
  const row = new Map(needIds.map((id, i) => [id, i]));
  const resourceIndex = new Map(resourceIds.map((id, i) => [id, i]));
  // A resource can't take more needs than the block has, so extra places need no columns.
  const columns: number[] = [];
  const columnsOf: number[][] = resourceIds.map(() => []);
  resourceIds.forEach((id, r) => {
    const copies = Math.min(problem.capacityLeft.get(id) ?? 0, needIds.length);
    for (let c = 0; c < copies; c += 1) {
      columnsOf[r]!.push(columns.length);
      columns.push(r);
    }
  });
  const M = needIds.length;
  const R = resourceIds.length;
  const maxScore = pairs.reduce((max, p) => Math.max(max, p.score), 1);
  // The tie term of a row is at most (M·maxScore + 1)·(R + 1); K is above the sum of M of them.
  const exactK = M * (M * maxScore + 1) * (R + 1) + 1;
  // Exact integers only: without room below 2^53 the tie term is dropped (order still fixed).
  const K = exactK * (maxScore + 1) * M < Number.MAX_SAFE_INTEGER ? exactK : 1;
  const tie = (n: number, r: number, score: number) => (K === 1 ? 0 : (M - n) * score * (R + 1) + (R - r));

  const profit: number[][] = Array.from({ length: M }, () => new Array<number>(columns.length).fill(0));
  const pairAt = new Map<number, ScoredPair>();
  for (const pair of pairs) {
    const n = row.get(pair.needId)!;
    const r = resourceIndex.get(pair.resourceId)!;
    pairAt.set(n * R + r, pair);
    const value = pair.score * K + tie(n, r, pair.score);
    for (const c of columnsOf[r]!) profit[n]![c] = value;
  }
  let max = 0;
  for (const line of profit) for (const v of line) if (v > max) max = v;
  const cost = profit.map((line) => line.map((v) => max - v));
  const chosen: ScoredPair[] = [];
  for (const [n, c] of munkres(cost)) {
    const pair = pairAt.get(n * R + columns[c]!);
    if (pair && profit[n]![c]! > 0) chosen.push(pair);
  }
  return chosen;
}
