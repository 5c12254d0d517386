import fc from 'fast-check';
import { addShanghaiMonths, billingPeriod, billingPeriodContaining, BillingPeriodError, shanghaiYear } from '../billing-period.js';

const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true });

describe('billing periods in Shanghai time', () => {
  it('starts and ends at Shanghai midnights', () => {
    const period = billingPeriod('2026-11');
    expect(period.start.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('rolls December into the next year', () => {
    const period = billingPeriod('2026-12');
    expect(period.start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(billingPeriod('2027-01').start).toEqual(period.end);
  });

  it('rejects malformed months', () => {
    for (const bad of ['2026-13', '26-01', '2026-1', '2026-00', '2026-01-01', ' 2026-01', '']) expect(() => billingPeriod(bad)).toThrow(BillingPeriodError);
  });

  it('finds the period that contains any instant', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const period = billingPeriodContaining(at);
        expect(period.start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(period.end.getTime());
        expect(billingPeriod(period.month)).toEqual(period);
      }),
    );
  });

  it('counts the first Shanghai hours of January in the new year', () => {
    const newYearInShanghai = new Date('2026-12-31T16:00:00.000Z');
    expect(shanghaiYear(newYearInShanghai)).toBe(2027);
    expect(shanghaiYear(new Date(newYearInShanghai.getTime() - 1))).toBe(2026);
    expect(billingPeriodContaining(newYearInShanghai).month).toBe('2027-01');
  });

  it('adds months at the same Shanghai wall time, clamped to the month end', () => {
    // 31 Jan 2027 09:30 Shanghai + 1 month = 28 Feb 2027 09:30 Shanghai
    expect(addShanghaiMonths(new Date('2027-01-31T01:30:00.000Z'), 1).toISOString()).toBe('2027-02-28T01:30:00.000Z');
    expect(addShanghaiMonths(new Date('2027-12-31T01:30:00.000Z'), 2).toISOString()).toBe('2028-02-29T01:30:00.000Z');
    // 1 Dec 2026 00:30 Shanghai is 30 Nov in UTC; 12 months later is 1 Dec 2027 in Shanghai.
    expect(addShanghaiMonths(new Date('2026-11-30T16:30:00.000Z'), 12).toISOString()).toBe('2027-11-30T16:30:00.000Z');
    expect(addShanghaiMonths(new Date('2026-03-15T04:00:00.000Z'), -3).toISOString()).toBe('2025-12-15T04:00:00.000Z');
    expect(() => addShanghaiMonths(new Date(), 1.5)).toThrow(BillingPeriodError);
  });

  it('moves exactly the requested number of billing months, never earlier in the day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01Z'), max: new Date('9000-01-01Z'), noInvalidDate: true }), fc.integer({ min: -36, max: 36 }), (at, months) => {
        const later = addShanghaiMonths(at, months);
        const index = (d: Date) => {
          const [y, m] = billingPeriodContaining(d).month.split('-').map(Number);
          return y! * 12 + m!;
        };
        expect(index(later) - index(at)).toBe(months);
        const timeOfDay = (d: Date) => (((d.getTime() + 8 * 3_600_000) % 86_400_000) + 86_400_000) % 86_400_000;
        expect(timeOfDay(later)).toBe(timeOfDay(at));
      }),
    );
  });
});
