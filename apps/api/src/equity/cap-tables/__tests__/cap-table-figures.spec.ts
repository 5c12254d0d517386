import { DomainError } from '../../../common/errors/api-errors.js';
import { fenPerShareText, fullyDilutedBasisPoints, holdingsOf, parseFenPerShare, parseShares, shanghaiDayOf, shanghaiDayStart } from '../services/cap-table-figures.js';

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
    expect(fullyDilutedBasisPoints(holdings.map((h) => h.shares))).toEqual([3334n, 3333n, 3333n]);
    expect(fullyDilutedBasisPoints([2n, 1n])).toEqual([6667n, 3333n]);
    expect(fullyDilutedBasisPoints([0n, 0n])).toEqual([0n, 0n]);
    const many = fullyDilutedBasisPoints([1n, 1n, 1n, 1n, 1n, 1n, 1n]);
    expect(many.reduce((a, b) => a + b, 0n)).toBe(10000n);
  });
});
