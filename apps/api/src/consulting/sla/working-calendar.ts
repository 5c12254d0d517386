import type { WorkingCalendar } from '@suanli/domain';
import type { EntityManager } from 'typeorm';
import { packageCalendarDays } from '../../working-calendar/index.js';

/** Where the SLA code gets the calendar: the admin-edited holiday table, read inside the caller's transaction. */
export interface SlaCalendarSource {
  calendar(manager?: EntityManager): Promise<WorkingCalendar>;
}

export const SLA_CALENDAR = Symbol('SlaCalendarSource');

/** The running app's source: WorkingCalendarService (holiday table and business hours, cached). */
export function calendarSourceOf(service: { calendar(manager?: EntityManager): Promise<WorkingCalendar> }): SlaCalendarSource {
  return { calendar: (manager) => service.calendar(manager) };
}

/**
 * 09:00–18:00 with the `chinese-days` package's holidays and make-up workdays, as the holiday
 * table starts out: for the demo seed (before the app, and so the table import, has started) and tests.
 */
export function packageCalendarSource(): SlaCalendarSource {
  const days = packageCalendarDays();
  const calendar: WorkingCalendar = {
    dayStartMinute: 9 * 60,
    dayEndMinute: 18 * 60,
    holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.day)),
    makeUpWorkdays: new Set(days.filter((d) => d.kind === 'MAKE_UP_WORKDAY').map((d) => d.day)),
  };
  return { calendar: async () => calendar };
}
