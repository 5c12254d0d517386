import fc from 'fast-check';
import { buyBackPriceFen, buyBackWindowEnds, isBuyBackOpen } from '../buy-back.js';
import { deriveEquity, fenPerShare } from '../equity-maths.js';
import { WORKED_EXAMPLE } from './arbitraries.js';

describe('buy-back', () => {
  it('prices the worked example’s shares at ¥2.00 × 1.08', () => {
    const { centreShares, pricePerShare } = deriveEquity(WORKED_EXAMPLE);
    expect(buyBackPriceFen(centreShares, pricePerShare, 800n)).toBe(216_000_000n); // ¥2,160,000
    expect(buyBackPriceFen(250_000n, pricePerShare, 0n)).toBe(50_000_000n);
  });

  it('rounds half up once, on the whole amount, not per share', () => {
    const third = fenPerShare(1n, 3n); // ⅓ fen per share
    expect(buyBackPriceFen(3n, third, 0n)).toBe(1n); // per-share rounding would give 0
    expect(buyBackPriceFen(1n, fenPerShare(1n, 2n), 0n)).toBe(1n); // ½ fen → 1
    expect(buyBackPriceFen(1n, fenPerShare(3n, 7n), 1n)).toBe(0n);
    expect(() => buyBackPriceFen(-1n, third, 0n)).toThrow(RangeError);
    expect(() => buyBackPriceFen(1n, third, -1n)).toThrow(RangeError);
  });

  it('is within half a fen of shares × price × (1 + r)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10000n }),
        (shares, n, d, r) => {
          const price = fenPerShare(n, d);
          const fen = buyBackPriceFen(shares, price, r);
          const den = price.denominator * 10000n;
          const twice = 2n * (fen * den - shares * price.numerator * (10000n + r));
          expect(twice <= den && twice > -den).toBe(true);
        },
      ),
    );
  });

  it('ends the window N Shanghai months after signing, exclusive', () => {
    const signedAt = new Date('2026-01-30T16:30:00Z'); // 31 Jan 00:30 in Shanghai
    expect(buyBackWindowEnds(signedAt, 1).toISOString()).toBe('2026-02-27T16:30:00.000Z'); // 28 Feb 00:30 Shanghai
    expect(buyBackWindowEnds(signedAt, 24).toISOString()).toBe('2028-01-30T16:30:00.000Z');
    const end = buyBackWindowEnds(signedAt, 12);
    expect(isBuyBackOpen(signedAt, 12, signedAt)).toBe(true);
    expect(isBuyBackOpen(signedAt, 12, new Date(end.getTime() - 1))).toBe(true);
    expect(isBuyBackOpen(signedAt, 12, end)).toBe(false);
    expect(isBuyBackOpen(signedAt, 12, new Date(signedAt.getTime() - 1))).toBe(false);
  });
});
