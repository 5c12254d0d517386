import { HttpAdapterHost } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { AuditService } from '../../audit/index.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { CalendarDayEntity } from '../entities/calendar-day.entity.js';
import { importPackageCalendarDays, packageCalendarDays, type PackageCalendarDay } from '../index.js';
import { WorkingCalendarService } from '../services/working-calendar.service.js';

/** Days of a far year no real import touches, so this spec owns them in the shared database. */
const year = 2090 + Math.floor(Math.random() * 9);
const probe = (monthDay: string, kind: PackageCalendarDay['kind'], name: string): PackageCalendarDay => ({ day: `${year}-${monthDay}`, kind, name });

describe('importing chinese-days into calendar_days (PostgreSQL)', () => {
  let dataSource: DataSource;
  let service: WorkingCalendarService;
  let admin: ReturnType<typeof actorFor>;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    await dataSource.query(`DELETE FROM calendar_days WHERE day >= $1 AND day <= $2`, [`${year}-01-01`, `${year}-12-31`]);
    const events = new EventBus(dataSource, { databaseUrl: null } as unknown as AppConfig, new HttpAdapterHost());
    service = new WorkingCalendarService(dataSource, new AuditService(dataSource), events);
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    admin = actorFor(await createUser(dataSource, 'ADMIN', centre.id));
  });

  afterAll(() => dataSource.destroy());

  it('holds every 2026 holiday and 调休 day of the package, and importing again adds nothing', async () => {
    await importPackageCalendarDays(dataSource);
    const again = await importPackageCalendarDays(dataSource);
    expect(again).toBe(0);
    const rows = await dataSource.getRepository(CalendarDayEntity).find({ where: { removed: false } });
    const stored = new Map(rows.map((r) => [r.day, r]));
    const expected = packageCalendarDays().filter((d) => d.day.startsWith('2026-'));
    expect(expected.length).toBe(39); // 33 holidays and 6 make-up workdays
    for (const day of expected) expect(stored.get(day.day)).toMatchObject({ kind: day.kind });
    expect(stored.get('2026-10-01')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节' });
    expect(stored.get('2026-10-10')).toMatchObject({ kind: 'MAKE_UP_WORKDAY', name: '国庆节' });
    // Several years are covered, not only 2026.
    expect(stored.get('2025-01-28')).toMatchObject({ kind: 'HOLIDAY', name: '春节' });
  });

  it('never overwrites a MANUAL row and never brings back a day an admin removed', async () => {
    const days = [probe('01-05', 'HOLIDAY', '包内假日'), probe('01-06', 'HOLIDAY', '包内假日'), probe('01-07', 'HOLIDAY', '将被删除')];
    expect(await importPackageCalendarDays(dataSource, days)).toBe(3);
    const edited = await service.setDay(admin, { day: `${year}-01-05`, kind: 'HOLIDAY', name: '人工改名' });
    expect(edited.calendarDay).toMatchObject({ source: 'MANUAL', name: '人工改名' });
    await service.removeDay(admin, { day: `${year}-01-07` });

    expect(await importPackageCalendarDays(dataSource, days)).toBe(0);
    const rows = await dataSource.getRepository(CalendarDayEntity).find({ where: days.map((d) => ({ day: d.day })), order: { day: 'ASC' } });
    expect(rows.map((r) => [r.day, r.source, r.name, r.removed])).toEqual([
      [`${year}-01-05`, 'MANUAL', '人工改名', false],
      [`${year}-01-06`, 'PACKAGE', '包内假日', false],
      [`${year}-01-07`, 'MANUAL', '将被删除', true],
    ]);
    service.invalidate();
    const calendar = await service.calendar();
    expect(calendar.holidays.has(`${year}-01-05`)).toBe(true);
    expect(calendar.holidays.has(`${year}-01-07`)).toBe(false);
  });

  it('inserts each day once when several processes import at the same time', async () => {
    const days = Array.from({ length: 20 }, (_, i) => probe(`03-${String(i + 1).padStart(2, '0')}`, 'HOLIDAY', '并发导入'));
    const connections = await Promise.all([connectTestDataSource(), connectTestDataSource(), connectTestDataSource()]);
    try {
      const inserted = await Promise.all(connections.map((c) => importPackageCalendarDays(c, days)));
      expect(inserted.reduce((a, b) => a + b, 0)).toBe(20);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM calendar_days WHERE day BETWEEN $1 AND $2`, [`${year}-03-01`, `${year}-03-20`]);
      expect(count).toBe(20);
    } finally {
      await Promise.all(connections.map((c) => c.destroy()));
    }
  });

  it('refuses a make-up workday on a weekday in the table itself', async () => {
    // A Wednesday: the CHECK constraint holds even for writes that bypass the service.
    const wednesday = new Date(Date.UTC(year, 5, 1));
    while (wednesday.getUTCDay() !== 3) wednesday.setUTCDate(wednesday.getUTCDate() + 1);
    await expect(importPackageCalendarDays(dataSource, [{ day: wednesday.toISOString().slice(0, 10), kind: 'MAKE_UP_WORKDAY', name: '错误' }])).rejects.toThrow(
      /calendar_days_make_up_weekend_check/,
    );
  });
});
