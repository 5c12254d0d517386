import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDayLabel, isWorkingDay, shanghaiMidnight, shanghaiWeekday, type WorkingCalendar } from '@suanli/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/index.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import {
  CALENDAR_TIME_ZONE,
  DEFAULT_DAY_END_MINUTE,
  DEFAULT_DAY_START_MINUTE,
  MAX_CALENDAR_YEAR,
  MAX_DAY_NAME_LENGTH,
  MIN_CALENDAR_YEAR,
} from '../calendar-rules.js';
import type { RemoveCalendarDayInput, SetBusinessHoursInput, SetCalendarDayInput } from '../dto/working-calendar.inputs.js';
import { BusinessHoursEntity } from '../entities/business-hours.entity.js';
import { CalendarDayEntity } from '../entities/calendar-day.entity.js';
import type { BusinessHours, CalendarDay, WorkingCalendarYear } from '../models/working-calendar.model.js';
import { WORKING_CALENDAR_CHANGED } from '../working-calendar.events.js';

/**
 * How long a process reuses the calendar it read. A change made here empties the cache at once
 * and, over the event bus, in the other API processes; the bound covers a lost event.
 */
export const CALENDAR_CACHE_MS = 30_000;

const badDay = (day: string, field: string) =>
  new DomainError(UserErrorCode.INVALID_CALENDAR_DAY, `"${day}" is not a calendar day YYYY-MM-DD in ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}`, [field]);

function checkDay(day: string, field = 'day'): string {
  const trimmed = day.trim();
  if (!isDayLabel(trimmed)) throw badDay(day, field);
  const year = Number(trimmed.slice(0, 4));
  if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) throw badDay(day, field);
  return trimmed;
}

function toCalendarDay(row: CalendarDayEntity): CalendarDay {
  return { day: row.day, kind: row.kind, name: row.name, source: row.source, updatedAt: row.updatedAt };
}

function toBusinessHours(row: BusinessHoursEntity | null): BusinessHours {
  return {
    dayStartMinute: row?.dayStartMinute ?? DEFAULT_DAY_START_MINUTE,
    dayEndMinute: row?.dayEndMinute ?? DEFAULT_DAY_END_MINUTE,
    timeZone: CALENDAR_TIME_ZONE,
  };
}

function toWorkingCalendar(rows: readonly CalendarDayEntity[], hours: BusinessHours): WorkingCalendar {
  return {
    dayStartMinute: hours.dayStartMinute,
    dayEndMinute: hours.dayEndMinute,
    holidays: new Set(rows.filter((r) => r.kind === 'HOLIDAY').map((r) => r.day)),
    makeUpWorkdays: new Set(rows.filter((r) => r.kind === 'MAKE_UP_WORKDAY').map((r) => r.day)),
  };
}

/** The holiday table and business hours: read as a WorkingCalendar by the SLA clock, edited by admins. */
@Injectable()
export class WorkingCalendarService implements OnApplicationBootstrap {
  private cached: { calendar: WorkingCalendar; until: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  onApplicationBootstrap(): void {
    this.events.on(WORKING_CALENDAR_CHANGED, () => this.invalidate());
  }

  /**
   * The working calendar for business-hours arithmetic (every year the table holds). Pass the
   * manager of a running transaction: on the embedded database that transaction holds the only
   * connection, so a read outside it would wait forever.
   */
  async calendar(manager?: EntityManager): Promise<WorkingCalendar> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.calendar;
    const m = manager ?? this.dataSource.manager;
    const [rows, hours] = await Promise.all([
      m.getRepository(CalendarDayEntity).find({ where: { removed: false }, order: { day: 'ASC' } }),
      m.getRepository(BusinessHoursEntity).findOneBy({ id: 1 }),
    ]);
    const calendar = toWorkingCalendar(rows, toBusinessHours(hours));
    this.cached = { calendar, until: Date.now() + CALENDAR_CACHE_MS };
    return calendar;
  }

  invalidate(): void {
    this.cached = null;
  }

  async year(year: number): Promise<WorkingCalendarYear> {
    if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
      throw new DomainError(UserErrorCode.INVALID_CALENDAR_DAY, `The year must be ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}`, ['year']);
    }
    const rows = await this.dataSource
      .getRepository(CalendarDayEntity)
      .createQueryBuilder('d')
      .where('NOT d.removed')
      .andWhere('d.day >= :from AND d.day <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('d.day', 'ASC')
      .getMany();
    const hours = toBusinessHours(await this.dataSource.getRepository(BusinessHoursEntity).findOneBy({ id: 1 }));
    const calendar = toWorkingCalendar(rows, hours);
    return { year, days: rows.map(toCalendarDay), workingDayCount: workingDaysIn(calendar, year), businessHours: hours };
  }

