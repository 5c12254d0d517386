/** The kinds of day the holiday table holds; every other day follows the week (Mon–Fri work). */
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'MAKE_UP_WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** PACKAGE rows come from the chinese-days import; MANUAL rows were entered or changed by an admin. */
export const CALENDAR_DAY_SOURCES = ['PACKAGE', 'MANUAL'] as const;
export type CalendarDaySource = (typeof CALENDAR_DAY_SOURCES)[number];

/** The only time zone the SLA clock runs in (UTC+8, no daylight saving). */
export const CALENDAR_TIME_ZONE = 'Asia/Shanghai';

/** Business hours a fresh database starts with: 09:00–18:00. */
export const DEFAULT_DAY_START_MINUTE = 9 * 60;
export const DEFAULT_DAY_END_MINUTE = 18 * 60;

export const MAX_DAY_NAME_LENGTH = 60;
/** Years the table accepts: what the `date` type and a State Council notice make sense for. */
export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2099;
