import { describe, expect, it } from '@jest/globals';
import { formatCardHours, formatDateTime, formatFen, formatNumber, formatPercent, formatRatio, formatZonedDateTime, timeZoneLabel } from '../format';

describe('the formatting module', () => {
  it('groups numbers in the reader’s locale, with at most the decimals asked for', () => {
    expect(formatNumber(16955.83, 'en')).toBe('16,955.8');
    expect(formatNumber(16955.83, 'zh-CN')).toBe('16,955.8');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
  });

  it('writes card-hours with a space before the unit, in the reader’s words', () => {
    expect(formatCardHours(208.24, 'zh-CN')).toBe('208.2 卡时');
    expect(formatCardHours(208.24, 'en')).toBe('208.2 card-h');
    expect(formatCardHours(1200, 'en')).toBe('1,200 card-h');
  });

  it('spaces a part of a whole alike on both sides and groups both', () => {
    expect(formatRatio(1200, 1264, 'zh-CN')).toBe('1,200 / 1,264');
  });

  it('writes shares as percentages', () => {
    expect(formatPercent(0.953, 'en')).toBe('95.3%');
    expect(formatPercent(1, 'zh-CN')).toBe('100%');
  });

  it('writes CNY from integer fen exactly, beyond the precision of a float', () => {
    expect(formatFen('0', 'zh-CN')).toBe('¥0.00');
    expect(formatFen('5', 'en')).toBe('¥0.05');
    expect(formatFen('20000000', 'en')).toBe('¥200,000.00');
    expect(formatFen('9007199254740993', 'zh-CN')).toBe('¥90,071,992,547,409.93');
    expect(formatFen(-12345n, 'en')).toBe('-¥123.45');
    expect(formatFen('1.5', 'en')).toBe('—');
    expect(formatFen(undefined, 'en')).toBe('—');
  });

  it('shows times in Asia/Shanghai and says so when a time stands alone', () => {
    expect(formatDateTime('2026-11-25T16:05:00Z')).toBe('2026-11-26 00:05');
    expect(formatDateTime('not a time')).toBe('—');
    expect(formatZonedDateTime('2026-11-25T14:38:00Z', 'zh-CN')).toBe('2026-11-25 22:38 北京时间');
    expect(formatZonedDateTime('2026-11-25T14:38:00Z', 'en')).toBe('2026-11-25 22:38 China time (UTC+8)');
    expect(formatZonedDateTime(null, 'en')).toBe('—');
    expect(timeZoneLabel('en')).not.toMatch(/[：（）]/);
  });
});
