import chineseDays from 'chinese-days';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isWorkingDay,
  slaTargetStatus,
  slaWarningMinutes,
  WorkingCalendarError,
  type WorkingCalendar,
} from '../business-hours.js';

/** 2026 as the State Council published it, read from the chinese-days package. */
function calendar2026(hours: { start: number; end: number } = { start: 9 * 60, end: 18 * 60 }): WorkingCalendar {
  const holidays = chineseDays.getHolidaysInRange('2026-01-01', '2026-12-31', false);
  const makeUp = chineseDays
    .getWorkdaysInRange('2026-01-01', '2026-12-31', true)
    .filter((day) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()));
  return { dayStartMinute: hours.start, dayEndMinute: hours.end, holidays: new Set(holidays), makeUpWorkdays: new Set(makeUp) };
}

/** A Shanghai wall time as an instant (UTC+8). */
const sh = (wall: string): Date => new Date(`${wall}+08:00`);

const cal = calendar2026();

describe('isWorkingDay on the 2026 calendar', () => {
  it('agrees with chinese-days on every day of 2026', () => {
    const all: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) all.push(new Date(t).toISOString().slice(0, 10));
    expect(all).toHaveLength(365);
    const disagreements = all.filter((day) => isWorkingDay(cal, day) !== chineseDays.isWorkday(day));
    expect(disagreements).toEqual([]);
  });

  it('knows 国庆 2026 and its make-up Saturdays', () => {
    for (const day of ['2026-10-01', '2026-10-05', '2026-10-07']) expect(isWorkingDay(cal, day)).toBe(false);
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true); // Sunday make-up workday
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday make-up workday
    expect(isWorkingDay(cal, '2026-10-08')).toBe(true);
  });

  it('rejects a day that does not exist', () => {
    expect(() => isWorkingDay(cal, '2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(cal, '2026-1-5')).toThrow(RangeError);
  });
});

describe('business minutes across 2026 holidays', () => {
  it('counts a plain working day as 9 hours', () => {
    expect(businessMinutesBetween(cal, sh('2026-03-02T00:00:00'), sh('2026-03-03T00:00:00'))).toBe(540);
  });

  it('skips the whole 国庆 week and counts the make-up Saturday 10 October', () => {
    // Wed 30 Sep 17:00 → Fri 9 Oct... the holiday runs 1–7 Oct; 8 Oct (Thu) and 9 Oct (Fri) work, 10 Oct (Sat) is 调休.
    expect(businessMinutesBetween(cal, sh('2026-09-30T17:00:00'), sh('2026-10-08T10:00:00'))).toBe(60 + 60);
    expect(businessMinutesBetween(cal, sh('2026-10-09T17:00:00'), sh('2026-10-12T09:30:00'))).toBe(60 + 540 + 30);
  });

  it('finds a first-response deadline across 春节 2026 (make-up Saturday 14 Feb and Saturday 28 Feb)', () => {
    // Fri 13 Feb 16:00 + 8 h: 2 h on Friday, 6 h on the make-up Saturday 14 Feb → 15:00 that day.
    expect(addBusinessMinutes(cal, sh('2026-02-13T16:00:00'), 8 * 60)).toEqual(sh('2026-02-14T15:00:00'));
    // Sat 14 Feb 17:00 + 2 h: 15–23 Feb are 春节, so work resumes Tue 24 Feb 09:00 → 10:00.
    expect(addBusinessMinutes(cal, sh('2026-02-14T17:00:00'), 120)).toEqual(sh('2026-02-24T10:00:00'));
  });

  it('starts outside business hours at the next opening', () => {
    expect(addBusinessMinutes(cal, sh('2026-03-06T22:00:00'), 30)).toEqual(sh('2026-03-09T09:30:00')); // Friday night → Monday
    expect(addBusinessMinutes(cal, sh('2026-03-09T07:15:00'), 1)).toEqual(sh('2026-03-09T09:01:00'));
    expect(businessMinutesBetween(cal, sh('2026-03-07T10:00:00'), sh('2026-03-08T17:00:00'))).toBe(0); // a weekend
  });

  it('ends a target exactly at closing time, not at the next opening', () => {
    expect(addBusinessMinutes(cal, sh('2026-03-09T09:00:00'), 540)).toEqual(sh('2026-03-09T18:00:00'));
  });

  it('floors the total of partial minutes, not each day', () => {
    // 30 s before closing on Monday and 30 s after opening on Tuesday make one whole minute.
    expect(businessMinutesBetween(cal, sh('2026-03-09T17:59:30'), sh('2026-03-10T09:00:30'))).toBe(1);
    expect(businessMinutesBetween(cal, sh('2026-03-09T17:59:30'), sh('2026-03-10T09:00:29'))).toBe(0);
  });

  it('is 0 for an empty or reversed range', () => {
    expect(businessMinutesBetween(cal, sh('2026-03-09T12:00:00'), sh('2026-03-09T12:00:00'))).toBe(0);
    expect(businessMinutesBetween(cal, sh('2026-03-09T12:00:00'), sh('2026-03-09T10:00:00'))).toBe(0);
  });

  it('walks a whole year by days: 2026 has 248 working days (2232 business hours)', () => {
    const started = performance.now();
    expect(businessMinutesBetween(cal, sh('2026-01-01T00:00:00'), sh('2027-01-01T00:00:00'))).toBe(248 * 540);
    expect(addBusinessMinutes(cal, sh('2026-01-01T00:00:00'), 248 * 540)).toEqual(sh('2026-12-31T18:00:00'));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects bad business hours and negative or fractional minutes', () => {
    const bad = { ...cal, dayStartMinute: 18 * 60, dayEndMinute: 9 * 60 };
    expect(() => businessMinutesBetween(bad, sh('2026-03-09T09:00:00'), sh('2026-03-10T09:00:00'))).toThrow(WorkingCalendarError);
    expect(() => addBusinessMinutes(cal, sh('2026-03-09T09:00:00'), -1)).toThrow(WorkingCalendarError);
    expect(() => addBusinessMinutes(cal, sh('2026-03-09T09:00:00'), 1.5)).toThrow(WorkingCalendarError);
  });
});

