import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AdminChangeColumns } from './admin-change-columns.js';
import { CALENDAR_DAY_KINDS, CALENDAR_DAY_SOURCES, type CalendarDayKind, type CalendarDaySource } from '../calendar-rules.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * One exception to the Monday–Friday week: a public holiday or a make-up workday (调休). Removing a
 * day keeps its row as a MANUAL tombstone (`removed`), so the package import at the next start does
 * not bring back a day an admin took out.
 */
@Entity({ name: 'calendar_days' })
@Check('calendar_days_kind_check', `kind IN (${list(CALENDAR_DAY_KINDS)})`)
@Check('calendar_days_source_check', `source IN (${list(CALENDAR_DAY_SOURCES)})`)
@Check('calendar_days_name_check', `length(btrim(name)) BETWEEN 1 AND 60`)
// A make-up workday is a weekend day by definition (ISO day of week 6 = Saturday, 7 = Sunday).
@Check('calendar_days_make_up_weekend_check', `kind <> 'MAKE_UP_WORKDAY' OR extract(isodow FROM day) IN (6, 7)`)
// Only an admin removes a day, so a tombstone is always MANUAL.
@Check('calendar_days_removed_check', `NOT removed OR source = 'MANUAL'`)
export class CalendarDayEntity extends AdminChangeColumns {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  kind!: CalendarDayKind;

  /** What the day is for, as the State Council notice names it (国庆节, 春节). */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  source!: CalendarDaySource;

  @Column({ type: 'boolean', default: false })
  removed!: boolean;
}
