import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { cardsByType, defaultCardType, describeProblem, formFieldOf, requestProblems, toRequest } from '../request-form-model';

const capacity = cardsByType([
  { cardType: 'Ascend 910B', cardsPerNode: 8 },
  { cardType: 'Ascend 910B', cardsPerNode: 8 },
  { cardType: 'Ascend 310P', cardsPerNode: 4 },
]);
const base = { cardType: 'Ascend 910B', cards: 8, hours: 4, priority: 'STANDARD' as const, preemptible: false };
/** Echoes key and parameters, so a test sees what would be translated. */
const t = ((key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify({ ...options, defaultValue: undefined })}`) as unknown as TFunction;

describe('the request form model', () => {
  it('sums cards per type from the nodes', () => {
    expect([...capacity]).toEqual([['Ascend 910B', 16], ['Ascend 310P', 4]]);
  });

  it('keeps impossible values as typed instead of clamping them', () => {
    expect(toRequest({ ...base, cards: 0, hours: -5 })).toMatchObject({ cards: 0, durationS: -18_000 });
    expect(toRequest({ ...base, cards: null })).toBeNull();
  });

  it('names the field at fault, hours for the API’s durationS', () => {
    const problems = requestProblems(toRequest({ ...base, cards: 100_000, hours: -5 }), capacity);
    expect(Object.keys(problems).sort()).toEqual(['cards', 'hours']);
    expect(problems.cards).toMatchObject({ code: 'EXCEEDS_CLUSTER_CAPACITY', params: { max: 16 } });
    expect(problems.hours?.code).toBe('INVALID_DURATION');
    expect(requestProblems(toRequest(base), capacity)).toEqual({});
    expect(formFieldOf('durationS')).toBe('hours');
    expect(formFieldOf('clusterId')).toBeUndefined();
  });

  it('says nothing before the cluster is known', () => {
    expect(requestProblems(toRequest({ ...base, cards: 0 }), new Map())).toEqual({});
  });

  it('words a problem from its code and parameters, and a topology refusal apart from a count', () => {
    expect(describeProblem({ code: 'EXCEEDS_CLUSTER_CAPACITY', params: { cards: 20, cardType: 'X', max: 16 } }, t)).toMatch(/^request\.problem\.EXCEEDS_CLUSTER_CAPACITY .*"max":16/);
    expect(describeProblem({ code: 'EXCEEDS_CLUSTER_CAPACITY', params: { cards: 12, cardType: 'X' } }, t)).toMatch(/^request\.problem\.NEVER_PLACED /);
  });
});

describe('the card type a fresh form opens on', () => {
  it('is Ascend 910B where the chosen cluster has it, else the cluster’s first type', () => {
    expect(defaultCardType(['Ascend 310P', 'Ascend 910B'])).toBe('Ascend 910B');
    expect(defaultCardType(['Ascend 310P'])).toBe('Ascend 310P');
    expect(defaultCardType([])).toBeUndefined();
  });
});