describe('pauses while waiting for the customer', () => {
  const start = sh('2026-03-09T09:00:00'); // Monday

  it('excludes a closed pause and moves the deadline by its business length', () => {
    const pauses = [{ from: sh('2026-03-09T10:00:00'), to: sh('2026-03-10T11:00:00') }]; // 8 h + 2 h of business time
    expect(businessMinutesBetween(cal, start, sh('2026-03-10T12:00:00'), pauses)).toBe(60 + 60);
    expect(addBusinessMinutes(cal, start, 240, pauses)).toEqual(sh('2026-03-10T14:00:00'));
  });

  it('merges overlapping pauses and ignores inverted ones', () => {
    const pauses = [
      { from: sh('2026-03-09T10:00:00'), to: sh('2026-03-09T12:00:00') },
      { from: sh('2026-03-09T11:00:00'), to: sh('2026-03-09T13:00:00') },
      { from: sh('2026-03-09T16:00:00'), to: sh('2026-03-09T15:00:00') },
    ];
    expect(businessMinutesBetween(cal, start, sh('2026-03-09T18:00:00'), pauses)).toBe(540 - 180);
  });

  it('has no deadline while an open pause started before it', () => {
    const open = [{ from: sh('2026-03-09T10:00:00'), to: null }];
    expect(addBusinessMinutes(cal, start, 240, open)).toBeNull();
    expect(businessMinutesBetween(cal, start, sh('2026-03-12T12:00:00'), open)).toBe(60);
    // An open pause from the deadline itself or later does not hide it.
    expect(addBusinessMinutes(cal, start, 60, open)).toEqual(sh('2026-03-09T10:00:00'));
    // Even a pause opened at night (outside business hours) before the deadline stops it.
    expect(addBusinessMinutes(cal, start, 600, [{ from: sh('2026-03-09T20:00:00'), to: null }])).toBeNull();
  });
});

