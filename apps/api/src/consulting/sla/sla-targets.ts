import type { SlaTargetKind } from '../ticket-rules.js';
import type { SlaCalendar } from './working-calendar.js';

export type SlaState = 'OK' | 'WARNING' | 'BREACHED' | 'PAUSED' | 'MET';

/** The part of the target after which a warning goes out. */
export const WARNING_FRACTION = 0.8;

export interface ClockPause {
  startedAt: Date;
  endedAt: Date | null;
}

export interface SlaTargetRow {
  kind: SlaTargetKind;
  targetMinutes: number;
  startedAt: Date;
  metAt: Date | null;
  breachedAt: Date | null;
}

export interface SlaTargetView {
  kind: SlaTargetKind;
  targetMinutes: number;
  /** Business minutes used so far (up to `now`, or up to when it was met). */
  usedMinutes: number;
  /** When it falls due if the clock keeps running from now; null while paused. */
  deadline: Date | null;
  /** When the 80 % warning falls due; null while paused. */
  warningAt: Date | null;
  /** Business minutes left (negative once breached). */
  minutesLeft: number;
  state: SlaState;
  metAt: Date | null;
  breachedAt: Date | null;
}

/** Business minutes on the clock between `from` and `to`, less the pauses inside. */
export function clockMinutes(calendar: SlaCalendar, from: Date, to: Date, pauses: readonly ClockPause[]): number {
  const paused = pauses.reduce((sum, p) => {
    const a = p.startedAt > from ? p.startedAt : from;
    const end = p.endedAt ?? to;
    const b = end < to ? end : to;
    return sum + (b > a ? calendar.businessMinutesBetween(a, b) : 0);
  }, 0);
  return calendar.businessMinutesBetween(from, to) - paused;
}

/**
 * The instant the clock reached `minutes` after `from`, closed pauses excluded: stepping the
 * business calendar forward by the paused minutes it crossed until no more pause falls inside.
 */
export function instantAtClockMinutes(calendar: SlaCalendar, from: Date, minutes: number, pauses: readonly ClockPause[]): Date {
  let at = calendar.addBusinessMinutes(from, minutes);
  for (let step = 0; step < 50; step++) {
    const paused = calendar.businessMinutesBetween(from, at) - clockMinutes(calendar, from, at, pauses);
    const next = calendar.addBusinessMinutes(from, minutes + paused);
    if (next.getTime() === at.getTime()) break;
    at = next;
  }
  return at;
}

/**
 * Where a target stands at `now`. The deadline is `now` plus the minutes left on the business
 * calendar, which already accounts for every closed pause; an open pause has no deadline.
 */
export function slaTargetView(calendar: SlaCalendar, target: SlaTargetRow, pauses: readonly ClockPause[], now: Date): SlaTargetView {
  const until = target.metAt ?? now;
  const usedMinutes = clockMinutes(calendar, target.startedAt, until, pauses);
  const minutesLeft = target.targetMinutes - usedMinutes;
  const paused = pauses.some((p) => p.endedAt === null);
  const base = { kind: target.kind, targetMinutes: target.targetMinutes, usedMinutes, minutesLeft, metAt: target.metAt, breachedAt: target.breachedAt };
  if (target.metAt) return { ...base, deadline: null, warningAt: null, state: 'MET' };
  const breached = target.breachedAt !== null || minutesLeft <= 0;
  if (paused) return { ...base, deadline: null, warningAt: null, state: breached ? 'BREACHED' : 'PAUSED' };
  const from = now < target.startedAt ? target.startedAt : now;
  // Past instants are found again on the calendar, so a breached target shows when it fell due.
  const deadline = minutesLeft > 0 ? calendar.addBusinessMinutes(from, minutesLeft) : instantAtClockMinutes(calendar, target.startedAt, target.targetMinutes, pauses);
  const warningMinutes = Math.ceil(target.targetMinutes * WARNING_FRACTION);
  const warningLeft = warningMinutes - usedMinutes;
  const warningAt = warningLeft > 0 ? calendar.addBusinessMinutes(from, warningLeft) : instantAtClockMinutes(calendar, target.startedAt, warningMinutes, pauses);
  const state: SlaState = breached ? 'BREACHED' : warningLeft <= 0 ? 'WARNING' : 'OK';
  return { ...base, deadline, warningAt, state };
}
