import type { GraphQLClient } from '../test/graphql-client.js';
import {
  CalendarAuditEvents,
  RemoveCalendarDayForTest,
  SetBusinessHoursForTest,
  SetCalendarDayForTest,
  WorkingCalendarOfYear,
} from '../test/operations/working-calendar.operations.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: readonly { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** A far year the package does not cover, so the spec's days meet no imported one. */
const YEAR = 2097;
/** The first day of YEAR after 1 March whose UTC weekday is `weekday` (0 Sunday … 6 Saturday), as YYYY-MM-DD. */
function dayOfWeek(weekday: number, skip = 0): string {
  const date = new Date(Date.UTC(YEAR, 2, 1));
  while (date.getUTCDay() !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  date.setUTCDate(date.getUTCDate() + 7 * skip);
  return date.toISOString().slice(0, 10);
}

describe('the working calendar over the GraphQL API', () => {
  const server = useApi();
  let admin: GraphQLClient;
  let manager: GraphQLClient;
  let consultant: GraphQLClient;
  let tenant: Tenant;

  const yearOf = async (client: GraphQLClient, year = YEAR) => (await client.request(WorkingCalendarOfYear, { year })).data!.workingCalendar;

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    admin = await server().anonymous.signIn(STAFF.admin);
    manager = (await scenario.staffMember('MANAGER')).client;
    consultant = (await scenario.staffMember('CONSULTANT')).client;
    tenant = await scenario.tenant();
  });

  it('imported 2026 from chinese-days at start: 国庆节, its make-up Saturday, 248 working days, 09:00–18:00', async () => {
    const year = await yearOf(consultant, 2026);
    expect(year.workingDayCount).toBe(248);
    expect(year.businessHours).toEqual({ dayStartMinute: 540, dayEndMinute: 1080, timeZone: 'Asia/Shanghai' });
    const byDay = new Map(year.days.map((d) => [d.day, d]));
    expect(byDay.get('2026-10-01')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节', source: 'PACKAGE' });
    expect(byDay.get('2026-10-10')).toMatchObject({ kind: 'MAKE_UP_WORKDAY', name: '国庆节', source: 'PACKAGE' });
    expect(byDay.get('2026-02-14')).toMatchObject({ kind: 'MAKE_UP_WORKDAY', name: '春节' });
    expect(year.days.map((d) => d.day)).toEqual([...year.days.map((d) => d.day)].sort());
  });

  it('lets staff read it but not founders', async () => {
    expect((await yearOf(manager, 2026)).days.length).toBeGreaterThan(30);
    expect(codes(await tenant.founder.request(WorkingCalendarOfYear, { year: 2026 }))).toEqual(['FORBIDDEN']);
  });

  it('lets only admins change it: a manager and a consultant are refused and nothing changes', async () => {
    const saturday = dayOfWeek(6);
    for (const client of [manager, consultant]) {
      expect(codes(await client.request(SetCalendarDayForTest, { input: { day: saturday, kind: 'HOLIDAY', name: '越权' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(RemoveCalendarDayForTest, { input: { day: '2026-10-01' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(SetBusinessHoursForTest, { input: { dayStartMinute: 480, dayEndMinute: 1020 } }))).toEqual(['FORBIDDEN']);
    }
    expect((await yearOf(admin)).days).toEqual([]);
    expect((await yearOf(admin, 2026)).days.find((d) => d.day === '2026-10-01')).toBeDefined();
    expect((await yearOf(admin)).businessHours).toMatchObject({ dayStartMinute: 540, dayEndMinute: 1080 });
  });

  it('adds, renames and removes days as an admin, audited, with the working-day count following', async () => {
    const before = await yearOf(admin);
    const saturday = dayOfWeek(6);
    const monday = dayOfWeek(1);
    const makeUp = (await admin.request(SetCalendarDayForTest, { input: { day: saturday, kind: 'MAKE_UP_WORKDAY', name: '春节' } })).data!.setCalendarDay;
    expect(makeUp).toEqual({ calendarDay: { day: saturday, kind: 'MAKE_UP_WORKDAY', name: '春节', source: 'MANUAL' }, userErrors: [] });
    const holiday = (await admin.request(SetCalendarDayForTest, { input: { day: monday, kind: 'HOLIDAY', name: '元旦' } })).data!.setCalendarDay;
    expect(holiday.userErrors).toEqual([]);
    // A holiday on a weekend (already not a workday) is fine: it names the day.
    const sunday = dayOfWeek(0);
    expect((await admin.request(SetCalendarDayForTest, { input: { day: sunday, kind: 'HOLIDAY', name: '春节' } })).data!.setCalendarDay.userErrors).toEqual([]);
    const renamed = (await admin.request(SetCalendarDayForTest, { input: { day: monday, kind: 'HOLIDAY', name: '元旦（补）' } })).data!.setCalendarDay;
    expect(renamed.calendarDay).toMatchObject({ name: '元旦（补）' });

    const after = await yearOf(consultant);
    expect(after.days.map((d) => [d.day, d.kind, d.name])).toEqual([
      [saturday, 'MAKE_UP_WORKDAY', '春节'],
      [sunday, 'HOLIDAY', '春节'],
      [monday, 'HOLIDAY', '元旦（补）'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    // +1 for the make-up Saturday, −1 for the Monday holiday, 0 for the Sunday.
    expect(after.workingDayCount).toBe(before.workingDayCount);

    expect((await admin.request(RemoveCalendarDayForTest, { input: { day: monday } })).data!.removeCalendarDay).toEqual({ removedDay: monday, userErrors: [] });
    expect((await yearOf(admin)).workingDayCount).toBe(before.workingDayCount + 1);
    // Removing it again: nothing to remove.
    expect((await admin.request(RemoveCalendarDayForTest, { input: { day: monday } })).data!.removeCalendarDay).toEqual({
      removedDay: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['day'] }],
    });

    const audit = (await admin.request(CalendarAuditEvents, { action: 'CALENDAR_DAY_SET' })).data!.auditEvents.edges.map((e) => e.node);
    expect(audit.map((e) => e.targetId)).toEqual(expect.arrayContaining([saturday, monday, sunday]));
    const removals = (await admin.request(CalendarAuditEvents, { action: 'CALENDAR_DAY_REMOVED' })).data!.auditEvents.edges.map((e) => e.node);
    expect(removals).toHaveLength(1);
    expect(JSON.parse(removals[0]!.detailsJson)).toMatchObject({ day: monday, kind: 'HOLIDAY', name: '元旦（补）' });
  });

  it('refuses each bad input with its code and changes nothing', async () => {
    const before = await yearOf(admin);
    const wednesday = dayOfWeek(3, 2);
    const setDay = async (input: { day: string; kind: 'HOLIDAY' | 'MAKE_UP_WORKDAY'; name: string }) =>
      (await admin.request(SetCalendarDayForTest, { input })).data!.setCalendarDay;
    for (const day of ['2097-13-01', '2097-02-29', '2097-3-5', 'tomorrow', '1999-10-01', '']) {
      expect(await setDay({ day, kind: 'HOLIDAY', name: '国庆节' })).toEqual({ calendarDay: null, userErrors: [{ code: 'INVALID_CALENDAR_DAY', field: ['day'] }] });
    }
    expect((await admin.request(RemoveCalendarDayForTest, { input: { day: '2026-10-32' } })).data!.removeCalendarDay.userErrors).toEqual([
      { code: 'INVALID_CALENDAR_DAY', field: ['day'] },
    ]);
    expect(await setDay({ day: wednesday, kind: 'MAKE_UP_WORKDAY', name: '国庆节' })).toEqual({
      calendarDay: null,
      userErrors: [{ code: 'MAKE_UP_DAY_NOT_WEEKEND', field: ['kind'] }],
    });
    expect((await setDay({ day: wednesday, kind: 'HOLIDAY', name: '   ' })).userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['name'] }]);

    const setHours = async (dayStartMinute: number, dayEndMinute: number) =>
      (await admin.request(SetBusinessHoursForTest, { input: { dayStartMinute, dayEndMinute } })).data!.setBusinessHours;
    for (const [start, end] of [[1080, 540], [600, 600], [-1, 600], [540, 1441]] as const) {
      const answer = await setHours(start, end);
      expect(answer.businessHours).toBeNull();
      expect(answer.userErrors.map((e) => e.code)).toEqual(['INVALID_BUSINESS_HOURS']);
    }
    expect(codes(await admin.request(WorkingCalendarOfYear, { year: 1999 }))).toEqual(['BAD_USER_INPUT']);

    expect(await yearOf(admin)).toEqual(before);
    expect((await admin.request(CalendarAuditEvents, { action: 'BUSINESS_HOURS_SET' })).data!.auditEvents.edges).toEqual([]);
  });

  it('changes the business hours (audited) and the next read shows them', async () => {
    const changed = (await admin.request(SetBusinessHoursForTest, { input: { dayStartMinute: 510, dayEndMinute: 1050 } })).data!.setBusinessHours;
    expect(changed).toEqual({ businessHours: { dayStartMinute: 510, dayEndMinute: 1050, timeZone: 'Asia/Shanghai' }, userErrors: [] });
    expect((await yearOf(consultant, 2026)).businessHours).toMatchObject({ dayStartMinute: 510, dayEndMinute: 1050 });
    const audit = (await admin.request(CalendarAuditEvents, { action: 'BUSINESS_HOURS_SET' })).data!.auditEvents.edges.map((e) => e.node);
    expect(audit.map((e) => JSON.parse(e.detailsJson))).toEqual([
      { dayStartMinute: 510, dayEndMinute: 1050, before: { dayStartMinute: 540, dayEndMinute: 1080 } },
    ]);
  });
});
