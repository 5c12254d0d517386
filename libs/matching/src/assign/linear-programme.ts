import type { Highs, ModelData } from 'highs';
import type { ScoredPair } from '../model/types.js';
import { totalOf, type Assignment, type AssignmentProblem } from './problem.js';

const INTEGRAL_TOLERANCE = 1e-6;

export interface LpAssignment extends Assignment {
  usedIntegerMode: boolean;
}

/**
 * Bounded many-to-many assignment as a linear programme over the feasible pairs only:
 *   maximise Σ c_p·x_p  s.t.  Σ_{p of need n} x_p ≤ placesPerNeed,  Σ_{p of resource r} x_p ≤ places left of r,  0 ≤ x ≤ 1.
 * The constraint matrix is that of a bipartite graph, so it is totally unimodular and the simplex
 * optimum is a vertex with integral x; that is checked, and integer mode is used only if not.
 *
 * c_p = score·S + tie, S = needs·placesPerNeed. The tie term is 0.4·(age weight of the need)·score/maxScore
 * plus a smaller one for the resource id; over all chosen pairs they add up to less than S, so
 * the integer total score is maximised first and, among equal totals, older needs get the better
 * pairs, then lower resource ids win — the same input always gives the same choice.
 */
export function assignLinearProgramme(problem: AssignmentProblem, highs: Highs): LpAssignment {
  const pairs = problem.pairs;
  if (pairs.length === 0) return { pairs: [], total: 0, usedIntegerMode: false };
  const needRow = new Map<string, number>();
  for (const p of pairs) if (!needRow.has(p.needId)) needRow.set(p.needId, needRow.size);
  const resourceRow = new Map<string, number>();
  for (const p of pairs) if (!resourceRow.has(p.resourceId)) resourceRow.set(p.resourceId, needRow.size + resourceRow.size);

  const N = Math.max(1, problem.needs.length);
  const R = Math.max(1, problem.resources.length);
  const S = N * problem.placesPerNeed;
  const maxScore = pairs.reduce((max, p) => Math.max(max, p.score), 1);
  const colCost = new Float64Array(pairs.length);
  const starts = new Int32Array(pairs.length + 1);
  const indices = new Int32Array(pairs.length * 2);
  const values = new Float64Array(pairs.length * 2).fill(1);
  pairs.forEach((p, j) => {
    const needTie = ((0.4 * (N - problem.needRank.get(p.needId)!)) / N) * (p.score / maxScore);
    const resourceTie = (0.4 * (R - problem.resourceRank.get(p.resourceId)!)) / R / S;
    colCost[j] = p.score * S + needTie + resourceTie;
    starts[j] = 2 * j;
    indices[2 * j] = needRow.get(p.needId)!;
    indices[2 * j + 1] = resourceRow.get(p.resourceId)!;
  });
  starts[pairs.length] = 2 * pairs.length;
  const numRows = needRow.size + resourceRow.size;
  const rowUpper = new Float64Array(numRows);
  for (const row of needRow.values()) rowUpper[row] = problem.placesPerNeed;
  for (const [id, row] of resourceRow) rowUpper[row] = problem.capacityLeft.get(id) ?? 0;

  const model: ModelData = {
    numCols: pairs.length,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(pairs.length),
    colUpper: new Float64Array(pairs.length).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc' as const, numRows, numCols: pairs.length, starts, indices, values },
  };

  let x = solve(highs, model, false);
  let usedIntegerMode = false;
  if (!x.every((v) => Math.abs(v - Math.round(v)) <= INTEGRAL_TOLERANCE)) {
    x = solve(highs, model, true);
    usedIntegerMode = true;
  }
  const chosen: ScoredPair[] = pairs.filter((_, j) => Math.round(x[j]!) === 1);
  assertWithinBounds(problem, chosen);
  return { pairs: chosen, total: totalOf(chosen), usedIntegerMode };
}

function solve(highs: Highs, model: ModelData, integer: boolean): Float64Array {
  const data = integer ? { ...model, integrality: new Int32Array(model.numCols).fill(highs.constants.variableType.integer) } : model;
  return highs.withModel(data, (m) => {
    m.options.set({ output_flag: false, random_seed: 0 }); // the wasm build is single-threaded: runs repeat exactly
    m.run();
    const status = m.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${status}`);
    return m.getSolution().colValue;
  });
}

/** A solver answer that breaks a capacity is a bug here, never something to pass on. */
function assertWithinBounds(problem: AssignmentProblem, chosen: readonly ScoredPair[]): void {
  const perNeed = new Map<string, number>();
  const perResource = new Map<string, number>();
  for (const p of chosen) {
    perNeed.set(p.needId, (perNeed.get(p.needId) ?? 0) + 1);
    perResource.set(p.resourceId, (perResource.get(p.resourceId) ?? 0) + 1);
  }
  for (const [id, n] of perNeed) if (n > problem.placesPerNeed) throw new Error(`LP gave need ${id} ${n} places`);
  for (const [id, n] of perResource) if (n > (problem.capacityLeft.get(id) ?? 0)) throw new Error(`LP over capacity of ${id}`);
}
