import { describe, expect, it } from '@jest/globals';
import { isPositiveYuan, previousShanghaiMonth, shanghaiToIso } from '../money-input';
import { basisPointsToPercent, fenToYuan, yuanToFen } from '../../../shared/lib/money';

describe('yuan ↔ fen', () => {
  it('converts typed yuan to fen exactly', () => {
    expect(yuanToFen('1234.56')).toBe('123456');
    expect(yuanToFen('1,234.5')).toBe('123450');
    expect(yuanToFen(' ¥12 ')).toBe('1200');
    expect(yuanToFen('0.1')).toBe('10');
    expect(yuanToFen('999999999999999.99')).toBe('99999999999999999');
  });
  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen(undefined)).toBeNull();
  });
  it('converts fen back to yuan', () => {
    expect(fenToYuan('123456')).toBe('1234.56');
    expect(fenToYuan('5')).toBe('0.05');
    expect(fenToYuan('-120')).toBe('-1.20');
    expect(fenToYuan(null)).toBe('');
  });
  it('round-trips', () => {
    for (const text of ['0.01', '7.00', '12345678901234.99']) expect(fenToYuan(yuanToFen(text))).toBe(text);
  });
  it('accepts only positive amounts as positive', () => {
    expect(isPositiveYuan('0.01')).toBe(true);
    expect(isPositiveYuan('0')).toBe(false);
    expect(isPositiveYuan('-1')).toBe(false);
  });
});

describe('months and times in Shanghai', () => {
  it('takes the previous month in Shanghai, across the year and the UTC date line', () => {
    expect(previousShanghaiMonth(new Date('2026-12-01T10:00:00Z'))).toBe('2026-11');
    expect(previousShanghaiMonth(new Date('2027-01-15T00:00:00Z'))).toBe('2026-12');
    // 2026-11-30T17:00Z is already 1 December in Shanghai
    expect(previousShanghaiMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-11');
  });
  it('reads a Shanghai wall time as UTC', () => {
    expect(shanghaiToIso('2026-12-01', '00:00')).toBe('2026-11-30T16:00:00.000Z');
  });
  it('shows basis points as a percent', () => {
    expect(basisPointsToPercent(1550)).toBe(15.5);
    expect(basisPointsToPercent(null)).toBeNull();
  });
});
