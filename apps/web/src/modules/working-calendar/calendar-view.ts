/** Pure view logic of the working-calendar page: times of day and holiday periods. */

export interface CalendarDayRow {
  day: string;
  kind: 'HOLIDAY' | 'MAKE_UP_WORKDAY';
  name: string;
}

/** 540 → "09:00"; 1440 → "24:00" (the end of the day). */
export function minutesToClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "9:00" / "09:00" / "24:00" → minutes after midnight; null for anything else. */
export function clockToMinutes(text: string): number | null {
  const match = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** One holiday of a year (国庆节): its days off in runs, and the weekend days worked for it. */
export interface HolidayPeriod {
  name: string;
  /** Consecutive days off, as [first, last] (inclusive). */
  offRuns: [string, string][];
  offDays: number;
  makeUpDays: string[];
}

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** Days grouped by name in order of each holiday's first day; days off joined into runs. */
export function holidayPeriods(days: readonly CalendarDayRow[]): HolidayPeriod[] {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const periods = new Map<string, HolidayPeriod>();
  for (const row of sorted) {
    const period = periods.get(row.name) ?? { name: row.name, offRuns: [], offDays: 0, makeUpDays: [] };
    periods.set(row.name, period);
    if (row.kind === 'MAKE_UP_WORKDAY') {
      period.makeUpDays.push(row.day);
      continue;
    }
    period.offDays += 1;
    const last = period.offRuns[period.offRuns.length - 1];
    if (last && nextDay(last[1]) === row.day) last[1] = row.day;
    else period.offRuns.push([row.day, row.day]);
  }
  const firstDay = (p: HolidayPeriod) => [p.offRuns[0]?.[0], p.makeUpDays[0]].filter((d): d is string => !!d).sort()[0] ?? '';
  return [...periods.values()].sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
}

/** Day of the week of a YYYY-MM-DD day (the label is the same in every time zone): 0 Sunday … 6 Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Years the year picker offers: what chinese-days covers (2004 on) up to two years ahead. */
export function pickableYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear + 2; year >= 2004; year -= 1) years.push(year);
  return years;
}
