import { munkres } from 'munkres';
import { totalOf, type Assignment, type AssignmentProblem, type CandidatePair } from './problem.js';

/**
 * One place per need, solved with the Hungarian algorithm (munkres) per resource kind — pairs
 * never cross kinds, so the matrix is block-diagonal and each block is solved alone. A resource
 * with k places left becomes min(k, needs of the block) columns. Profit = score·K + tie, where
 * the tie term — the need's age rank × score (older needs get the better of equally good
 * assignments), then the lower resource id — summed over all rows stays below K: the best total
 * score always wins and ties are broken the same way every time. Cells of infeasible pairs have
 * profit 0 and are dropped from the answer (a maximum-weight matching never needs them).
 */
export function assignHungarian(problem: AssignmentProblem): Assignment {
  if (problem.placesPerNeed !== 1) throw new Error('assignHungarian: one place per need only');
  const byKind = new Map<string, CandidatePair[]>();
  for (const pair of problem.pairs) {
    const kind = problem.needs[pair.need]!.kind;
    const list = byKind.get(kind);
    if (list) list.push(pair);
    else byKind.set(kind, [pair]);
  }
  const chosen: CandidatePair[] = [];
  for (const kind of [...byKind.keys()].sort()) chosen.push(...solveBlock(problem, byKind.get(kind)!));
  return { pairs: chosen, total: totalOf(chosen) };
}

function solveBlock(problem: AssignmentProblem, pairs: readonly CandidatePair[]): CandidatePair[] {
  const needs = [...new Set(pairs.map((p) => p.need))].sort((a, b) => a - b);
  const resources = [...new Set(pairs.map((p) => p.resource))].sort((a, b) => a - b);
  const row = new Map(needs.map((n, i) => [n, i]));
  const resourceIndex = new Map(resources.map((r, i) => [r, i]));
  const columnsOf: number[][] = [];
  let columnCount = 0;
  for (const r of resources) {
    const copies = Math.min(problem.capacityLeft[r]!, needs.length);
    columnsOf.push(Array.from({ length: copies }, (_, c) => columnCount + c));
    columnCount += copies;
  }
  const columnResource = new Int32Array(columnCount);
  columnsOf.forEach((cols, r) => cols.forEach((c) => (columnResource[c] = r)));

  const M = needs.length;
  const R = resources.length;
  const maxScore = pairs.reduce((max, p) => Math.max(max, p.score), 1);
  // The tie term of a row is at most (M·maxScore + 1)·(R + 1); K is above the sum of M of them.
  const exactK = M * (M * maxScore + 1) * (R + 1) + 1;
  // Exact integers only: without room below 2^53 the tie term is dropped (order still fixed).
  const K = exactK * (maxScore + 1) * M < Number.MAX_SAFE_INTEGER ? exactK : 1;
  const tie = (n: number, r: number, score: number) => (K === 1 ? 0 : (M - n) * score * (R + 1) + (R - r));

  const profit = Array.from({ length: M }, () => new Float64Array(columnCount));
  const pairAt = new Map<number, CandidatePair>();
  let max = 0;
  for (const pair of pairs) {
    const n = row.get(pair.need)!;
    const r = resourceIndex.get(pair.resource)!;
    pairAt.set(n * R + r, pair);
    const value = pair.score * K + tie(n, r, pair.score);
    if (value > max) max = value;
    for (const c of columnsOf[r]!) profit[n]![c] = value;
  }
  const cost = profit.map((line) => line.map((v) => max - v));
  const chosen: CandidatePair[] = [];
  for (const [n, c] of munkres(cost)) {
    const pair = pairAt.get(n * R + columnResource[c]!);
    if (pair && profit[n]![c]! > 0) chosen.push(pair);
  }
  return chosen;
}
