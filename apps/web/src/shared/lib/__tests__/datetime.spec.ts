import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, formatShortDateTime } from '../datetime';

describe('times from the API are shown in Asia/Shanghai', () => {
  it('turns a UTC instant into China Standard Time (UTC+8)', () => {
    expect(formatDateTime('2026-11-25T14:38:00.000Z')).toBe('2026-11-25 22:38');
  });

  it('rolls over to the next day after 16:00 UTC', () => {
    expect(formatDateTime('2026-11-25T16:05:00Z')).toBe('2026-11-26 00:05');
    expect(formatDate('2026-11-25T16:05:00Z')).toBe('2026-11-26');
    expect(formatShortDateTime('2026-11-25T16:05:00Z')).toBe('11-26 00:05');
  });

  it('shows a dash for a missing time', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });
});