describe('slaTargetStatus', () => {
  const startedAt = sh('2026-09-30T09:00:00'); // Wednesday before 国庆
  const target = 16 * 60; // two working days

  it('is OK, then WARNING at 80 %, then BREACHED after the deadline that skips 国庆', () => {
    const base = { startedAt, targetMinutes: target, pauses: [], metAt: null };
    const ok = slaTargetStatus(cal, { ...base, now: sh('2026-09-30T12:00:00') });
    expect(ok).toMatchObject({ usedMinutes: 180, leftMinutes: target - 180, state: 'OK' });
    // 30 Sep has 9 h; the rest (7 h) falls on Thu 8 Oct → 16:00.
    expect(ok.deadline).toEqual(sh('2026-10-08T16:00:00'));
    // 768 of 960 minutes: 540 on 30 Sep, 228 on 8 Oct → 12:48.
    expect(ok.warningAt).toEqual(sh('2026-10-08T12:48:00'));
    expect(slaTargetStatus(cal, { ...base, now: sh('2026-10-08T12:47:00') }).state).toBe('OK');
    expect(slaTargetStatus(cal, { ...base, now: sh('2026-10-08T12:48:00') }).state).toBe('WARNING');
    const warning = slaTargetStatus(cal, { ...base, now: sh('2026-10-08T13:00:00') });
    expect(warning.state).toBe('WARNING');
    expect(warning.fractionUsed).toBeCloseTo((540 + 240) / target);
    const atDeadline = slaTargetStatus(cal, { ...base, now: sh('2026-10-08T16:00:00') });
    expect(atDeadline).toMatchObject({ leftMinutes: 0, state: 'WARNING' });
    const breached = slaTargetStatus(cal, { ...base, now: sh('2026-10-08T17:30:00') });
    expect(breached).toMatchObject({ leftMinutes: -90, state: 'BREACHED' });
  });

  it('is PAUSED with no deadline while waiting for the customer, and counts no time', () => {
    const pauses = [{ from: sh('2026-09-30T11:00:00'), to: null }];
    const status = slaTargetStatus(cal, { startedAt, targetMinutes: target, pauses, metAt: null, now: sh('2026-10-09T12:00:00') });
    expect(status).toMatchObject({ deadline: null, warningAt: null, usedMinutes: 120, leftMinutes: target - 120, state: 'PAUSED' });
  });

  it('warns at 80 % rounded up in whole minutes, without floating-point drift', () => {
    expect([5, 10, 15, 240, 1080].map(slaWarningMinutes)).toEqual([4, 8, 12, 192, 864]);
    const base = { startedAt: sh('2026-12-07T09:00:00'), targetMinutes: 15, pauses: [], metAt: null };
    expect(slaTargetStatus(cal, { ...base, now: sh('2026-12-07T09:12:00') }).state).toBe('WARNING');
    expect(slaTargetStatus(cal, { ...base, now: sh('2026-12-07T09:11:59') }).state).toBe('OK');
  });

  it('stays BREACHED when paused after the breach', () => {
    const pauses = [{ from: sh('2026-10-08T17:00:00'), to: null }];
    const status = slaTargetStatus(cal, { startedAt, targetMinutes: target, pauses, metAt: null, now: sh('2026-10-09T12:00:00') });
    expect(status).toMatchObject({ deadline: sh('2026-10-08T16:00:00'), usedMinutes: target + 60, state: 'BREACHED' });
  });

  it('is MET when met by the deadline and BREACHED when met after it', () => {
    const base = { startedAt, targetMinutes: target, pauses: [], now: sh('2026-10-20T12:00:00') };
    expect(slaTargetStatus(cal, { ...base, metAt: sh('2026-10-08T16:00:00') })).toMatchObject({ usedMinutes: target, state: 'MET' });
    expect(slaTargetStatus(cal, { ...base, metAt: sh('2026-10-08T16:00:01') }).state).toBe('BREACHED');
  });

  it('closes a pause still open when the target was met', () => {
    const pauses = [{ from: sh('2026-09-30T11:00:00'), to: null }];
    const status = slaTargetStatus(cal, { startedAt, targetMinutes: target, pauses, metAt: sh('2026-10-09T10:00:00'), now: sh('2026-10-20T12:00:00') });
    expect(status.state).toBe('MET');
    expect(status.usedMinutes).toBe(120);
    expect(status.deadline).not.toBeNull();
  });
});
