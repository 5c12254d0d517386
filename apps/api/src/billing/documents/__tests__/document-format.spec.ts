import { formatCardHours, plainYuan, shanghaiIso, shanghaiMinute, shanghaiWallClockDate } from '../document-format.js';

describe('document formats', () => {
  it('shows card-seconds as card-hours with two decimals, rounding half up, exactly', () => {
    expect(formatCardHours(360_000n)).toBe('100.00');
    expect(formatCardHours(123_456n)).toBe('34.29');
    expect(formatCardHours(5_399n)).toBe('1.50');
    expect(formatCardHours(17n)).toBe('0.00');
    expect(formatCardHours(18n)).toBe('0.01');
    expect(formatCardHours(-18n)).toBe('-0.01');
    expect(formatCardHours(36_000_000_000_000_000_001n)).toBe('10,000,000,000,000,000.00');
  });

  it('writes amounts as exact plain decimals', () => {
    expect(plainYuan(1_234_567n)).toBe('12345.67');
    expect(plainYuan(-5n)).toBe('-0.05');
    expect(plainYuan(0n)).toBe('0.00');
    expect(plainYuan(123_456_789_012_345_678_901n)).toBe('1234567890123456789.01');
  });

  it('shows instants in Shanghai time, across the date line', () => {
    const at = new Date('2026-12-01T16:30:05Z');
    expect(shanghaiMinute(at)).toBe('2026-12-02 00:30');
    expect(shanghaiIso(at)).toBe('2026-12-02T00:30:05+08:00');
    expect(shanghaiWallClockDate(at).toISOString()).toBe('2026-12-02T00:30:05.000Z');
  });
});
