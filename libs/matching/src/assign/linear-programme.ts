import type { Highs, ModelData } from 'highs';
import { totalOf, type Assignment, type AssignmentProblem, type CandidatePair } from './problem.js';

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
 * `integerFromTheStart` skips the LP (for side constraints that break total unimodularity, and tests).
 */
export function assignLinearProgramme(problem: AssignmentProblem, highs: Highs, integerFromTheStart = false): LpAssignment {
  const pairs = problem.pairs;
  if (pairs.length === 0) return { pairs: [], total: 0, usedIntegerMode: false };
  // Rows: one per need, then one per resource, that has a candidate pair.
  const needRow = new Int32Array(problem.needs.length).fill(-1);
  const resourceRow = new Int32Array(problem.resources.length).fill(-1);
  let numRows = 0;
  for (const p of pairs) if (needRow[p.need] === -1) needRow[p.need] = numRows++;
  for (const p of pairs) if (resourceRow[p.resource] === -1) resourceRow[p.resource] = numRows++;

  const N = Math.max(1, problem.needs.length);
  const R = Math.max(1, problem.resources.length);
  const S = N * problem.placesPerNeed;
  const maxScore = pairs.reduce((max, p) => Math.max(max, p.score), 1);
  const colCost = new Float64Array(pairs.length);
  const starts = new Int32Array(pairs.length + 1);
  const indices = new Int32Array(pairs.length * 2);
  const values = new Float64Array(pairs.length * 2).fill(1);
  pairs.forEach((p, j) => {
    const needTie = ((0.4 * (N - p.need)) / N) * (p.score / maxScore);
    const resourceTie = (0.4 * (R - p.resource)) / R / S;
    colCost[j] = p.score * S + needTie + resourceTie;
    starts[j] = 2 * j;
    // CSC wants row indices ascending within a column: need rows come before resource rows.
    indices[2 * j] = needRow[p.need]!;
    indices[2 * j + 1] = resourceRow[p.resource]!;
  });
  starts[pairs.length] = 2 * pairs.length;
  const rowUpper = new Float64Array(numRows);
  for (const row of needRow) if (row >= 0) rowUpper[row] = problem.placesPerNeed;
  resourceRow.forEach((row, r) => {
    if (row >= 0) rowUpper[row] = problem.capacityLeft[r]!;
  });

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

  let x = solve(highs, model, integerFromTheStart);
  let usedIntegerMode = integerFromTheStart;
  if (!x.every((v) => Math.abs(v - Math.round(v)) <= INTEGRAL_TOLERANCE)) {
    x = solve(highs, model, true);
    usedIntegerMode = true;
  }
  const chosen: CandidatePair[] = pairs.filter((_, j) => Math.round(x[j]!) === 1);
  assertWithinBounds(problem, chosen);
  return { pairs: chosen, total: totalOf(chosen), usedIntegerMode };
}

/**
 * LP: presolve off and no scaling — the matrix is all ones, and on the 1,000 × 500 benchmark
 * this halves HiGHS's time (docs/benchmarks/matching.md). Integer mode keeps HiGHS's defaults.
 * The wasm build is single-threaded, so a run repeats exactly.
 */
function solve(highs: Highs, model: ModelData, integer: boolean): Float64Array {
  const data = integer ? { ...model, integrality: new Int32Array(model.numCols).fill(highs.constants.variableType.integer) } : model;
  return highs.withModel(data, (m) => {
    m.options.set(integer ? { output_flag: false, random_seed: 0 } : { presolve: 'off', simplex_scale_strategy: 0, output_flag: false, random_seed: 0 });
    m.run();
    const status = m.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${status}`);
    return m.getSolution().colValue;
  });
}

/** A solver answer that breaks a capacity is a bug here, never something to pass on. */
function assertWithinBounds(problem: AssignmentProblem, chosen: readonly CandidatePair[]): void {
  const perNeed = new Int32Array(problem.needs.length);
  const perResource = new Int32Array(problem.resources.length);
  for (const p of chosen) {
    if (++perNeed[p.need]! > problem.placesPerNeed) throw new Error(`LP gave need ${problem.needs[p.need]!.id} too many places`);
    if (++perResource[p.resource]! > problem.capacityLeft[p.resource]!) throw new Error(`LP over capacity of ${problem.resources[p.resource]!.id}`);
  }
}
