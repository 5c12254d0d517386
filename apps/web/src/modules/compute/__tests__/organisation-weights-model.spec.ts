import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { byLoad, draftErrors } from '../organisation-weights-model';

const t = ((key: string) => key) as unknown as TFunction;
const draft = { weight: 1, quotaCards: null, urgentCardHoursPerMonth: 0 };

describe('the weights draft', () => {
  it('passes a sensible draft', () => {
    expect(draftErrors(draft, 1264, t)).toEqual({});
    expect(draftErrors({ ...draft, quotaCards: 1264 }, 1264, t)).toEqual({});
  });

  it('names a negative or zero weight, a quota above the centre and a negative budget, instead of clamping them', () => {
    expect(draftErrors({ ...draft, weight: -5 }, 1264, t)).toEqual({ weight: 'request.problem.INVALID_WEIGHT' });
    expect(draftErrors({ ...draft, weight: 0 }, 1264, t)).toEqual({ weight: 'request.problem.INVALID_WEIGHT' });
    expect(draftErrors({ ...draft, quotaCards: 100_000 }, 1264, t)).toEqual({ quotaCards: 'request.problem.QUOTA_EXCEEDS_CAPACITY' });
    expect(draftErrors({ ...draft, quotaCards: 0 }, 1264, t)).toEqual({ quotaCards: 'request.problem.INVALID_QUOTA' });
    expect(draftErrors({ ...draft, urgentCardHoursPerMonth: -1 }, 1264, t)).toEqual({ urgentCardHoursPerMonth: 'compute.urgentBudgetRule' });
    expect(draftErrors({ ...draft, weight: null }, 1264, t)).toEqual({ weight: 'compute.weightRequired' });
  });

  it('does not judge the quota against the centre before its size is known', () => {
    expect(draftErrors({ ...draft, quotaCards: 100_000 }, null, t)).toEqual({});
  });

  it('orders the busiest organisations first, then by name', () => {
    const row = (name: string, runningCards: number, queuedRequests: number) => ({ organisation: { name }, runningCards, queuedRequests });
    expect(byLoad([row('b', 0, 0), row('a', 0, 0), row('c', 8, 0), row('d', 0, 2)]).map((r) => r.organisation.name)).toEqual(['d', 'c', 'a', 'b']);
  });
});
