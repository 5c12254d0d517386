import { describe, expect, it } from '@jest/globals';
import { basisPointsRatio, breakdownChartRows, compareDecimal, usageChartRows, usageTotals } from '../portfolio-model';

describe('portfolio view logic', () => {
  it('sorts amounts as exact decimals, not as text or floats', () => {
    const amounts = ['900', '10000', '9007199254740993', '9007199254740992', '0'];
    expect([...amounts].sort(compareDecimal)).toEqual(['0', '900', '10000', '9007199254740992', '9007199254740993']);
  });

  it('gives one bar per key and measure with translated labels', () => {
    const rows = breakdownChartRows(
      [{ key: 'HEALTHCARE', figures: { committedFen: '100000', releasedFen: '50000', drawnFen: '30000', impliedValueFen: '25001' } }],
      (key) => `industry:${key}`,
      (measure) => `m:${measure}`,
    );
    expect(rows).toEqual([
      { key: 'industry:HEALTHCARE', measure: 'm:committedFen', yuan: 1000 },
      { key: 'industry:HEALTHCARE', measure: 'm:drawnFen', yuan: 300 },
      { key: 'industry:HEALTHCARE', measure: 'm:impliedValueFen', yuan: 250.01 },
    ]);
  });

  it('turns usage into chart rows and exact totals', () => {
    const usage = [
      { month: '2026-11', cardSeconds: '7200', cardHours: 2, invoicedFen: '300000' },
      { month: '2026-12', cardSeconds: '1800', cardHours: 0.5, invoicedFen: '1' },
    ];
    expect(usageChartRows(usage)).toEqual([{ month: '2026-11', cardHours: 2, yuan: 3000 }, { month: '2026-12', cardHours: 0.5, yuan: 0.01 }]);
    expect(usageTotals(usage)).toEqual({ cardHours: 2.5, invoicedFen: '300001' });
    expect(basisPointsRatio(36)).toBe(0.0036);
  });
});
