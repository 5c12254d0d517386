import { MAX_DURATION_S, MIN_DURATION_S } from '../allocation.js';
import { checkAllocationRequest, checkSchedulingSettings } from '../request-rules.js';

const cluster = new Map([['Ascend 910B', 1200], ['Ascend 310P', 64]]);
const ok = { cards: 8, cardType: 'Ascend 910B', durationS: 4 * 3600 };
const codes = (problems: { code: string; field: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('checkAllocationRequest', () => {
  it('finds nothing wrong with a request the cluster can hold', () => {
    expect(checkAllocationRequest(ok, cluster)).toEqual([]);
    expect(checkAllocationRequest({ ...ok, cards: 1200, durationS: MAX_DURATION_S }, cluster)).toEqual([]);
    expect(checkAllocationRequest({ ...ok, cards: 1, durationS: MIN_DURATION_S }, cluster)).toEqual([]);
  });

  it('refuses card counts below one, fractions and more cards than the type has', () => {
    expect(codes(checkAllocationRequest({ ...ok, cards: 0 }, cluster))).toEqual(['cards:INVALID_CARD_COUNT']);
    expect(codes(checkAllocationRequest({ ...ok, cards: -5 }, cluster))).toEqual(['cards:INVALID_CARD_COUNT']);
    expect(codes(checkAllocationRequest({ ...ok, cards: 2.5 }, cluster))).toEqual(['cards:INVALID_CARD_COUNT']);
    const [tooMany] = checkAllocationRequest({ ...ok, cards: 100_000 }, cluster);
    expect(tooMany).toMatchObject({ code: 'EXCEEDS_CLUSTER_CAPACITY', field: 'cards', params: { cards: 100_000, max: 1200 } });
    expect(codes(checkAllocationRequest({ cards: 65, cardType: 'Ascend 310P', durationS: 3600 }, cluster))).toEqual(['cards:EXCEEDS_CLUSTER_CAPACITY']);
  });

  it('refuses time limits outside the bounds, including negative ones, and unknown card types', () => {
    for (const durationS of [-5 * 3600, 0, MIN_DURATION_S - 1, MAX_DURATION_S + 1, Number.NaN]) {
      expect(codes(checkAllocationRequest({ ...ok, durationS }, cluster))).toEqual(['durationS:INVALID_DURATION']);
    }
    expect(codes(checkAllocationRequest({ ...ok, cardType: 'H100' }, cluster))).toEqual(['cardType:UNKNOWN_CARD_TYPE']);
  });

  it('reports every problem at once, one per field', () => {
    expect(codes(checkAllocationRequest({ cards: 0, cardType: 'Ascend 910B', durationS: -1 }, cluster))).toEqual(['cards:INVALID_CARD_COUNT', 'durationS:INVALID_DURATION']);
  });
});

describe('checkSchedulingSettings', () => {
  it('accepts weights within bounds and quotas up to the centre’s cards', () => {
    expect(checkSchedulingSettings({ weight: 0.1, quotaCards: null }, 1264)).toEqual([]);
    expect(checkSchedulingSettings({ weight: 100, quotaCards: 1264 }, 1264)).toEqual([]);
  });

  it('refuses weights at or below zero and above the maximum', () => {
    for (const weight of [-5, 0, 0.05, 100.5, Number.POSITIVE_INFINITY]) {
      expect(codes(checkSchedulingSettings({ weight, quotaCards: null }, 1264))).toEqual(['weight:INVALID_WEIGHT']);
    }
  });

  it('refuses a quota the centre could never fill, and quotas below one card', () => {
    const [tooBig] = checkSchedulingSettings({ weight: 1, quotaCards: 100_000 }, 1264);
    expect(tooBig).toMatchObject({ code: 'QUOTA_EXCEEDS_CAPACITY', field: 'quotaCards', params: { quota: 100_000, max: 1264 } });
    expect(codes(checkSchedulingSettings({ weight: 1, quotaCards: 0 }, 1264))).toEqual(['quotaCards:INVALID_QUOTA']);
  });
});
