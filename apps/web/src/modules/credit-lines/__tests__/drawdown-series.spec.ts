import { describe, expect, it } from '@jest/globals';
import { chartYuan, cumulativeDrawdown, trancheBoundaries } from '../drawdown-series';

describe('the drawdown series', () => {
  it('starts at 0 on opening and accumulates the draws in time order, exactly', () => {
    const points = cumulativeDrawdown('2026-01-01T00:00:00.000Z', [
      { amountFen: '50000', drawnAt: '2026-03-01T00:00:00.000Z' },
      { amountFen: '9007199254740993', drawnAt: '2026-02-01T00:00:00.000Z' },
    ]);
    expect(points).toEqual([
      { at: '2026-01-01T00:00:00.000Z', drawnFen: '0' },
      { at: '2026-02-01T00:00:00.000Z', drawnFen: '9007199254740993' },
      // Beyond 2^53: a float sum would have lost the last fen.
      { at: '2026-03-01T00:00:00.000Z', drawnFen: '9007199254790993' },
    ]);
  });

  it('makes one step of the draws an invoice made at one instant across tranches', () => {
    const at = '2026-02-01T08:00:00.000Z';
    expect(cumulativeDrawdown('2026-01-01T00:00:00.000Z', [{ amountFen: '250000', drawnAt: at }, { amountFen: '50000', drawnAt: at }])).toEqual([
      { at: '2026-01-01T00:00:00.000Z', drawnFen: '0' },
      { at, drawnFen: '300000' },
    ]);
  });

  it('has only the opening point without draws', () => {
    expect(cumulativeDrawdown('2026-01-01T00:00:00.000Z', [])).toEqual([{ at: '2026-01-01T00:00:00.000Z', drawnFen: '0' }]);
  });

  it('carries the last level to `until`, but never back before the last draw', () => {
    const draws = [{ amountFen: '700', drawnAt: '2026-02-01T00:00:00.000Z' }];
    expect(cumulativeDrawdown('2026-01-01T00:00:00.000Z', draws, '2026-04-01T00:00:00.000Z').slice(-2)).toEqual([
      { at: '2026-02-01T00:00:00.000Z', drawnFen: '700' },
      { at: '2026-04-01T00:00:00.000Z', drawnFen: '700' },
    ]);
    expect(cumulativeDrawdown('2026-01-01T00:00:00.000Z', draws, '2026-01-15T00:00:00.000Z')).toHaveLength(2);
  });

  it('puts each tranche boundary at the credit of it and all before it', () => {
    expect(trancheBoundaries([{ trancheNo: 1, creditFen: '250000' }, { trancheNo: 0, creditFen: '250001' }, { trancheNo: 2, creditFen: '499999' }])).toEqual([
      { trancheNo: 0, cumulativeFen: '250001' },
      { trancheNo: 1, cumulativeFen: '500001' },
      { trancheNo: 2, cumulativeFen: '1000000' },
    ]);
    expect(chartYuan('250001')).toBe(2500.01);
  });
});
