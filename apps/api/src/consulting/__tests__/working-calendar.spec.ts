import { clockMinutes, slaTargetView } from '../sla/sla-targets.js';
import { packageCalendarSource, type SlaCalendar } from '../sla/working-calendar.js';

let calendar: SlaCalendar;
beforeAll(async () => {
  calendar = await packageCalendarSource().calendar();
});
/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

/** Minute by minute: the definition business minutes must agree with. */
function bruteForce(from: Date, to: Date): number {
  let count = 0;
  for (let t = from.getTime(); t + 60_000 <= to.getTime(); t += 60_000) {
    const local = new Date(t + 8 * 3_600_000);
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    if (minute >= 540 && minute < 1080 && calendar.businessMinutesBetween(new Date(t), new Date(t + 60_000)) === 1) count++;
  }
  return count;
}

describe('SLA targets on the working calendar (09:00–18:00 Asia/Shanghai, mainland holidays and 调休)', () => {
  it('skips the National Day holiday and counts the make-up Saturday', () => {
    expect(calendar.addBusinessMinutes(sh('2026-09-30T17:00:00'), 120).toISOString()).toBe(sh('2026-10-08T10:00:00').toISOString());
    expect(calendar.addBusinessMinutes(sh('2026-10-09T17:00:00'), 120).toISOString()).toBe(sh('2026-10-10T10:00:00').toISOString());
    expect(calendar.businessMinutesBetween(sh('2026-09-30T17:00:00'), sh('2026-10-08T10:00:00'))).toBe(120);
  });

  it('starts a clock opened at night at the next opening, and an ordinary weekend is skipped', () => {
    expect(calendar.addBusinessMinutes(sh('2026-12-04T23:00:00'), 30).toISOString()).toBe(sh('2026-12-07T09:30:00').toISOString());
    expect(calendar.businessMinutesBetween(sh('2026-12-04T17:00:00'), sh('2026-12-07T10:00:00'))).toBe(120);
  });

  it('agrees with a minute-by-minute count, and addBusinessMinutes inverts businessMinutesBetween', () => {
    const from = sh('2026-09-30T16:07:00');
    for (const minutes of [1, 53, 113, 540, 700]) {
      const to = calendar.addBusinessMinutes(from, minutes);
      expect(calendar.businessMinutesBetween(from, to)).toBe(minutes);
    }
    expect(calendar.businessMinutesBetween(from, sh('2026-10-08T11:30:00'))).toBe(bruteForce(from, sh('2026-10-08T11:30:00')));
  });

  it('leaves paused stretches off the clock and reports PAUSED, WARNING and BREACHED', () => {
    const start = sh('2026-12-07T09:00:00');
    const pauses = [{ startedAt: sh('2026-12-07T10:00:00'), endedAt: sh('2026-12-08T10:00:00') }];
    expect(clockMinutes(calendar, start, sh('2026-12-08T11:00:00'), pauses)).toBe(120);
    const target = { kind: 'RESOLUTION' as const, targetMinutes: 150, startedAt: start, metAt: null, breachedAt: null };
    expect(slaTargetView(calendar, target, pauses, sh('2026-12-08T11:00:00'))).toMatchObject({ state: 'WARNING', minutesLeft: 30, deadline: sh('2026-12-08T11:30:00') });
    expect(slaTargetView(calendar, target, [{ startedAt: sh('2026-12-07T10:00:00'), endedAt: null }], sh('2026-12-09T11:00:00'))).toMatchObject({ state: 'PAUSED', deadline: null, minutesLeft: 90 });
    // Past due: the deadline shown is when it fell due (after the pause), not the moment of reading.
    expect(slaTargetView(calendar, target, pauses, sh('2026-12-08T12:00:00'))).toMatchObject({ state: 'BREACHED', minutesLeft: -30, deadline: sh('2026-12-08T11:30:00'), warningAt: sh('2026-12-08T11:00:00') });
  });
});
