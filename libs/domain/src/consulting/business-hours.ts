import { shanghaiDay, shanghaiMidnight, shanghaiWeekday } from '../billing/billing-period.js';

/**
 * Business-hours arithmetic for SLA targets on mainland China's working calendar.
 *
 * Time zone: Asia/Shanghai is UTC+8 all year with no daylight saving, so every Shanghai day is
 * exactly 24 hours long and consecutive Shanghai midnights are 86 400 000 ms apart. The walk below
 * relies on that and moves one day at a time (never minute by minute), so a target spanning
 * months costs a few hundred steps.
 *
 * Whole minutes: elapsed business time is measured in milliseconds and only the total is floored
 * to minutes (floor(ms / 60 000)); partial minutes of separate days add up before flooring.
 */

/** A working calendar: business hours on working days, Asia/Shanghai wall time. */
export interface WorkingCalendar {
  /** Minutes after Shanghai midnight the working day starts and ends, e.g. 9*60 and 18*60 (start < end). */
  dayStartMinute: number;
  dayEndMinute: number;
  /** 'YYYY-MM-DD' Shanghai days that are public holidays (no work even on a weekday). */
  holidays: ReadonlySet<string>;
  /** 'YYYY-MM-DD' Shanghai weekend days that are make-up workdays (调休). */
  makeUpWorkdays: ReadonlySet<string>;
}

/** An interval when the SLA clock is paused (waiting for the customer); `to` null = still paused. */
export interface ClockPause {
  from: Date;
  to: Date | null;
}

export type SlaState = 'OK' | 'WARNING' | 'BREACHED' | 'PAUSED' | 'MET';

export interface SlaTargetInput {
  startedAt: Date;
  targetMinutes: number;
  pauses: readonly ClockPause[];
  metAt: Date | null;
  now: Date;
}

export interface SlaTargetStatus {
  deadline: Date | null;
  /** When 80 % of the target is used (slaWarningMinutes); null while an open pause started before it. */
  warningAt: Date | null;
  usedMinutes: number;
  leftMinutes: number;
  fractionUsed: number;
  state: SlaState;
}

/** Share of a target used from which the target is flagged WARNING. */
export const SLA_WARNING_FRACTION = 0.8;

/**
 * The whole business minutes after which a target is flagged WARNING: 80 % rounded up, in integer
 * arithmetic (0.8 × 15 is 12.000000000000002 in floating point, which would round up to 13).
 */
export function slaWarningMinutes(targetMinutes: number): number {
  return Math.ceil((targetMinutes * 4) / 5);
}

export class WorkingCalendarError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'WorkingCalendarError';
  }
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MINUTES_PER_DAY = 24 * 60;

/** Half-open span of epoch milliseconds; `end` is Infinity for an open pause. */
interface Span {
  start: number;
  end: number;
}

/**
 * A make-up workday counts as working even if it is also listed as a holiday — the same
 * precedence as `chinese-days`; the holiday table stores one kind per day, so this only matters
 * for hand-built calendars.
 */
function isWorkingDayAt(calendar: WorkingCalendar, day: string, midnight: Date): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = shanghaiWeekday(midnight);
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(calendar: WorkingCalendar, shanghaiDayLabel: string): boolean {
  return isWorkingDayAt(calendar, shanghaiDayLabel, shanghaiMidnight(shanghaiDayLabel));
}

function checkCalendar(calendar: WorkingCalendar): void {
  const { dayStartMinute: start, dayEndMinute: end } = calendar;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > MINUTES_PER_DAY || start >= end) {
    throw new WorkingCalendarError(`business hours must be whole minutes with 0 ≤ start < end ≤ 1440: ${start}–${end}`);
  }
}

function instantMs(instant: Date, what: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new WorkingCalendarError(`${what} is not a valid instant`);
  return ms;
}

