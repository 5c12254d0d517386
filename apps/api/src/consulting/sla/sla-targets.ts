import { slaTargetStatus, type SlaState, type WorkingCalendar } from '@suanli/domain';
import type { SlaTargetKind } from '../ticket-rules.js';

export type { SlaState };

/** A stretch the clock stood still, as stored in ticket_sla_pauses. */
export interface ClockPauseRow {
  startedAt: Date;
  endedAt: Date | null;
}

/** A target as stored in ticket_sla_targets. */
export interface SlaTargetRow {
  kind: SlaTargetKind;
  targetMinutes: number;
  startedAt: Date;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

export interface SlaTargetView {
  kind: SlaTargetKind;
  targetMinutes: number;
  /** Business minutes used so far (up to `now`, or up to when it was met). */
  usedMinutes: number;
  /** When it falls due; null while paused before it did. */
  deadline: Date | null;
  /** When the 80 % warning falls due; null while paused before it did. */
  warningAt: Date | null;
  /** Business minutes left (negative once breached). */
  minutesLeft: number;
  state: SlaState;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

/**
 * Where a stored target stands at `now`: libs/domain's slaTargetStatus (the one definition of
 * the SLA clock, property-tested against a minute counter) over the stored rows. The one thing
 * the rows add is a breach the timer recorded, which stays BREACHED (say, reopened after it).
 */
export function slaTargetView(calendar: WorkingCalendar, target: SlaTargetRow, pauses: readonly ClockPauseRow[], now: Date): SlaTargetView {
  const status = slaTargetStatus(calendar, {
    startedAt: target.startedAt,
    targetMinutes: target.targetMinutes,
    metAt: target.metAt,
    now,
    pauses: pauses.map((p) => ({ from: p.startedAt, to: p.endedAt })),
  });
  const state: SlaState = target.breachedAt && !target.metAt ? 'BREACHED' : status.state;
  return {
    kind: target.kind,
    targetMinutes: target.targetMinutes,
    usedMinutes: status.usedMinutes,
    minutesLeft: status.leftMinutes,
    deadline: target.metAt ? null : status.deadline,
    warningAt: target.metAt ? null : status.warningAt,
    state,
    metAt: target.metAt,
    warnedAt: target.warnedAt,
    breachedAt: target.breachedAt,
  };
}
