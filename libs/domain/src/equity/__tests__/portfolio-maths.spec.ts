import { impliedValueFen, holdingBasisPoints } from '../portfolio-maths.js';

describe('portfolio maths', () => {
  it('values shares at an exact fen fraction and rounds half up once', () => {
    // 257.142857… fen a share (¥18,000,000 over 7,000,000 shares): 7 shares are exactly 1,800 fen.
    expect(impliedValueFen(7n, { numerator: 1_800_000_000n, denominator: 7_000_000n })).toBe(1_800n);
    // 1 share = 257.142857 fen → 257; 3 shares = 771.43 → 771; half a fen rounds up.
    expect(impliedValueFen(1n, { numerator: 1_800_000_000n, denominator: 7_000_000n })).toBe(257n);
    expect(impliedValueFen(3n, { numerator: 1_800_000_000n, denominator: 7_000_000n })).toBe(771n);
    expect(impliedValueFen(1n, { numerator: 1n, denominator: 2n })).toBe(1n);
    expect(impliedValueFen(0n, { numerator: 5n, denominator: 3n })).toBe(0n);
  });

  it('gives the part held in basis points, half up, and 0 of nothing', () => {
    expect(holdingBasisPoints(25_000n, 10_100_000n)).toBe(25n); // 24.75 bp → 25
    expect(holdingBasisPoints(1n, 3n)).toBe(3333n);
    expect(holdingBasisPoints(2n, 3n)).toBe(6667n);
    expect(holdingBasisPoints(5n, 0n)).toBe(0n);
  });
});
