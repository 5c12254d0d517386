import fc from 'fast-check';
import { infeasibility, placesLeft, scorePair, suggestMatches, type MatchingInput, type MatchingResult } from '../index.js';
import { matchingInputArbitrary, sampleMatchingInput, type WorldSpec } from '../testing/index.js';

/** Small worlds with few organisations, so conflicts, full resources and ties are common. */
const SMALL: WorldSpec = { needs: [0, 14], resources: [0, 10], history: [0, 12], startups: 5, externals: 3 };

const optionsArb = fc.record({
  placesPerNeed: fc.constantFrom(1, 1, 2, 3),
  rankedPerNeed: fc.constantFrom(0, 1, 3, 5),
  solver: fc.constantFrom('AUTO', 'LP', 'GREEDY', 'HUNGARIAN') as fc.Arbitrary<NonNullable<MatchingInput['solver']>>,
  // Pruned candidates: the total must still be at least the baseline's over all feasible pairs.
  candidatesPerNeed: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 3 }),
});

const inputArb = fc
  .tuple(matchingInputArbitrary(SMALL), optionsArb)
  .map(([world, options]) => ({ ...world, ...options, solver: options.placesPerNeed === 1 ? options.solver : options.solver === 'HUNGARIAN' ? 'LP' : options.solver }));

/** Everything the contract promises about one result. */
function checkInvariants(input: MatchingInput, result: MatchingResult): void {
  const needs = new Map(input.needs.map((n) => [n.id, n]));
  const resources = new Map(input.resources.map((r) => [r.id, r]));
  const places = input.placesPerNeed ?? 1;
  const ranked = input.rankedPerNeed ?? 5;
  expect(result.needs.map((n) => n.needId)).toEqual(input.needs.map((n) => n.id));

  const perResource = new Map<string, number>();
  let total = 0;
  for (const s of result.needs) {
    const need = needs.get(s.needId)!;
    // Ranked: only feasible pairs, best first, the best `ranked` of all feasible ones.
    const feasible = input.resources.filter((r) => infeasibility(need, r) === null);
    expect(s.ranked.length).toBe(Math.min(ranked, feasible.length));
    for (let i = 0; i < s.ranked.length; i += 1) {
      const pair = s.ranked[i]!;
      expect(infeasibility(need, resources.get(pair.resourceId)!)).toBeNull();
      if (i > 0) expect(pair.score).toBeLessThanOrEqual(s.ranked[i - 1]!.score);
    }
    if (s.ranked.length > 0 && s.ranked.length < feasible.length) {
      const best = Math.max(...feasible.map((r) => scorePair(need, r, input.history ?? [])!.score));
      expect(s.ranked[0]!.score).toBe(best);
    }
    // Assigned: feasible, within places per need, no resource twice, `assigned` is the best of them.
    expect(s.assignments.length).toBeLessThanOrEqual(places);
    expect(new Set(s.assignments.map((p) => p.resourceId)).size).toBe(s.assignments.length);
    expect(s.assigned).toEqual(s.assignments[0] ?? null);
    for (const pair of s.assignments) {
      expect(pair.needId).toBe(need.id);
      expect(infeasibility(need, resources.get(pair.resourceId)!)).toBeNull();
      expect(Number.isInteger(pair.score) && pair.score >= 1).toBe(true);
      perResource.set(pair.resourceId, (perResource.get(pair.resourceId) ?? 0) + 1);
      total += pair.score;
    }
  }
  for (const [id, used] of perResource) expect(used).toBeLessThanOrEqual(placesLeft(resources.get(id)!));
  expect(result.totalScore).toBe(total);
  expect(result.totalScore).toBeGreaterThanOrEqual(result.greedyTotalScore);
  expect(result.greedyTotalScore).toBe(result.greedyAssignments.reduce((sum, p) => sum + p.score, 0));
}

describe('suggestMatches properties', () => {
  it('capacities, conflicts, ranked lists and total ≥ greedy hold on any input', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        checkInvariants(input, await suggestMatches(input));
      }),
      { numRuns: 300 },
    );
  });

  it('the same input gives the same suggestions, whatever the order of needs, resources and history', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.integer(), async (input, salt) => {
        const first = await suggestMatches(input);
        expect(await suggestMatches(input)).toEqual(first);
        const shuffled = { ...input, resources: shuffle(input.resources, salt), history: shuffle(input.history ?? [], salt + 1) };
        expect(await suggestMatches(shuffled)).toEqual(first);
        // Needs come back in input order; each need's suggestions do not depend on that order.
        const reordered = await suggestMatches({ ...input, needs: shuffle(input.needs, salt + 2) });
        const byNeed = (r: MatchingResult) => new Map(r.needs.map((n) => [n.needId, n]));
        expect(byNeed(reordered)).toEqual(byNeed(first));
        expect(reordered.totalScore).toBe(first.totalScore);
      }),
      { numRuns: 150 },
    );
  });

  it('Hungarian and LP agree on the optimal total for one place per need', async () => {
    await fc.assert(
      fc.asyncProperty(matchingInputArbitrary(SMALL), async (world) => {
        const hungarian = await suggestMatches({ ...world, solver: 'HUNGARIAN' });
        const lp = await suggestMatches({ ...world, solver: 'LP' });
        expect(hungarian.totalScore).toBe(lp.totalScore);
        expect(lp.usedIntegerMode).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('holds on a generated centre of 200 needs × 100 resources, and beats greedy there', async () => {
    const input = sampleMatchingInput({ needs: [200, 200], resources: [100, 100], history: [300, 300], startups: 80, externals: 30 }, 11);
    const result = await suggestMatches(input);
    checkInvariants(input, result);
    expect(result.method).toBe('LP');
    expect(result.totalScore).toBeGreaterThan(result.greedyTotalScore);
  });
});

/** A deterministic permutation (Fisher–Yates driven by a linear congruential sequence of `salt`). */
function shuffle<T>(items: readonly T[], salt: number): T[] {
  const out = [...items];
  let state = salt >>> 0;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
