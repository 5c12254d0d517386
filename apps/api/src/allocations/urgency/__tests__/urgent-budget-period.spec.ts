import { urgentBudgetPeriod } from '../urgent-budget-period.js';

describe('the urgent budget period is the Asia/Shanghai calendar month', () => {
  it('starts at 16:00 UTC on the last day of the previous month', () => {
    const { start, end } = urgentBudgetPeriod(new Date('2026-12-10T03:00:00Z'));
    expect(start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('already counts the evening of the last UTC day as the next Shanghai month', () => {
    // 2026-11-30 17:00 UTC is 2026-12-01 01:00 in Shanghai.
    expect(urgentBudgetPeriod(new Date('2026-11-30T17:00:00Z')).start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(urgentBudgetPeriod(new Date('2026-11-30T15:59:59Z')).start.toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });

  it('rolls over the year', () => {
    const { start, end } = urgentBudgetPeriod(new Date('2026-12-31T16:30:00Z'));
    expect(start.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2027-01-31T16:00:00.000Z');
  });
});