  async setDay(actor: Actor, input: SetCalendarDayInput): Promise<{ calendarDay: CalendarDay }> {
    const day = checkDay(input.day);
    const name = input.name.trim();
    if (!name || name.length > MAX_DAY_NAME_LENGTH) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, `Name the day in 1–${MAX_DAY_NAME_LENGTH} characters (e.g. 国庆节)`, ['name']);
    }
    const weekday = shanghaiWeekday(shanghaiMidnight(day));
    if (input.kind === 'MAKE_UP_WORKDAY' && weekday !== 0 && weekday !== 6) {
      throw new DomainError(UserErrorCode.MAKE_UP_DAY_NOT_WEEKEND, `${day} is a weekday, already a workday; a make-up workday is a Saturday or Sunday`, ['kind']);
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(CalendarDayEntity).findOne({ where: { day }, lock: { mode: 'pessimistic_write' } });
      await manager.upsert(
        CalendarDayEntity,
        { day, kind: input.kind, name, source: 'MANUAL', removed: false, updatedBy: actor.id, updatedAt: new Date() },
        ['day'],
      );
      const after = await manager.getRepository(CalendarDayEntity).findOneByOrFail({ day });
      await this.audit.record(manager, {
        actor,
        action: 'CALENDAR_DAY_SET',
        target: { type: 'CalendarDay', id: day },
        details: {
          day,
          kind: input.kind,
          name,
          before: before && !before.removed ? { kind: before.kind, name: before.name, source: before.source } : null,
        },
      });
      return after;
    });
    await this.changed();
    return { calendarDay: toCalendarDay(saved) };
  }

  /** Takes a day out; its row stays as a MANUAL tombstone so the next package import leaves it out. */
  async removeDay(actor: Actor, input: RemoveCalendarDayInput): Promise<{ removedDay: string }> {
    const day = checkDay(input.day);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(CalendarDayEntity).findOne({ where: { day }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.removed) throw new DomainError(UserErrorCode.NOT_FOUND, `${day} is neither a holiday nor a make-up workday`, ['day']);
      await manager.update(CalendarDayEntity, { day }, { removed: true, source: 'MANUAL', updatedBy: actor.id, updatedAt: new Date() });
      await this.audit.record(manager, {
        actor,
        action: 'CALENDAR_DAY_REMOVED',
        target: { type: 'CalendarDay', id: day },
        details: { day, kind: row.kind, name: row.name, source: row.source },
      });
    });
    await this.changed();
    return { removedDay: day };
  }

  async setBusinessHours(actor: Actor, input: SetBusinessHoursInput): Promise<{ businessHours: BusinessHours }> {
    const { dayStartMinute: start, dayEndMinute: end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > 24 * 60 || start >= end) {
      throw new DomainError(UserErrorCode.INVALID_BUSINESS_HOURS, 'Business hours start before they end, within 00:00–24:00, in whole minutes', [
        start >= 0 && start < 24 * 60 ? 'dayEndMinute' : 'dayStartMinute',
      ]);
    }
    const hours = await this.dataSource.transaction(async (manager) => {
      const before = toBusinessHours(await manager.getRepository(BusinessHoursEntity).findOne({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } }));
      await manager.upsert(
        BusinessHoursEntity,
        { id: 1, dayStartMinute: start, dayEndMinute: end, timeZone: CALENDAR_TIME_ZONE, updatedBy: actor.id, updatedAt: new Date() },
        ['id'],
      );
      await this.audit.record(manager, {
        actor,
        action: 'BUSINESS_HOURS_SET',
        target: { type: 'BusinessHours', id: '1' },
        details: { dayStartMinute: start, dayEndMinute: end, before: { dayStartMinute: before.dayStartMinute, dayEndMinute: before.dayEndMinute } },
      });
      return toBusinessHours(await manager.getRepository(BusinessHoursEntity).findOneByOrFail({ id: 1 }));
    });
    await this.changed();
    return { businessHours: hours };
  }

  private async changed(): Promise<void> {
    this.invalidate();
    await this.events.publish([{ topic: WORKING_CALENDAR_CHANGED, payload: { at: new Date().toISOString() } }]);
  }
}

/** Working days of a year on a calendar: what the year page shows beside the list. */
export function workingDaysIn(calendar: WorkingCalendar, year: number): number {
  let count = 0;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    if (isWorkingDay(calendar, new Date(t).toISOString().slice(0, 10))) count += 1;
  }
  return count;
}
