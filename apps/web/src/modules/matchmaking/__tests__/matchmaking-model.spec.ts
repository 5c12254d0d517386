import { describe, expect, it } from '@jest/globals';
import { aboveGreedy, funnelBy, refusedItem, funnelTotals, normaliseTags, shanghaiDayOf, shanghaiDayStart, shanghaiToday, tagsInput } from '../matchmaking-model';

describe('matchmaking model', () => {
  it('writes tags as the scorer compares them: lower-case slugs, each once, sorted', () => {
    expect(normaliseTags(['Remote sensing', 'remote-sensing', ' Computer_Vision ', ''])).toEqual(['computer-vision', 'remote-sensing']);
    expect(tagsInput({ industries: ['Healthcare'] })).toEqual({ industries: ['healthcare'], technologies: [], stages: [], regions: [] });
  });

  it('says how far the assignment is above greedy, with no percentage without a baseline', () => {
    expect(aboveGreedy(130, 120, 'en')).toEqual({ points: 10, percent: '+8.3%' });
    expect(aboveGreedy(120, 120, 'en')).toEqual({ points: 0, percent: '0%' });
    expect(aboveGreedy(5, 0, 'zh-CN')).toEqual({ points: 5, percent: null });
  });

  it('takes Shanghai days whatever the browser’s zone', () => {
    // 16:30 UTC is already the next day in Shanghai.
    expect(shanghaiToday(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(shanghaiDayStart('2026-12-02')).toBe('2026-12-01T16:00:00.000Z');
    expect(shanghaiDayOf('2026-12-01T15:59:59Z')).toBe('2026-12-01');
  });

  it('sums the funnel by kind and by month, keeping first-seen order', () => {
    const rows = [
      { month: '2026-10', kind: 'MENTOR', proposed: 3, accepted: 2, met: 1, deals: 1 },
      { month: '2026-11', kind: 'INVESTOR', proposed: 2, accepted: 1, met: 1, deals: 0 },
      { month: '2026-11', kind: 'MENTOR', proposed: 1, accepted: 0, met: 0, deals: 0 },
    ];
    expect(funnelBy(rows, 'kind')).toEqual([
      { key: 'MENTOR', counts: { proposed: 4, accepted: 2, met: 1, deals: 1 } },
      { key: 'INVESTOR', counts: { proposed: 2, accepted: 1, met: 1, deals: 0 } },
    ]);
    expect(funnelBy(rows, 'month').map((r) => [r.key, r.counts.proposed])).toEqual([['2026-10', 3], ['2026-11', 3]]);
    expect(funnelTotals(rows)).toEqual({ proposed: 6, accepted: 3, met: 2, deals: 1 });
  });

  it('finds the item a bulk proposal’s refusal names', () => {
    const items = [{ needId: 'a' }, { needId: 'b' }];
    expect(refusedItem(['items', '1', 'resourceId'], items)).toEqual({ needId: 'b' });
    expect(refusedItem(['items', '7'], items)).toBeUndefined();
    expect(refusedItem(['input'], items)).toBeUndefined();
    expect(refusedItem(null, items)).toBeUndefined();
  });
});