/** Pauses as sorted, non-overlapping spans; empty or inverted intervals are dropped. */
function mergePauses(pauses: readonly ClockPause[]): Span[] {
  const spans = pauses
    .map((pause) => ({
      start: instantMs(pause.from, 'pause start'),
      end: pause.to === null ? Infinity : instantMs(pause.to, 'pause end'),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Business-hours windows of working days in [fromMs, untilMs) (the first one clipped at fromMs). */
function* businessWindows(calendar: WorkingCalendar, fromMs: number, untilMs: number): Generator<Span> {
  let midnight = shanghaiMidnight(shanghaiDay(new Date(fromMs))).getTime();
  while (midnight < untilMs) {
    const midnightDate = new Date(midnight);
    if (isWorkingDayAt(calendar, shanghaiDay(midnightDate), midnightDate)) {
      const start = Math.max(fromMs, midnight + calendar.dayStartMinute * MINUTE_MS);
      const end = midnight + calendar.dayEndMinute * MINUTE_MS;
      if (end > start) yield { start, end };
    }
    midnight += DAY_MS; // no DST in Shanghai: every day is 24 h
  }
}

/**
 * The parts of each business window not covered by a pause, in time order. A part that runs up to
 * an open pause is followed by `'open-pause'`, after which the clock never runs again.
 */
function* runningSpans(
  calendar: WorkingCalendar,
  fromMs: number,
  untilMs: number,
  pauses: readonly Span[],
): Generator<Span | 'open-pause'> {
  let next = 0; // first pause that may still overlap the current or a later window
  for (const window of businessWindows(calendar, fromMs, untilMs)) {
    while (next < pauses.length && pauses[next].end <= window.start) next += 1;
    let cursor = window.start;
    for (let i = next; i < pauses.length && pauses[i].start < window.end; i += 1) {
      if (pauses[i].start > cursor) yield { start: cursor, end: pauses[i].start };
      cursor = Math.max(cursor, pauses[i].end);
      if (cursor === Infinity) {
        yield 'open-pause';
        return;
      }
    }
    if (cursor < window.end) yield { start: cursor, end: window.end };
  }
}

function businessMsBetween(calendar: WorkingCalendar, fromMs: number, toMs: number, pauses: readonly Span[]): number {
  let total = 0;
  for (const span of runningSpans(calendar, fromMs, toMs, pauses)) {
    if (span === 'open-pause' || span.start >= toMs) break;
    total += Math.min(span.end, toMs) - span.start;
  }
  return total;
}

/**
 * Business minutes in [from, to) (0 if to ≤ from), excluding paused intervals (an open pause
 * counts as paused up to `to`). The result is floor(elapsed business milliseconds / 60 000).
 */
export function businessMinutesBetween(
  calendar: WorkingCalendar,
  from: Date,
  to: Date,
  pauses: readonly ClockPause[] = [],
): number {
  checkCalendar(calendar);
  const fromMs = instantMs(from, 'from');
  const toMs = instantMs(to, 'to');
  if (toMs <= fromMs) return 0;
  return Math.floor(businessMsBetween(calendar, fromMs, toMs, mergePauses(pauses)) / MINUTE_MS);
}

/**
 * The earliest instant at which `minutes` business minutes (a whole number ≥ 0) have elapsed after
 * `from`, skipping closed pauses; `from` itself for 0 minutes. If an open pause (to null) starts
 * before that instant, the deadline is not known until the customer replies: null.
 * Inverse of businessMinutesBetween: businessMinutesBetween(from, result) === minutes.
 */
export function addBusinessMinutes(
  calendar: WorkingCalendar,
  from: Date,
  minutes: number,
  pauses: readonly ClockPause[] = [],
): Date | null {
  checkCalendar(calendar);
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new WorkingCalendarError(`minutes must be a whole number ≥ 0: ${minutes}`);
  }
  const fromMs = instantMs(from, 'from');
  const merged = mergePauses(pauses);
  if (minutes === 0) {
    return merged.some((pause) => pause.end === Infinity && pause.start < fromMs) ? null : new Date(fromMs);
  }
  let remaining = minutes * MINUTE_MS;
  for (const span of runningSpans(calendar, fromMs, Infinity, merged)) {
    if (span === 'open-pause') return null;
    const length = span.end - span.start;
    if (remaining <= length) return new Date(span.start + remaining);
    remaining -= length;
  }
  // Holidays are a finite set, so weekdays keep coming and the walk above always returns.
  throw new WorkingCalendarError('unreachable: the calendar has working days forever');
}

function pausedAt(pauses: readonly ClockPause[], instant: number): boolean {
  return pauses.some((pause) => pause.from.getTime() <= instant && (pause.to === null || pause.to.getTime() > instant));
}

/**
 * SLA view of one target.
 * - usedMinutes: business minutes from startedAt to metAt (or now), pauses excluded.
 * - deadline: the instant the target runs out; null while an open pause started before it.
 * - warningAt: the instant slaWarningMinutes(target) are used; null like the deadline.
 * - BREACHED: not met and now is after the deadline, or met after the deadline. A target met at
 *   or before its deadline is MET. Otherwise PAUSED while a pause covers now, WARNING once
 *   slaWarningMinutes are used, else OK. A breach stays BREACHED while paused: the customer's
 *   silence does not undo it.
 * - fractionUsed: used / target (1 for a zero target).
 */
export function slaTargetStatus(calendar: WorkingCalendar, input: SlaTargetInput): SlaTargetStatus {
  const { startedAt, targetMinutes, metAt, now } = input;
  if (!Number.isInteger(targetMinutes) || targetMinutes < 0) {
    throw new WorkingCalendarError(`targetMinutes must be a whole number ≥ 0: ${targetMinutes}`);
  }
  const end = metAt ?? now;
  // Once met, pauses still open at that moment end there: the clock stopped for good anyway.
  const pauses =
    metAt === null
      ? input.pauses
      : input.pauses
          .filter((pause) => pause.from.getTime() < metAt.getTime())
          .map((pause) => (pause.to === null || pause.to > metAt ? { from: pause.from, to: metAt } : pause));
  const usedMinutes = businessMinutesBetween(calendar, startedAt, end, pauses);
  const deadline = addBusinessMinutes(calendar, startedAt, targetMinutes, pauses);
  const warningAt = addBusinessMinutes(calendar, startedAt, slaWarningMinutes(targetMinutes), pauses);
  const leftMinutes = targetMinutes - usedMinutes;
  const fractionUsed = targetMinutes === 0 ? 1 : usedMinutes / targetMinutes;
  const lateAt = (instant: Date): boolean => deadline !== null && instant.getTime() > deadline.getTime();
  let state: SlaState;
  if (metAt !== null) state = lateAt(metAt) ? 'BREACHED' : 'MET';
  else if (lateAt(now)) state = 'BREACHED';
  else if (pausedAt(input.pauses, now.getTime())) state = 'PAUSED';
  else if (usedMinutes >= slaWarningMinutes(targetMinutes)) state = 'WARNING';
  else state = 'OK';
  return { deadline, warningAt, usedMinutes, leftMinutes, fractionUsed, state };
}
