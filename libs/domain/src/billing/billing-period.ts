/**
 * Billing months are Shanghai calendar months. Asia/Shanghai is UTC+8 all year with no daylight
 * saving (none since 1991), so a fixed offset is exact and needs no time-zone database.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface BillingPeriod {
  month: string /* 'YYYY-MM' */;
  start: Date;
  end: Date /* exclusive, UTC instants of Shanghai midnights */;
}

export class BillingPeriodError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'BillingPeriodError';
  }
}

/** Shanghai wall-clock fields of an instant, read off a Date shifted by +8h. */
function shanghaiWall(instant: Date): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new BillingPeriodError('not a valid instant');
  return new Date(ms + SHANGHAI_OFFSET_MS);
}

/** The UTC instant of a Shanghai wall time. setUTCFullYear, unlike Date.UTC, keeps years 0..99 literal. */
function fromShanghaiWall(year: number, monthIndex: number, day: number, timeOfDayMs = 0): Date {
  const wall = new Date(0);
  wall.setUTCFullYear(year, monthIndex, day);
  return new Date(wall.getTime() + timeOfDayMs - SHANGHAI_OFFSET_MS);
}

function monthLabel(year: number, monthIndex: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' → [first Shanghai midnight of the month, first of the next). */
export function billingPeriod(month: string): BillingPeriod {
  const match = MONTH.exec(month);
  if (!match) throw new BillingPeriodError(`not a billing month (YYYY-MM): "${month}"`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  // Month index 12 rolls into January of the next year.
  return { month, start: fromShanghaiWall(year, monthIndex, 1), end: fromShanghaiWall(year, monthIndex + 1, 1) };
}

export function billingPeriodContaining(instant: Date): BillingPeriod {
  const wall = shanghaiWall(instant);
  const year = wall.getUTCFullYear();
  if (year < 0 || year > 9999) throw new BillingPeriodError(`year out of range: ${year}`);
  return billingPeriod(monthLabel(year, wall.getUTCMonth()));
}

/** 'YYYY-MM-DD': the Shanghai calendar day an instant falls on. */
export function shanghaiDay(instant: Date): string {
  const wall = shanghaiWall(instant);
  const year = wall.getUTCFullYear();
  if (year < 0 || year > 9999) throw new BillingPeriodError(`year out of range: ${year}`);
  return `${monthLabel(year, wall.getUTCMonth())}-${String(wall.getUTCDate()).padStart(2, '0')}`;
}

export function shanghaiYear(instant: Date): number {
  return shanghaiWall(instant).getUTCFullYear();
}

function daysInMonth(year: number, monthIndex: number): number {
  const wall = new Date(0);
  wall.setUTCFullYear(year, monthIndex + 1, 0);
  return wall.getUTCDate();
}

/**
 * Voucher validity: the same Shanghai wall time `months` later, clamped to the end of a shorter
 * month (31 Jan + 1 month = 28/29 Feb, same time of day).
 */
export function addShanghaiMonths(instant: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new BillingPeriodError(`months must be an integer: ${months}`);
  const wall = shanghaiWall(instant);
  const total = wall.getUTCFullYear() * 12 + wall.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(wall.getUTCDate(), daysInMonth(year, monthIndex));
  const timeOfDayMs = ((wall.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  return fromShanghaiWall(year, monthIndex, day, timeOfDayMs);
}

const DAY_LABEL = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a string is an existing calendar day written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isDayLabel(value: string): boolean {
  const match = DAY_LABEL.exec(value);
  if (!match) return false;
  return Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]) - 1);
}

/** 'YYYY-MM-DD' → the UTC instant of that day's Shanghai midnight. */
export function shanghaiMidnight(day: string): Date {
  if (!isDayLabel(day)) throw new BillingPeriodError(`not a calendar day (YYYY-MM-DD): "${day}"`);
  const [year, month, date] = day.split('-').map(Number);
  return fromShanghaiWall(year, month - 1, date);
}

/** Day of the week in Shanghai: 0 = Sunday … 6 = Saturday. */
export function shanghaiWeekday(instant: Date): number {
  return shanghaiWall(instant).getUTCDay();
}
