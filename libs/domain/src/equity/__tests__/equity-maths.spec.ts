import fc from 'fast-check';
import { deriveEquity, fenPerShare, formatPricePerShare, pricePerShareMicroYuan } from '../equity-maths.js';
import { planTranches } from '../tranches.js';
import { TermSheetError } from '../term-sheet.js';
import { computableTerms, WORKED_EXAMPLE } from './arbitraries.js';

describe('the worked example', () => {
  it('¥2,000,000 credit on ¥18,000,000 pre-money over 9,000,000 shares', () => {
    const equity = deriveEquity(WORKED_EXAMPLE);
    expect(equity).toEqual({
      postMoneyValuationFen: 2_000_000_000n,
      centrePercentBasisPoints: 1000n,
      pricePerShare: { numerator: 200n, denominator: 1n },
      pricePerShareMicroYuan: 2_000_000n,
      centreShares: 1_000_000n,
      postMoneyShares: 10_000_000n,
      centreSharesPercentBasisPoints: 1000n,
    });
    expect(formatPricePerShare(equity.pricePerShareMicroYuan)).toBe('¥2.000000');
    expect(planTranches(WORKED_EXAMPLE).map((t) => [t.creditFen, t.shares])).toEqual([
      [50_000_000n, 250_000n],
      [50_000_000n, 250_000n],
      [50_000_000n, 250_000n],
      [50_000_000n, 250_000n],
    ]);
  });

  it('keeps a fractional price exact and rounds only the display, half up', () => {
    const equity = deriveEquity({ ...WORKED_EXAMPLE, preMoneyFullyDilutedShares: 7_000_000n });
    expect(equity.pricePerShare).toEqual({ numerator: 1800n, denominator: 7n }); // 257.142857… fen
    expect(equity.pricePerShareMicroYuan).toBe(2_571_429n);
    expect(formatPricePerShare(equity.pricePerShareMicroYuan)).toBe('¥2.571429');
    expect(equity.centreShares).toBe(777_777n); // 777,777.77… rounded down
    expect(pricePerShareMicroYuan(fenPerShare(1n, 20000n))).toBe(1n); // 0.5 micro-yuan → 1
    expect(pricePerShareMicroYuan(fenPerShare(1n, 20001n))).toBe(0n);
    expect(formatPricePerShare(1_234_567_890_123n)).toBe('¥1,234,567.890123');
  });

  it('refuses terms it cannot compute with', () => {
    expect(() => deriveEquity({ ...WORKED_EXAMPLE, preMoneyValuationFen: 0n })).toThrow(TermSheetError);
    expect(() => deriveEquity({ ...WORKED_EXAMPLE, preMoneyFullyDilutedShares: 0n })).toThrow(TermSheetError);
    expect(() => fenPerShare(1n, 0n)).toThrow(RangeError);
  });
});

describe('the two views of the centre’s equity', () => {
  it('centre shares cost at most the credit, one more share would cost more, and the views agree within one share', () => {
    fc.assert(
      fc.property(computableTerms(), (terms) => {
        const e = deriveEquity(terms);
        const { numerator: n, denominator: d } = e.pricePerShare;
        expect(d > 0n).toBe(true);
        expect(n * terms.preMoneyFullyDilutedShares).toBe(terms.preMoneyValuationFen * d); // exact price
        expect(e.centreShares * n <= terms.creditFen * d).toBe(true); // shares × price ≤ credit
        expect((e.centreShares + 1n) * n > terms.creditFen * d).toBe(true); // rounded down, not further
        expect(e.postMoneyValuationFen).toBe(terms.preMoneyValuationFen + terms.creditFen);
        expect(e.postMoneyShares).toBe(terms.preMoneyFullyDilutedShares + e.centreShares);
        // percentage view × post-money shares − centre shares ∈ [0, 1): within one share
        const gapTimesPost = terms.creditFen * e.postMoneyShares - e.centreShares * e.postMoneyValuationFen;
        expect(gapTimesPost >= 0n && gapTimesPost < e.postMoneyValuationFen).toBe(true);
        // half up: |bp − exact| ≤ ½ bp, for both percentages
        const half = (bp: bigint, num: bigint, den: bigint) => {
          const twice = 2n * (bp * den - num * 10000n);
          return twice <= den && twice > -den;
        };
        expect(half(e.centrePercentBasisPoints, terms.creditFen, e.postMoneyValuationFen)).toBe(true);
        expect(half(e.centreSharesPercentBasisPoints, e.centreShares, e.postMoneyShares)).toBe(true);
        expect(e.centrePercentBasisPoints <= 5000n).toBe(true); // credit ≤ pre-money ⇒ at most 50 %
        expect(half(e.pricePerShareMicroYuan, n * 10000n, d * 10000n)).toBe(true);
      }),
    );
  });
});
