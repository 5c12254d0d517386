import chineseDays from 'chinese-days';

/**
 * Business-minute arithmetic on mainland China's working calendar: 09:00–18:00 Asia/Shanghai on
 * working days (weekdays less public holidays, plus the make-up working days, 调休).
 *
 * A stand-in adapter on `chinese-days` until the shared WorkingCalendar (libs/domain consulting,
 * with the admin-editable holiday table) lands: the SLA code depends only on this interface, so
 * swapping the implementation touches the provider in consulting.module.ts and nothing else.
 */
export interface SlaCalendar {
  businessMinutesBetween(from: Date, to: Date): number;
  addBusinessMinutes(from: Date, minutes: number): Date;
}

export const SLA_CALENDAR = Symbol('SlaCalendar');

const MINUTE = 60_000;
const SHANGHAI_OFFSET = 8 * 60 * MINUTE; // no daylight saving since 1991
const DAY = 24 * 60 * MINUTE;
/** A search horizon: no SLA runs for more than ten years of calendar days. */
const MAX_DAYS = 3660;

export interface BusinessHours {
  startMinute: number;
  endMinute: number;
  isWorkday(isoDate: string): boolean;
}

export const CHINA_BUSINESS_HOURS: BusinessHours = {
  startMinute: 9 * 60,
  endMinute: 18 * 60,
  isWorkday: (isoDate) => chineseDays.isWorkday(isoDate),
};

/** Midnight Asia/Shanghai of the day containing `at`, as a UTC instant, and that day's ISO date. */
function shanghaiDay(at: number): { midnight: number; iso: string } {
  const local = at + SHANGHAI_OFFSET;
  const midnightLocal = local - (((local % DAY) + DAY) % DAY);
  return { midnight: midnightLocal - SHANGHAI_OFFSET, iso: new Date(midnightLocal).toISOString().slice(0, 10) };
}

export function workingCalendar(hours: BusinessHours = CHINA_BUSINESS_HOURS): SlaCalendar {
  const windowOf = (midnight: number) => [midnight + hours.startMinute * MINUTE, midnight + hours.endMinute * MINUTE] as const;
  return {
    businessMinutesBetween(from, to) {
      const a = from.getTime();
      const b = to.getTime();
      if (b <= a) return 0;
      let total = 0;
      for (let { midnight, iso } = shanghaiDay(a); midnight < b; ({ midnight, iso } = shanghaiDay(midnight + DAY + 1))) {
        if (!hours.isWorkday(iso)) continue;
        const [open, close] = windowOf(midnight);
        total += Math.max(0, Math.min(close, b) - Math.max(open, a));
      }
      return Math.floor(total / MINUTE);
    },
    addBusinessMinutes(from, minutes) {
      let remaining = minutes * MINUTE;
      let { midnight, iso } = shanghaiDay(from.getTime());
      for (let day = 0; day < MAX_DAYS; day++, { midnight, iso } = shanghaiDay(midnight + DAY + 1)) {
        if (!hours.isWorkday(iso)) continue;
        const [open, close] = windowOf(midnight);
        const start = Math.max(open, from.getTime());
        if (start >= close) continue;
        if (remaining <= close - start) return new Date(start + remaining);
        remaining -= close - start;
      }
      throw new Error(`No ${minutes} business minutes within ${MAX_DAYS} days of ${from.toISOString()}`);
    },
  };
}
