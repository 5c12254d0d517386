import { byDueDate, isCalendarDate, isHttpsUrl, isMilestoneOverdue, nextMilestoneOf, shanghaiToday } from '../milestone-rules.js';

describe('milestone rules', () => {
  it('reads today in Asia/Shanghai (UTC+8)', () => {
    expect(shanghaiToday(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(shanghaiToday(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
  });

  it('is overdue only after the due day has ended in Shanghai, and never once accepted', () => {
    const due = { status: 'PLANNED' as const, dueOn: '2026-03-31' };
    expect(isMilestoneOverdue(due, new Date('2026-03-31T15:59:59Z'))).toBe(false);
    expect(isMilestoneOverdue(due, new Date('2026-03-31T16:00:00Z'))).toBe(true);
    expect(isMilestoneOverdue({ ...due, status: 'RETURNED' }, new Date('2026-05-01T00:00:00Z'))).toBe(true);
    expect(isMilestoneOverdue({ ...due, status: 'ACCEPTED' }, new Date('2026-05-01T00:00:00Z'))).toBe(false);
  });

  it('takes real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('1999-12-31')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });

  it('takes https links only', () => {
    expect(isHttpsUrl('https://example.com/report.pdf')).toBe(true);
    expect(isHttpsUrl('http://example.com')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('https://user:pw@example.com')).toBe(false);
    expect(isHttpsUrl('example.com')).toBe(false);
  });

  it('orders by due date and picks the earliest not accepted as next', () => {
    const list = [
      { key: 'b', dueOn: '2026-05-01', status: 'PLANNED' as const },
      { key: 'a', dueOn: '2026-01-01', status: 'ACCEPTED' as const },
      { key: 'c', dueOn: '2026-05-01', status: 'SUBMITTED' as const },
    ];
    expect(byDueDate(list).map((m) => m.key)).toEqual(['a', 'b', 'c']);
    expect(nextMilestoneOf(list)?.key).toBe('b');
    expect(nextMilestoneOf([list[1]!])).toBeNull();
  });
});
