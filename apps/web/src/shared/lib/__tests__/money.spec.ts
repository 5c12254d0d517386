import { describe, expect, it } from '@jest/globals';
import { formatFen, isZeroFen } from '../money';

describe('fen strings from the API', () => {
  it('formats integer fen as CNY without passing through a float', () => {
    expect(formatFen('0')).toBe('¥0.00');
    expect(formatFen('20000000')).toBe('¥200,000.00');
    expect(formatFen('9007199254740993')).toBe('¥90,071,992,547,409.93');
  });

  it('refuses anything that is not an integer string', () => {
    expect(formatFen('12.5')).toBe('—');
    expect(formatFen(null)).toBe('—');
  });

  it('knows a free adaptation', () => {
    expect(isZeroFen('0')).toBe(true);
    expect(isZeroFen('100')).toBe(false);
    expect(isZeroFen(undefined)).toBe(false);
  });
});
