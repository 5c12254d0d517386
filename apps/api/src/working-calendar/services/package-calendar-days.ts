import { createRequire } from 'node:module';
import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDayKind } from '../calendar-rules.js';

/** A day as the chinese-days package lists it. */
export interface PackageCalendarDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

/** Entries read "National Day,国庆节,3": English name, Chinese name, how many days of the holiday. */
type PackageTable = Record<string, string>;
interface PackageData {
  holidays: PackageTable;
  workdays: PackageTable;
}

/**
 * The package's own data file (every year it covers, 2004 on), read through require because its
 * functions answer one day at a time and do not say which years they know.
 */
function readPackageData(): PackageData {
  const require = createRequire(import.meta.url);
  return require('chinese-days/dist/chinese-days.json') as PackageData;
}

function chineseName(entry: string): string {
  const [english, chinese] = entry.split(',');
  return (chinese || english || '').trim();
}

/** Every holiday and make-up workday chinese-days knows, in day order. */
export function packageCalendarDays(): PackageCalendarDay[] {
  const data = readPackageData();
  const days: PackageCalendarDay[] = [
    ...Object.entries(data.holidays).map(([day, entry]) => ({ day, kind: 'HOLIDAY' as const, name: chineseName(entry) })),
    ...Object.entries(data.workdays).map(([day, entry]) => ({ day, kind: 'MAKE_UP_WORKDAY' as const, name: chineseName(entry) })),
  ];
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/** Serialises importers of several API processes starting at once (any constant the app does not use elsewhere). */
const IMPORT_LOCK = 7212013;

/**
 * Reference data, not demo data: copies the package's days into calendar_days as PACKAGE rows.
 * Idempotent and safe to run at every start: a day already in the table — imported before, entered
 * or changed by an admin (MANUAL), or removed by one (a MANUAL tombstone) — is left as it is.
 * Returns how many days were added.
 */
export async function importPackageCalendarDays(target: DataSource | EntityManager, days = packageCalendarDays()): Promise<number> {
  const manager = 'manager' in target ? target.manager : target;
  if (days.length === 0) return 0;
  return manager.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const inserted: { day: string }[] = await tx.query(
      `INSERT INTO calendar_days (day, kind, name, source)
       SELECT d, k, n, 'PACKAGE' FROM unnest($1::date[], $2::text[], $3::text[]) AS t(d, k, n)
       ON CONFLICT (day) DO NOTHING
       RETURNING day`,
      [days.map((d) => d.day), days.map((d) => d.kind), days.map((d) => d.name)],
    );
    return inserted.length;
  });
}
