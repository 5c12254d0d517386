import type { WorkingCalendar } from '@suanli/domain';
import { slaTargetView } from '../sla/sla-targets.js';
import { packageCalendarSource } from '../sla/working-calendar.js';

let calendar: WorkingCalendar;
beforeAll(async () => {
  calendar = await packageCalendarSource().calendar();
});
/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

/**
 * The API's view of a stored target. The arithmetic is libs/domain's (property-tested there against
 * a minute counter); these check the mapping from rows and what the stored stamps add.
 */
describe('slaTargetView over stored SLA rows (09:00–18:00 Asia/Shanghai, mainland holidays and 调休)', () => {
  const start = sh('2026-12-07T09:00:00');
  const target = { kind: 'RESOLUTION' as const, targetMinutes: 150, startedAt: start, metAt: null, warnedAt: null, breachedAt: null };
  const pauses = [{ startedAt: sh('2026-12-07T10:00:00'), endedAt: sh('2026-12-08T10:00:00') }];

  it('leaves paused stretches off the clock and reports OK, WARNING, PAUSED and BREACHED', () => {
    expect(slaTargetView(calendar, target, pauses, sh('2026-12-08T10:30:00'))).toMatchObject({ state: 'OK', usedMinutes: 90, minutesLeft: 60, deadline: sh('2026-12-08T11:30:00'), warningAt: sh('2026-12-08T11:00:00') });
    expect(slaTargetView(calendar, target, pauses, sh('2026-12-08T11:00:00'))).toMatchObject({ state: 'WARNING', minutesLeft: 30 });
    expect(slaTargetView(calendar, target, [{ startedAt: sh('2026-12-07T10:00:00'), endedAt: null }], sh('2026-12-09T11:00:00'))).toMatchObject({ state: 'PAUSED', deadline: null, warningAt: null, minutesLeft: 90 });
    // Past due: the deadline shown is when it fell due (after the pause), not the moment of reading.
    expect(slaTargetView(calendar, target, pauses, sh('2026-12-08T12:00:00'))).toMatchObject({ state: 'BREACHED', minutesLeft: -30, deadline: sh('2026-12-08T11:30:00') });
  });

  it('skips the National Day holiday and counts the make-up Saturday', () => {
    const national = { ...target, targetMinutes: 120, startedAt: sh('2026-09-30T17:00:00') };
    expect(slaTargetView(calendar, national, [], sh('2026-09-30T17:30:00')).deadline).toEqual(sh('2026-10-08T10:00:00'));
    const makeUp = { ...target, targetMinutes: 120, startedAt: sh('2026-10-09T17:00:00') };
    expect(slaTargetView(calendar, makeUp, [], sh('2026-10-09T17:30:00')).deadline).toEqual(sh('2026-10-10T10:00:00'));
  });

  it('keeps a recorded breach BREACHED (a reopened ticket), and calls a target kept after its deadline BREACHED, not MET', () => {
    const recorded = { ...target, breachedAt: sh('2026-12-07T11:30:00') };
    expect(slaTargetView(calendar, recorded, [{ startedAt: sh('2026-12-07T10:00:00'), endedAt: null }], sh('2026-12-09T11:00:00')).state).toBe('BREACHED');
    expect(slaTargetView(calendar, { ...target, metAt: sh('2026-12-07T11:00:00') }, [], sh('2026-12-09T11:00:00'))).toMatchObject({ state: 'MET', deadline: null, usedMinutes: 120 });
    expect(slaTargetView(calendar, { ...target, metAt: sh('2026-12-07T12:00:00') }, [], sh('2026-12-09T11:00:00'))).toMatchObject({ state: 'BREACHED', deadline: null, usedMinutes: 180 });
  });
});
