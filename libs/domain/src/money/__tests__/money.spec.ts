import fc from 'fast-check';
import { applyBasisPoints, formatCny, MoneyFormatError, parseCny } from '../money.js';

describe('money in fen', () => {
  it('parses and formats exactly', () => {
    expect(parseCny('200000')).toBe(20000000n);
    expect(parseCny('0.1')).toBe(10n);
    expect(formatCny(123456789n)).toBe('¥1,234,567.89');
    expect(formatCny(-5n)).toBe('-¥0.05');
  });

  it('rejects floats with too many decimals and junk', () => {
    for (const bad of ['1.001', 'abc', '', '1e5', '١٢']) expect(() => parseCny(bad)).toThrow(MoneyFormatError);
  });

  it('round-trips any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        expect(parseCny(formatCny(fen, { symbol: false }).replace(/,/g, ''))).toBe(fen);
      }),
    );
  });

  it('halves a bill like the voucher in the article', () => {
    expect(applyBasisPoints(parseCny('200000'), 5000n)).toBe(parseCny('100000'));
    expect(applyBasisPoints(3n, 5000n)).toBe(2n);
  });
});
