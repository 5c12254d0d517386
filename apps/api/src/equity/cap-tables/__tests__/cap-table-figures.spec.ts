import { DomainError } from '../../../common/errors/api-errors.js';
import {
  basisPointsOf, fenPerShareText, holdingsOf, ownershipFigures, parseFenPerShare, parseShares, shanghaiDayOf, shanghaiDayStart, unissuedCentreShares,
} from '../services/cap-table-figures.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return 'no error';
};

describe('cap-table figures', () => {
  it('reads prices per share exactly, as decimals or fractions in lowest terms', () => {
    expect(parseFenPerShare('257.142857', ['p'])).toEqual({ numerator: 257142857n, denominator: 1000000n });
    expect(parseFenPerShare('1800000000/7000000', ['p'])).toEqual({ numerator: 1800n, denominator: 7n });
    expect(parseFenPerShare(' 0 ', ['p'])).toEqual({ numerator: 0n, denominator: 1n });
    expect(fenPerShareText(parseFenPerShare('2.50', ['p']))).toBe('5/2');
    expect(fenPerShareText(parseFenPerShare('300/3', ['p']))).toBe('100');
    // 15 + 12 digits in lowest terms is about 10^27: too big for a bigint column, so refused, not truncated.
    for (const bad of ['-1', '1/0', '1.', '.5', 'abc', '1e3', '1/2/3', '', '999999999999999.000000000001'])
      expect({ bad, code: codeOf(() => parseFenPerShare(bad, ['p'])) }).toEqual({ bad, code: 'INVALID_SHARE_PRICE' });
  });

  it('takes whole share counts above zero only', () => {
    expect(parseShares('7000000', ['s'])).toBe(7000000n);
    for (const bad of ['0', '-5', '1.5', '1e6', '1234567890123456', ''])
      expect({ bad, code: codeOf(() => parseShares(bad, ['s'])) }).toEqual({ bad, code: 'INVALID_SHARES' });
  });

  it('reads Shanghai calendar days, refusing impossible and future ones', () => {
    const now = new Date('2026-12-01T17:00:00Z'); // 01:00 on 2 December in Shanghai
    expect(shanghaiDayStart('2026-12-02', now, ['d']).toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(shanghaiDayOf(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(shanghaiDayOf(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    for (const bad of ['2026-12-03', '2025-02-29', '2026-13-01', '26-01-01', '1989-12-31'])
      expect({ bad, code: codeOf(() => shanghaiDayStart(bad, now, ['d'])) }).toEqual({ bad, code: 'VALIDATION_FAILED' });
  });

  it('nets buy-backs out of holdings per class and splits 100 % by largest remainder', () => {
    const holdings = holdingsOf(['a', 'b', 'c'], [
      { stakeholderId: 'a', shareClassId: 'common', shares: 100n },
      { stakeholderId: 'a', shareClassId: 'pref', shares: 50n },
      { stakeholderId: 'b', shareClassId: 'common', shares: 100n },
      { stakeholderId: 'a', shareClassId: 'pref', shares: -50n },
      { stakeholderId: 'c', shareClassId: 'common', shares: 100n },
    ]);
    expect(holdings.map((h) => [h.shares, h.byClass.get('pref') ?? 0n])).toEqual([[100n, 0n], [100n, 0n], [100n, 0n]]);
    expect(basisPointsOf(holdings.map((h) => h.shares))).toEqual([3334n, 3333n, 3333n]);
    expect(basisPointsOf([2n, 1n])).toEqual([6667n, 3333n]);
    expect(basisPointsOf([0n, 0n])).toEqual([0n, 0n]);
    const many = basisPointsOf([1n, 1n, 1n, 1n, 1n, 1n, 1n]);
    expect(many.reduce((a, b) => a + b, 0n)).toBe(10000n);
  });

  it('counts the centre’s unissued shares under ACTIVE lines only: total shares minus the line’s tranche issuances', () => {
    const lines = [
      { id: 'active', status: 'ACTIVE' as const, totalShares: 300n, centreStakeholderId: 'centre' },
      { id: 'second', status: 'ACTIVE' as const, totalShares: 50n, centreStakeholderId: 'centre' },
      // Expired: its unissued rest is forfeited, so it counts nothing.
      { id: 'expired', status: 'EXPIRED' as const, totalShares: 1000n, centreStakeholderId: 'centre' },
    ];
    const issuances = [
      { creditLineId: 'active', shares: 100n },
      { creditLineId: 'expired', shares: 400n },
      { creditLineId: 'second', shares: 50n },
    ];
    expect(unissuedCentreShares(lines, issuances)).toEqual(new Map([['centre', 200n]]));
    expect(unissuedCentreShares([], issuances)).toEqual(new Map());
  });

  it('gives both ownership columns, each adding up to exactly 10000; founders are diluted by the centre’s unissued shares', () => {
    // Two founders with 600 and 300, the centre with 100 issued of a 300-share ACTIVE line (200 unissued).
    const figures = ownershipFigures([
      { outstanding: 600n, unissued: 0n },
      { outstanding: 300n, unissued: 0n },
      { outstanding: 100n, unissued: 200n },
    ]);
    expect(figures.map((f) => [f.outstandingShares, f.fullyDilutedShares, f.outstandingBasisPoints, f.fullyDilutedBasisPoints])).toEqual([
      [600n, 600n, 6000n, 5000n],
      [300n, 300n, 3000n, 2500n],
      [100n, 300n, 1000n, 2500n],
    ]);
    // 1 : 1 : 1 outstanding, then 1 : 1 : 4 fully diluted: 1666.67 / 1666.67 / 6666.67 bp, the two leftover points by largest remainder.
    const thirds = ownershipFigures([{ outstanding: 1n, unissued: 0n }, { outstanding: 1n, unissued: 0n }, { outstanding: 1n, unissued: 3n }]);
    expect(thirds.map((f) => f.outstandingBasisPoints)).toEqual([3334n, 3333n, 3333n]);
    expect(thirds.map((f) => f.fullyDilutedBasisPoints)).toEqual([1667n, 1667n, 6666n]);
    // Only unissued shares: nothing outstanding (all 0), the centre holds 100 % fully diluted.
    expect(ownershipFigures([{ outstanding: 0n, unissued: 0n }, { outstanding: 0n, unissued: 500n }]).map((f) => [f.outstandingBasisPoints, f.fullyDilutedBasisPoints])).toEqual([[0n, 0n], [0n, 10000n]]);
  });
});
