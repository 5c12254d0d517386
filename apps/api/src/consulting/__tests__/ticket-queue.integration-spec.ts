import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import type { Clock } from '../clock.js';
import { TicketQueriesService } from '../services/ticket-queries.service.js';
import { SlaClock } from '../sla/sla-clock.js';
import { packageCalendarSource } from '../sla/working-calendar.js';

const sh = (local: string) => new Date(`${local}+08:00`);

/**
 * A consultant's queue on a desk with a long history: every ticket still on the clock takes part
 * in the sort by time to breach, however many newer tickets are closed. (The queue used to load
 * the newest 1,000 tickets and sort those, so an old overdue ticket fell out of it.)
 */
describe('the consultant queue with a long history', () => {
  let dataSource: DataSource;
  let queries: TicketQueriesService;
  let consultant: ReturnType<typeof actorFor>;
  const ids: Record<string, string> = {};
  const now = sh('2026-12-09T11:00:00'); // a Wednesday
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    queries = new TicketQueriesService(dataSource, new SlaClock(packageCalendarSource(), { schedule: async () => undefined }), clock);
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = await createUser(dataSource, 'FOUNDER', org.id);
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    consultant = actorFor(await createUser(dataSource, 'CONSULTANT', centre.id));
    const ticket = async (label: string, status: string, createdAt: Date): Promise<string> => {
      const [row]: { id: string }[] = await dataSource.query(
        `INSERT INTO tickets (organisation_id, opener_id, category, priority, subject, status, assignee_id, assigned_at, created_at, updated_at)
         VALUES ($1, $2, 'TAX', 'NORMAL', $3, $4, $5, $6, $6, $6) RETURNING id`,
        [org.id, founder.id, label, status, consultant.id, createdAt],
      );
      return row!.id;
    };
    const target = (ticketId: string, minutes: number, startedAt: Date, metAt: Date | null) =>
      dataSource.query(`INSERT INTO ticket_sla_targets (ticket_id, kind, target_minutes, started_at, met_at) VALUES ($1, 'RESOLUTION', $2, $3, $4)`, [ticketId, minutes, startedAt, metAt]);

    // Opened a month ago, due after 8 business hours: long overdue.
    ids.overdue = await ticket('一个月前的增值税问题', 'OPEN', sh('2026-11-09T10:00:00'));
    await target(ids.overdue, 480, sh('2026-11-09T10:00:00'), null);
    // Opened this morning, due in a day: on the clock, not yet late.
    ids.fresh = await ticket('今天的个税问题', 'OPEN', sh('2026-12-09T09:30:00'));
    await target(ids.fresh, 480, sh('2026-12-09T09:30:00'), null);
    // Since then, 1,001 tickets answered and closed, all newer than the overdue one.
    const [closed]: { ids: string[] }[] = await dataSource.query(
      `WITH made AS (
         INSERT INTO tickets (organisation_id, opener_id, category, priority, subject, status, assignee_id, assigned_at, created_at, updated_at, resolved_at, closed_at)
         SELECT $1, $2, 'TAX', 'NORMAL', '已答复 ' || n, 'CLOSED', $3, at, at, at, at, at
           FROM generate_series(1, 1001) AS n, LATERAL (SELECT $4::timestamptz + n * interval '20 minutes' AS at) AS t
         RETURNING id, created_at)
       INSERT INTO ticket_sla_targets (ticket_id, kind, target_minutes, started_at, met_at)
       SELECT id, 'RESOLUTION', 480, created_at, created_at FROM made RETURNING ticket_id`,
      [org.id, founder.id, consultant.id, sh('2026-11-10T09:00:00')],
    ).then((rows: { ticket_id: string }[]) => [{ ids: rows.map((r) => r.ticket_id) }]);
    ids.lastClosed = closed!.ids.at(-1)!;
  });

  afterAll(() => dataSource.destroy());

  it('puts the month-old overdue ticket first, then the one due today, then the closed ones newest first', async () => {
    const queue = await queries.tickets(consultant, { first: 3 });
    expect(queue.edges.map((e) => e.node.id)).toEqual([ids.overdue, ids.fresh, ids.lastClosed]);
    expect(queue.totalCount).toBe(1002);
  });

  it('finds the overdue ticket among only the breached ones too', async () => {
    await dataSource.query(`UPDATE ticket_sla_targets SET breached_at = $2 WHERE ticket_id = $1`, [ids.overdue, sh('2026-11-10T10:00:00')]);
    const breached = await queries.tickets(consultant, { first: 10, breached: true });
    expect(breached.edges.map((e) => e.node.id)).toEqual([ids.overdue]);
  });
});
