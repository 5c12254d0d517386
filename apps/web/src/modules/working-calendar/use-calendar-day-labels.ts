import { useCallback } from 'react';
import { useLocale } from '../../shared/i18n/use-locale';

/**
 * A YYYY-MM-DD day written for the reader ("10月1日 周四" / "Thu 1 Oct"). The label is a calendar
 * day, not an instant, so it is formatted in UTC where it cannot shift.
 */
export function useCalendarDayLabel(): (day: string, withYear?: boolean) => string {
  const locale = useLocale();
  return useCallback(
    (day: string, withYear = false) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    [locale],
  );
}
