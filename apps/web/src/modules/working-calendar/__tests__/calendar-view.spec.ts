import { describe, expect, it } from '@jest/globals';
import { clockToMinutes, holidayPeriods, minutesToClock, pickableYears, weekdayOf } from '../calendar-view';

describe('working-calendar view logic', () => {
  it('writes and reads times of day, 24:00 included, and refuses junk', () => {
    expect(minutesToClock(540)).toBe('09:00');
    expect(minutesToClock(1440)).toBe('24:00');
    expect(clockToMinutes('9:30')).toBe(570);
    expect(clockToMinutes(' 18:00 ')).toBe(1080);
    expect(clockToMinutes('24:00')).toBe(1440);
    for (const bad of ['24:01', '25:00', '9', '09:60', 'nine', '']) expect(clockToMinutes(bad)).toBeNull();
    for (let m = 0; m <= 1440; m += 7) expect(clockToMinutes(minutesToClock(m))).toBe(m);
  });

  it('groups 国庆节 2026 into one run of seven days off and two make-up days', () => {
    const days = [
      { day: '2026-10-10', kind: 'MAKE_UP_WORKDAY' as const, name: '国庆节' },
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ day: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
      { day: '2026-09-20', kind: 'MAKE_UP_WORKDAY' as const, name: '国庆节' },
      { day: '2026-09-25', kind: 'HOLIDAY' as const, name: '中秋' },
      { day: '2026-09-27', kind: 'HOLIDAY' as const, name: '中秋' },
    ];
    expect(holidayPeriods(days)).toEqual([
      { name: '国庆节', offRuns: [['2026-10-01', '2026-10-07']], offDays: 7, makeUpDays: ['2026-09-20', '2026-10-10'] },
      // 26 September is missing, so 中秋 is two runs.
      { name: '中秋', offRuns: [['2026-09-25', '2026-09-25'], ['2026-09-27', '2026-09-27']], offDays: 2, makeUpDays: [] },
    ]);
  });

  it('joins runs across a month end and knows the weekday of a day', () => {
    const days = ['2026-02-27', '2026-02-28', '2026-03-01'].map((day) => ({ day, kind: 'HOLIDAY' as const, name: 'x' }));
    expect(holidayPeriods(days)[0]!.offRuns).toEqual([['2026-02-27', '2026-03-01']]);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-09-20')).toBe(0);
  });

  it('offers years from two ahead back to 2004, newest first', () => {
    const years = pickableYears(2026);
    expect(years[0]).toBe(2028);
    expect(years[years.length - 1]).toBe(2004);
    expect(years).toHaveLength(25);
  });
});
