import { loadHighsRuntime } from '../assign/highs-runtime.js';
import { assignGreedy } from '../assign/greedy.js';
import { assignLinearProgramme } from '../assign/linear-programme.js';
import { orderProblem, type AssignmentProblem, type CandidatePair } from '../assign/problem.js';
import { OutcomeHistory } from '../scoring/past-outcomes.js';
import { scoreOnly } from '../scoring/score-pair.js';
import { DEFAULT_WEIGHTS } from '../scoring/weights.js';
import { sampleMatchingInput } from '../testing/index.js';

function problemOf(seed: number, placesPerNeed: number): AssignmentProblem {
  const input = sampleMatchingInput({ needs: [120, 120], resources: [60, 60], history: [100, 100], startups: 50, externals: 20 }, seed);
  const ordered = orderProblem(input.needs, input.resources, placesPerNeed);
  const history = new OutcomeHistory(input.history ?? []);
  const pairs: CandidatePair[] = [];
  ordered.needs.forEach((need, n) =>
    ordered.resources.forEach((resource, r) => {
      const score = scoreOnly(need, resource, history, DEFAULT_WEIGHTS);
      if (score !== null) pairs.push({ need: n, resource: r, score });
    }),
  );
  return { ...ordered, pairs };
}

describe('assignLinearProgramme', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
  ])('the LP optimum is integral and equals the integer-mode optimum (seed %i, places per need: %i)', async (seed, places) => {
    const highs = await loadHighsRuntime();
    const problem = problemOf(seed, places);
    const lp = assignLinearProgramme(problem, highs);
    const mip = assignLinearProgramme(problem, highs, true);
    expect(lp.usedIntegerMode).toBe(false);
    expect(mip.usedIntegerMode).toBe(true);
    expect(lp.total).toBe(mip.total);
    expect(lp.total).toBeGreaterThan(assignGreedy(problem).total);
  });
});
