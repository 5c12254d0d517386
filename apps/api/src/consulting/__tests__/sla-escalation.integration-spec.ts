import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import type { Clock } from '../clock.js';
import { TicketEscalationEntity } from '../entities/sla.entities.js';
import { TicketReviewTaskEntity } from '../entities/ticket-history.entities.js';
import { TicketEntity } from '../entities/ticket.entity.js';
import { BOSS_SCHEMA, PgBossSlaTimers, SLA_QUEUE } from '../jobs/pg-boss-sla-timers.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { SlaEscalation } from '../jobs/sla-escalation.js';
import { SlaTimerRecovery } from '../jobs/sla-timer-recovery.js';
import { ConsultingSetupService } from '../services/consulting-setup.service.js';
import { TicketsService } from '../services/tickets.service.js';
import { SlaClock } from '../sla/sla-clock.js';
import { packageCalendarSource } from '../sla/working-calendar.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

/** The SLA clock, its pg-boss jobs and escalations against PostgreSQL, on a clock the test moves. */
describe('SLA timers and escalation on a controlled clock', () => {
  let dataSource: DataSource;
  let timers: PgBossSlaTimers;
  let tickets: TicketsService;
  let escalation: SlaEscalation;
  let sla: SlaClock;
  let recovery: SlaTimerRecovery;
  /** Tickets opened as a seed or import would write them: targets, but no pg-boss jobs. */
  let withoutTimers: TicketsService;
  let founder: ReturnType<typeof actorFor>;
  let consultant: ReturnType<typeof actorFor>;
  let now = sh('2026-12-07T10:00:00');
  const clock: Clock = { now: () => now };

  const jobsOf = async (ticketId: string): Promise<{ phase: string; kind: string; start_after: Date }[]> =>
    dataSource.query(
      `SELECT data->>'phase' AS phase, data->>'kind' AS kind, start_after FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND data->>'ticketId' = $2 ORDER BY start_after, data->>'kind'`,
      [SLA_QUEUE, ticketId],
    );
  const open = (priority: 'HIGH' | 'NORMAL') =>
    tickets.open(founder, { category: 'DATA_COMPLIANCE', priority, subject: '数据出境评估', body: '训练数据需要出境吗？' });

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const calendar = packageCalendarSource();
    const notifications = notificationsServiceOn(dataSource);
    timers = new PgBossSlaTimers(dataSource);
    await timers.onApplicationBootstrap();
    sla = new SlaClock(calendar, timers);
    tickets = new TicketsService(dataSource, sla, clock, notifications);
    escalation = new SlaEscalation(dataSource, calendar, clock, sla, notifications);
    recovery = new SlaTimerRecovery(dataSource, timers, sla, clock);
    withoutTimers = new TicketsService(dataSource, new SlaClock(calendar, { schedule: async () => undefined }), clock, notifications);
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    consultant = actorFor(await createUser(dataSource, 'CONSULTANT', centre.id));
    await new ConsultingSetupService(dataSource).setGroup({ category: 'DATA_COMPLIANCE', name: '数据合规组', leadUserId: consultant.id, memberIds: [consultant.id] });
    await new ConsultingSetupService(dataSource).setPolicy('DATA_COMPLIANCE', 'HIGH', 120, 1080);
  });

  afterAll(async () => {
    await timers.onApplicationShutdown();
    await dataSource.destroy();
  });

  beforeEach(() => {
    now = sh('2026-12-07T10:00:00'); // a Monday
  });

  it('enqueues the warning and breach of each target, at business-hour times, with the ticket', async () => {
    const ticket = await open('HIGH');
    expect((await jobsOf(ticket.id)).map((j) => [j.kind, j.phase, j.start_after.toISOString()])).toEqual([
      ['FIRST_RESPONSE', 'WARNING', sh('2026-12-07T11:36:00').toISOString()],
      ['FIRST_RESPONSE', 'BREACH', sh('2026-12-07T12:00:00').toISOString()],
      // 864 of 1080 minutes: the rest of Monday (480) and 384 on Tuesday; all 1080 end at 10:00 on Wednesday.
      ['RESOLUTION', 'WARNING', sh('2026-12-08T15:24:00').toISOString()],
      ['RESOLUTION', 'BREACH', sh('2026-12-09T10:00:00').toISOString()],
    ]);
  });

  it('warns at 80 %, escalates once at the deadline: priority raised, lead and managers told, recorded', async () => {
    const ticket = await open('HIGH');
    const job = { ticketId: ticket.id, kind: 'FIRST_RESPONSE' as const };
    expect(await escalation.run({ ...job, phase: 'WARNING' }, sh('2026-12-07T11:00:00'))).toBe('STALE');
    expect(await escalation.run({ ...job, phase: 'WARNING' }, sh('2026-12-07T11:36:00'))).toBe('WARNED');
    expect(await escalation.run({ ...job, phase: 'WARNING' }, sh('2026-12-07T11:40:00'))).toBe('STALE');
    // The warning tells the assignee once (a second run is stale), in-app.
    const warned: { user_id: string }[] = await dataSource.query(`SELECT user_id FROM notifications WHERE kind = 'SLA_WARNING' AND link = $1`, [`/consulting/${ticket.id}`]);
    expect(warned.map((n) => n.user_id)).toEqual([consultant.id]);

    // Early (the database clock ran ahead): nothing escalates, the breach is enqueued again.
    const before = (await jobsOf(ticket.id)).length;
    expect(await escalation.run({ ...job, phase: 'BREACH' }, sh('2026-12-07T11:59:00'))).toBe('EARLY');
    expect((await jobsOf(ticket.id)).length).toBeGreaterThan(before);
    expect(await dataSource.getRepository(TicketEscalationEntity).countBy({ ticketId: ticket.id })).toBe(0);

    expect(await escalation.run({ ...job, phase: 'BREACH' }, sh('2026-12-07T12:00:00'))).toBe('ESCALATED');
    expect(await escalation.run({ ...job, phase: 'BREACH' }, sh('2026-12-07T12:05:00'))).toBe('STALE');
    const [escalated] = await dataSource.getRepository(TicketEscalationEntity).findBy({ ticketId: ticket.id });
    expect(escalated).toMatchObject({ kind: 'FIRST_RESPONSE', priorityBefore: 'HIGH', priorityAfter: 'URGENT' });
    expect(escalated!.notifiedUserIds).toContain(consultant.id);
    const managers: { id: string }[] = await dataSource.query(`SELECT id FROM users WHERE role = 'MANAGER' AND deactivated_at IS NULL`);
    expect(escalated!.notifiedUserIds).toEqual(expect.arrayContaining(managers.map((m) => m.id)));
    expect((await dataSource.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id })).priority).toBe('URGENT');
    // The lead and the managers are told in-app, in the escalation's own transaction.
    const told: { user_id: string }[] = await dataSource.query(`SELECT user_id FROM notifications WHERE kind = 'SLA_BREACHED' AND link = $1`, [`/consulting/${ticket.id}`]);
    expect(told.map((n) => n.user_id).sort()).toEqual([...escalated!.notifiedUserIds].sort());
    now = sh('2026-12-07T12:10:00');
    expect((await sla.views(dataSource.manager, ticket.id, now)).map((v) => [v.kind, v.state])).toEqual([['FIRST_RESPONSE', 'BREACHED'], ['RESOLUTION', 'OK']]);
  });

  it('does nothing for a target met or paused, and moves the deadline by the pause', async () => {
    const ticket = await open('HIGH');
    now = sh('2026-12-07T10:30:00');
    await tickets.post(consultant, ticket.id, '请补充数据清单', 'PUBLIC'); // first response met; waiting for the customer
    expect(await escalation.run({ ticketId: ticket.id, kind: 'FIRST_RESPONSE', phase: 'BREACH' }, sh('2026-12-07T12:00:00'))).toBe('STALE');
    expect(await escalation.run({ ticketId: ticket.id, kind: 'RESOLUTION', phase: 'BREACH' }, sh('2026-12-20T12:00:00'))).toBe('STALE');

    // The founder answers two business days later: 30 minutes were used, 1050 remain (Wednesday 450, Thursday 540, Friday 60).
    now = sh('2026-12-09T10:30:00');
    await tickets.post(founder, ticket.id, '清单已附上', 'PUBLIC');
    const resolution = (await sla.views(dataSource.manager, ticket.id, now)).find((v) => v.kind === 'RESOLUTION')!;
    expect(resolution).toMatchObject({ state: 'OK', usedMinutes: 30, minutesLeft: 1050 });
    expect(resolution.deadline!.toISOString()).toBe(sh('2026-12-11T10:00:00').toISOString());
    expect((await jobsOf(ticket.id)).some((j) => j.phase === 'BREACH' && j.kind === 'RESOLUTION' && j.start_after.toISOString() === resolution.deadline!.toISOString())).toBe(true);
  });

  it('re-queues at start-up the timers targets lack, once, so a ticket opened without jobs warns and escalates on time', async () => {
    const bare = await withoutTimers.open(founder, { category: 'DATA_COMPLIANCE', priority: 'HIGH', subject: '种子工单', body: '没有定时任务' });
    const covered = await open('HIGH');
    // A ticket opened five days ago and never answered, without jobs: both targets are long past.
    now = sh('2026-12-01T10:00:00');
    const overdue = await withoutTimers.open(founder, { category: 'DATA_COMPLIANCE', priority: 'HIGH', subject: '超时的种子工单', body: '也没有定时任务' });
    now = sh('2026-12-07T10:00:00');
    expect(await jobsOf(bare.id)).toEqual([]);
    const coveredJobs = (await jobsOf(covered.id)).length;

    const added = await recovery.requeueMissing(now);
    expect((await jobsOf(bare.id)).map((j) => [j.kind, j.phase, j.start_after.toISOString()])).toEqual([
      ['FIRST_RESPONSE', 'WARNING', sh('2026-12-07T11:36:00').toISOString()],
      ['FIRST_RESPONSE', 'BREACH', sh('2026-12-07T12:00:00').toISOString()],
      ['RESOLUTION', 'WARNING', sh('2026-12-08T15:24:00').toISOString()],
      ['RESOLUTION', 'BREACH', sh('2026-12-09T10:00:00').toISOString()],
    ]);
    expect((await jobsOf(covered.id)).length).toBe(coveredJobs); // its own jobs cover it
    expect(added.filter((j) => j.ticketId === covered.id)).toEqual([]);
    // Past due: warnings and breaches run at once (their start is in the past).
    expect((await jobsOf(overdue.id)).map((j) => [j.kind, j.phase])).toEqual(expect.arrayContaining([['FIRST_RESPONSE', 'BREACH'], ['RESOLUTION', 'BREACH']]));
    expect((await jobsOf(overdue.id)).every((j) => j.start_after.getTime() < now.getTime())).toBe(true);

    // Idempotent: a second start adds nothing; a lost job is put back.
    expect((await recovery.requeueMissing(now)).filter((j) => [bare.id, covered.id, overdue.id].includes(j.ticketId))).toEqual([]);
    await dataSource.query(`DELETE FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND data->>'ticketId' = $2 AND data->>'phase' = 'BREACH' AND data->>'kind' = 'RESOLUTION'`, [SLA_QUEUE, covered.id]);
    expect((await recovery.requeueMissing(now)).filter((j) => j.ticketId === covered.id).map((j) => [j.kind, j.phase])).toEqual([['RESOLUTION', 'BREACH']]);

    // The re-queued jobs do their work: the overdue ticket escalates, the other warns at 80 %.
    // (Run as the worker would, on the test's clock: pg-boss hands out a job by the database's own clock.)
    const outcomes = [];
    for (const job of await jobsOf(overdue.id)) outcomes.push(await escalation.run({ ticketId: overdue.id, kind: job.kind as 'FIRST_RESPONSE' | 'RESOLUTION', phase: job.phase as 'WARNING' | 'BREACH' }, now));
    expect(outcomes.filter((o) => o === 'ESCALATED')).toHaveLength(2);
    expect((await dataSource.getRepository(TicketEscalationEntity).findBy({ ticketId: overdue.id })).map((e) => e.kind).sort()).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(await escalation.run({ ticketId: bare.id, kind: 'FIRST_RESPONSE', phase: 'WARNING' }, sh('2026-12-07T11:36:00'))).toBe('WARNED');
    // Nothing is left to re-queue for what already escalated.
    expect((await recovery.requeueMissing(now)).filter((j) => j.ticketId === overdue.id)).toEqual([]);
  });

  it('never keeps a job enqueued in a transaction that rolled back', async () => {
    const ticketId = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await timers.schedule(manager, [{ ticketId, kind: 'RESOLUTION', phase: 'BREACH', runAt: new Date(Date.now() - 60_000) }]);
        expect(await manager.query(`SELECT 1 FROM ${BOSS_SCHEMA}.job WHERE data->>'ticketId' = $1`, [ticketId])).toHaveLength(1);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await jobsOf(ticketId)).toEqual([]);
    // Nothing of it can be fetched to run, although it was due a minute ago.
    const fetched = await timers.boss.fetch<{ ticketId: string }>(SLA_QUEUE, { batchSize: 100 });
    expect(fetched.map((j) => j.data.ticketId)).not.toContain(ticketId);
  });

  it('reopens within the reopen window (7 days of resolution) and refuses after it with a code, changing nothing', async () => {
    const within = await open('NORMAL');
    await tickets.changeStatus(consultant, within.id, 'RESOLVED');
    now = new Date(now.getTime() + 7 * 24 * 3600_000); // exactly 7 days later: still inside
    expect((await tickets.changeStatus(founder, within.id, 'OPEN')).status).toBe('OPEN');

    now = sh('2026-12-07T10:00:00');
    const late = await open('NORMAL');
    await tickets.changeStatus(consultant, late.id, 'RESOLVED');
    await tickets.changeStatus(founder, late.id, 'CLOSED');
    now = new Date(now.getTime() + 7 * 24 * 3600_000 + 60_000); // a minute past the window
    await expect(tickets.changeStatus(founder, late.id, 'OPEN')).rejects.toMatchObject({ code: 'REOPEN_WINDOW_PASSED', field: ['ticketId'] });
    await expect(tickets.changeStatus(consultant, late.id, 'OPEN')).rejects.toMatchObject({ code: 'REOPEN_WINDOW_PASSED' });
    const after = await dataSource.getRepository(TicketEntity).findOneByOrFail({ id: late.id });
    expect(after.status).toBe('CLOSED');
    expect(await dataSource.query(`SELECT to_status FROM ticket_status_history WHERE ticket_id = $1`, [late.id])).toHaveLength(3);
  });

  it('tells the assignee of a new ticket, the founder of a staff reply and the assignee of a founder reply; an internal note tells no one', async () => {
    const ticket = await open('NORMAL');
    const kindsFor = async (userId: string) =>
      ((await dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1 AND link LIKE '%' || $2 ORDER BY created_at, kind`, [userId, ticket.id])) as { kind: string }[]).map((r) => r.kind);
    expect(await kindsFor(consultant.id)).toEqual(['TICKET_ASSIGNED']);
    expect(await kindsFor(founder.id)).toEqual([]);
    await tickets.post(consultant, ticket.id, '内部：先查政策原文', 'INTERNAL');
    expect(await kindsFor(founder.id)).toEqual([]);
    await tickets.post(consultant, ticket.id, '请说明数据的类型和规模。', 'PUBLIC');
    expect(await kindsFor(founder.id)).toEqual(['TICKET_REPLY']);
    await tickets.post(founder, ticket.id, '约 2 TB 的医疗影像。', 'PUBLIC');
    expect(await kindsFor(consultant.id)).toEqual(['TICKET_ASSIGNED', 'TICKET_REPLY']);
    expect(await kindsFor(founder.id)).toEqual(['TICKET_REPLY']);
  });

  it('opens a review task for the group lead on a low score', async () => {
    const ticket = await open('NORMAL');
    await tickets.changeStatus(consultant, ticket.id, 'RESOLVED');
    await tickets.rate(founder, ticket.id, 2, '没解决问题');
    expect(await dataSource.getRepository(TicketReviewTaskEntity).findBy({ ticketId: ticket.id })).toEqual([
      expect.objectContaining({ assigneeId: consultant.id, score: 2, comment: '没解决问题', doneAt: null }),
    ]);
  });

  it('refuses, in the database itself, a status move the lifecycle does not have, and a second open pause', async () => {
    const ticket = await open('NORMAL');
    await tickets.changeStatus(consultant, ticket.id, 'CLOSED');
    await expect(dataSource.query(`UPDATE tickets SET status = 'NEW' WHERE id = $1`, [ticket.id])).rejects.toThrow(/does not move from CLOSED to NEW/);
    await expect(dataSource.query(`INSERT INTO ticket_sla_pauses (ticket_id, started_at) VALUES ($1, now())`, [ticket.id])).rejects.toThrow(/ticket_sla_pauses_one_open/);
    await expect(dataSource.query(`UPDATE sla_policies SET first_response_minutes = 0 WHERE category = 'TAX' AND priority = 'LOW'`)).rejects.toThrow(/sla_policies_targets_check/);
    expect((await dataSource.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id })).status).toBe('CLOSED');
  });
});
