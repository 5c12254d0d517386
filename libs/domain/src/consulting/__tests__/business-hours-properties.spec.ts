import fc from 'fast-check';
import { addBusinessMinutes, businessMinutesBetween, type ClockPause, type WorkingCalendar } from '../business-hours.js';

/**
 * A brute-force oracle: walk minute by minute and ask of each minute whether the clock runs. It
 * reads Shanghai wall time with its own UTC+8 shift, independent of the code under test.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SHANGHAI = 8 * 60 * MINUTE;

function minuteRuns(calendar: WorkingCalendar, minuteStart: number, pauses: readonly ClockPause[]): boolean {
  const wall = new Date(minuteStart + SHANGHAI);
  const day = wall.toISOString().slice(0, 10);
  const weekday = wall.getUTCDay();
  const working = calendar.makeUpWorkdays.has(day) || (!calendar.holidays.has(day) && weekday !== 0 && weekday !== 6);
  const minuteOfDay = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const inHours = minuteOfDay >= calendar.dayStartMinute && minuteOfDay < calendar.dayEndMinute;
  const paused = pauses.some((p) => p.from.getTime() <= minuteStart && (p.to === null || minuteStart < p.to.getTime()));
  return working && inHours && !paused;
}

function bruteMinutes(calendar: WorkingCalendar, from: number, to: number, pauses: readonly ClockPause[]): number {
  let count = 0;
  for (let t = from; t < to; t += MINUTE) if (minuteRuns(calendar, t, pauses)) count += 1;
  return count;
}

/** The end of the `minutes`-th running minute, or null if an open pause begins first. */
function bruteDeadline(calendar: WorkingCalendar, from: number, minutes: number, pauses: readonly ClockPause[]): number | null {
  const openAt = Math.min(...pauses.filter((p) => p.to === null).map((p) => p.from.getTime()));
  if (minutes === 0) return openAt < from ? null : from;
  let count = 0;
  for (let t = from; ; t += MINUTE) {
    if (t >= openAt) return null; // counted fewer than `minutes` before the clock stopped for good
    if (minuteRuns(calendar, t, pauses)) count += 1;
    if (count === minutes) return t + MINUTE;
  }
}

// Minute-aligned instants over a few weeks around the 2026 National Day (fixed base keeps day labels known).
const BASE = Date.UTC(2026, 8, 20) - SHANGHAI; // Shanghai midnight, 20 Sep 2026
const SPAN_DAYS = 24;
const DAY_LABELS = Array.from({ length: SPAN_DAYS + 10 }, (_, i) => new Date(BASE + SHANGHAI + i * DAY).toISOString().slice(0, 10));
const instant = (maxDays: number) => fc.integer({ min: 0, max: maxDays * 24 * 60 }).map((m) => BASE + m * MINUTE);

const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    start: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
    holidays: fc.subarray(DAY_LABELS),
    makeUp: fc.subarray(DAY_LABELS.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))),
  })
  .map(({ start, length, holidays, makeUp }) => ({
    dayStartMinute: start,
    dayEndMinute: Math.min(1440, start + length),
    holidays: new Set(holidays),
    makeUpWorkdays: new Set(makeUp),
  }));

const closedPauseArb: fc.Arbitrary<ClockPause> = fc
  .tuple(instant(SPAN_DAYS), fc.integer({ min: -60, max: 4 * 24 * 60 }))
  .map(([from, minutes]) => ({ from: new Date(from), to: new Date(from + minutes * MINUTE) }));
const openPauseArb: fc.Arbitrary<ClockPause> = instant(SPAN_DAYS).map((from) => ({ from: new Date(from), to: null }));
const pausesArb = fc.tuple(fc.array(closedPauseArb, { maxLength: 3 }), fc.option(openPauseArb)).map(([closed, open]) => (open ? [...closed, open] : closed));

describe('business-hours arithmetic against a minute-by-minute oracle', () => {
  it('businessMinutesBetween counts what the oracle counts', () => {
    fc.assert(
      fc.property(calendarArb, instant(SPAN_DAYS / 2), fc.integer({ min: -100, max: (SPAN_DAYS / 2) * 24 * 60 }), pausesArb, (calendar, from, length, pauses) => {
        const to = from + length * MINUTE;
        expect(businessMinutesBetween(calendar, new Date(from), new Date(to), pauses)).toBe(length <= 0 ? 0 : bruteMinutes(calendar, from, to, pauses));
      }),
      { numRuns: 150 },
    );
  });

  it('addBusinessMinutes finds the oracle deadline, or null behind an open pause', () => {
    fc.assert(
      fc.property(calendarArb, instant(SPAN_DAYS / 2), fc.integer({ min: 0, max: 3000 }), pausesArb, (calendar, from, minutes, pauses) => {
        // A sparse calendar can put the deadline months away; keep the oracle's walk bounded.
        fc.pre(calendar.dayEndMinute - calendar.dayStartMinute >= 120);
        const deadline = addBusinessMinutes(calendar, new Date(from), minutes, pauses);
        expect(deadline === null ? null : deadline.getTime()).toBe(bruteDeadline(calendar, from, minutes, pauses));
      }),
      { numRuns: 150 },
    );
  });

  it('addBusinessMinutes is the inverse of businessMinutesBetween, and its result is the earliest such instant', () => {
    fc.assert(
      fc.property(calendarArb, instant(SPAN_DAYS), fc.integer({ min: 0, max: 20_000 }), fc.array(closedPauseArb, { maxLength: 3 }), (calendar, from, minutes, pauses) => {
        const deadline = addBusinessMinutes(calendar, new Date(from), minutes, pauses);
        expect(deadline).not.toBeNull();
        expect(businessMinutesBetween(calendar, new Date(from), deadline!, pauses)).toBe(minutes);
        if (minutes > 0) expect(businessMinutesBetween(calendar, new Date(from), new Date(deadline!.getTime() - 1), pauses)).toBe(minutes - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('splits additively: business minutes over [a, c) = [a, b) + [b, c) for minute-aligned b', () => {
    fc.assert(
      fc.property(calendarArb, instant(SPAN_DAYS), instant(SPAN_DAYS), instant(SPAN_DAYS), pausesArb, (calendar, x, y, z, pauses) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q).map((t) => new Date(t));
        expect(businessMinutesBetween(calendar, a, c, pauses)).toBe(businessMinutesBetween(calendar, a, b, pauses) + businessMinutesBetween(calendar, b, c, pauses));
      }),
    );
  });
});
