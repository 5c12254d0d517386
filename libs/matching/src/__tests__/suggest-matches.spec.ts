import { MatchingInputInvalidError, suggestMatches, type MatchingInput } from '../index.js';
import { need, resource, tags } from './factories.js';

const rs = tags({ industries: ['remote-sensing'] });
const med = tags({ industries: ['healthcare'] });

/**
 * Greedy gives the all-round mentor A to n1 (its best pair), leaving n2 — whom only A suits well
 * — with nothing feasible; the optimum gives n1 its second-best mentor B and n2 mentor A.
 */
function contended(solver: MatchingInput['solver'], capacityA = 1): MatchingInput {
  return {
    solver,
    needs: [
      need({ id: 'n1', tags: tags({ industries: ['remote-sensing', 'healthcare'] }), postedAt: '2026-11-01T00:00:00Z' }),
      need({ id: 'n2', tags: rs, competitorOrganisationIds: ['org-b'], postedAt: '2026-11-02T00:00:00Z' }),
    ],
    resources: [
      resource({ id: 'A', tags: tags({ industries: ['remote-sensing', 'healthcare'] }), capacity: capacityA }),
      resource({ id: 'B', tags: med, capacity: 1, ownerOrganisationId: 'org-b' }),
    ],
  };
}

describe('suggestMatches', () => {
  it.each(['HUNGARIAN', 'LP', 'AUTO'] as const)('%s beats greedy where greedy blocks a need', async (solver) => {
    const result = await suggestMatches(contended(solver));
    expect(result.method).toBe(solver === 'LP' ? 'LP' : 'HUNGARIAN');
    expect(result.needs.map((n) => n.assigned?.resourceId ?? null)).toEqual(['B', 'A']);
    expect(result.greedyAssignments.map((p) => [p.needId, p.resourceId])).toEqual([['n1', 'A']]);
    expect(result.totalScore).toBeGreaterThan(result.greedyTotalScore);
    // n2 competes with B's owner: B is never proposed to it, not even in its ranked list.
    expect(result.needs[1]!.ranked.map((p) => p.resourceId)).toEqual(['A']);
  });

  it('uses the LP when a resource has more than one place left, and fills the places', async () => {
    const result = await suggestMatches(contended('AUTO', 2));
    expect(result.method).toBe('LP');
    expect(result.usedIntegerMode).toBe(false);
    expect(result.needs.map((n) => n.assigned?.resourceId ?? null)).toEqual(['A', 'A']);
  });

  it('gives a need several resources when placesPerNeed > 1, never the same one twice', async () => {
    const input: MatchingInput = {
      placesPerNeed: 2,
      needs: [need({ id: 'n1', tags: rs })],
      resources: [resource({ id: 'A', tags: rs }), resource({ id: 'B', tags: rs, capacity: 5 }), resource({ id: 'C' })],
    };
    const result = await suggestMatches(input);
    expect(result.method).toBe('LP');
    expect(result.needs[0]!.assignments.map((p) => p.resourceId).sort()).toEqual(['A', 'B']);
    expect(result.needs[0]!.assigned!.resourceId).toBe(result.needs[0]!.assignments[0]!.resourceId);
  });

  it('ranks only feasible pairs, best first, cut to rankedPerNeed, in the input order of needs', async () => {
    const input: MatchingInput = {
      rankedPerNeed: 2,
      needs: [need({ id: 'late', tags: rs, postedAt: '2026-11-05T00:00:00Z' }), need({ id: 'early', tags: med, postedAt: '2026-11-01T00:00:00Z' })],
      resources: [
        resource({ id: 'r-full', tags: rs, capacity: 2, used: 2 }),
        resource({ id: 'r-away', tags: rs, available: false }),
        resource({ id: 'r-investor', kind: 'INVESTOR', tags: rs }),
        resource({ id: 'r-rs', tags: rs }),
        resource({ id: 'r-med', tags: med }),
        resource({ id: 'r-plain' }),
      ],
    };
    const result = await suggestMatches(input);
    expect(result.needs.map((n) => n.needId)).toEqual(['late', 'early']);
    expect(result.needs[0]!.ranked.map((p) => p.resourceId)).toEqual(['r-rs', 'r-med']);
    expect(result.needs[1]!.ranked.map((p) => p.resourceId)).toEqual(['r-med', 'r-plain']);
    expect(result.needs[0]!.ranked[0]!.score).toBeGreaterThan(result.needs[0]!.ranked[1]!.score);
  });

  it('between equally good assignments, the older need gets the better resource', async () => {
    for (const solver of ['HUNGARIAN', 'LP', 'GREEDY'] as const) {
      const result = await suggestMatches({
        solver,
        needs: [need({ id: 'b-new', postedAt: '2026-11-03T00:00:00Z' }), need({ id: 'a-old', postedAt: '2026-11-01T00:00:00Z' })],
        resources: [resource({ id: 'good', tags: tags({ stages: ['ADAPTATION'] }), capacity: 1 }), resource({ id: 'fair', capacity: 1 })],
      });
      expect([solver, result.needs.map((n) => n.assigned?.resourceId)]).toEqual([solver, ['fair', 'good']]);
    }
  });

  it('refuses invalid input with the validation codes', async () => {
    const bad: MatchingInput = { needs: [], resources: [resource({ id: 'r', capacity: -1 })] };
    await expect(suggestMatches(bad)).rejects.toBeInstanceOf(MatchingInputInvalidError);
    await expect(suggestMatches(bad)).rejects.toMatchObject({ errors: [{ code: 'NEGATIVE_CAPACITY', subject: 'r' }] });
  });

  it('answers an empty input', async () => {
    const result = await suggestMatches({ needs: [], resources: [] });
    expect(result).toMatchObject({ needs: [], totalScore: 0, greedyTotalScore: 0, candidatePairs: 0 });
  });
});
