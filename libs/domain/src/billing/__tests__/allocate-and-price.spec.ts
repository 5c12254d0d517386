import fc from 'fast-check';
import { allocateFen, checkCardPrice, discountBasisPoints, MAX_CARD_PRICE_FEN } from '../price-rules.js';

describe('allocating a credit note over lines', () => {
  it('never loses or creates a fen, and each part is at most one fen from its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 20 }).filter((r) => r.some((x) => x > 0n)),
        (total, ratios) => {
          const parts = allocateFen(total, ratios);
          const sum = ratios.reduce((a, b) => a + b, 0n);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, i) => {
            const exactTimesSum = total * ratios[i]!;
            const diff = part * sum - exactTimesSum;
            // |part − exact| <= 1 fen: dinero floors each share and gives the leftover fen to the
            // largest ratios, so an exact share can be the one that gets it (see the example below).
            expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(sum);
            if (ratios[i] === 0n) expect(part).toBe(0n);
          });
        },
      ),
    );
  });

  it('splits a remainder fen to the largest ratio', () => {
    expect(allocateFen(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    // Found by the property above: the leftover fen goes to the exact middle share (+1 fen), not
    // to one of the halves; still exact in total.
    expect(allocateFen(177_658_086_646n, [1n, 2n, 1n])).toEqual([44_414_521_661n, 88_829_043_324n, 44_414_521_661n]);
    expect(allocateFen(1001n, [300n, 700n])).toEqual([300n, 701n]);
  });

  it('rejects ratios it cannot divide by', () => {
    for (const bad of [[], [0n, 0n], [1n, -1n]]) expect(() => allocateFen(10n, bad)).toThrow(RangeError);
  });
});

describe('card-hour prices', () => {
  it('checks prices and the market reference', () => {
    expect(checkCardPrice(1250n, 2000n)).toEqual([]);
    expect(checkCardPrice(1250n, null)).toEqual([]);
    expect(checkCardPrice(0n, null)).toEqual(['PRICE_NOT_POSITIVE']);
    expect(checkCardPrice(MAX_CARD_PRICE_FEN, null)).toEqual([]);
    expect(checkCardPrice(MAX_CARD_PRICE_FEN + 1n, 0n)).toEqual(['PRICE_TOO_LARGE', 'MARKET_PRICE_NOT_POSITIVE']);
    expect(checkCardPrice(1n, MAX_CARD_PRICE_FEN + 1n)).toEqual(['MARKET_PRICE_TOO_LARGE']);
  });

  it('gives a signed discount in basis points, rounded half up', () => {
    expect(discountBasisPoints(1250n, 2500n)).toBe(5000n);
    expect(discountBasisPoints(2500n, 2500n)).toBe(0n);
    expect(discountBasisPoints(3000n, 2000n)).toBe(-5000n); // 50% above market
    expect(discountBasisPoints(2n, 3n)).toBe(3333n); // 3333.33…
    expect(discountBasisPoints(1n, 3n)).toBe(6667n); // 6666.67…
    expect(discountBasisPoints(19999n, 20000n)).toBe(1n); // 0.5 bp → 1
    expect(discountBasisPoints(20001n, 20000n)).toBe(0n); // −0.5 bp → 0 (ties toward +∞)
    expect(() => discountBasisPoints(1n, 0n)).toThrow(RangeError);
  });

  it('discount is within half a basis point of the exact ratio', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (price, market) => {
        const bp = discountBasisPoints(price, market);
        const diff2 = 2n * (bp * market - (market - price) * 10000n); // 2 × (bp − exact) × market
        expect(diff2 <= market && diff2 > -market).toBe(true);
      }),
    );
  });
});
