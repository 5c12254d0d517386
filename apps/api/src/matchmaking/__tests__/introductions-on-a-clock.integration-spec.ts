import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import { AuditService } from '../../audit/index.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { ProjectEntity } from '../../projects/index.js';
import type { Clock } from '../clock.js';
import type { CreateMatchResourceInput } from '../dto/matchmaking.inputs.js';
import type { CapacityPeriod } from '../matchmaking-rules.js';
import { IntroductionsService } from '../services/introductions.service.js';
import { MatchNeedsService } from '../services/needs.service.js';
import { IntroductionRemindersService } from '../services/reminders.service.js';
import { MatchResourcesService } from '../services/resources.service.js';
import { MatchSuggestionsService } from '../services/suggestions.service.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);
const DAY_MS = 86_400_000;

type Actor = ReturnType<typeof actorFor>;

/** Reminders and capacity periods against PostgreSQL, on a clock the test moves. */
describe('introductions on a controlled clock', () => {
  let dataSource: DataSource;
  let now = sh('2026-03-20T10:00:00');
  const clock: Clock = { now: () => now };
  let resources: MatchResourcesService;
  let needs: MatchNeedsService;
  let introductions: IntroductionsService;
  let reminders: IntroductionRemindersService;
  let manager: Actor;
  let owner: Actor;

  const startup = async () => {
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const project = await dataSource.getRepository(ProjectEntity).save({ organisationId: org.id, name: `项目 ${org.name}`, summary: '', cooperationModes: ['RENTAL'], stage: 'INCUBATING' });
    return { org, founder, projectId: project.id };
  };
  const mentor = (capacity: number, capacityPeriod: CapacityPeriod) =>
    resources.create(manager, {
      kind: 'MENTOR', name: `导师 ${capacity}/${capacityPeriod}`, description: '', ownerUserId: owner.id, ownerOrganisationId: null, capacity, capacityPeriod, available: true,
      tags: { industries: ['manufacturing'], technologies: [], stages: [], regions: [] }, conflicts: [],
    } as CreateMatchResourceInput);
  const introduce = async (resourceId: string) => {
    const s = await startup();
    const need = await needs.post(s.founder, {
      projectId: s.projectId, kind: 'MENTOR', description: '需要一位制造业导师', urgency: 'NORMAL', competitorOrganisationIds: [],
      tags: { industries: ['manufacturing'], technologies: [], stages: [], regions: [] },
    });
    const intro = await introductions.propose(manager, { needId: need.id, resourceId });
    return { ...s, intro };
  };
  const acceptBoth = async (x: { founder: Actor; intro: { id: string } }) => {
    await introductions.answer(x.founder, { introductionId: x.intro.id, side: 'STARTUP', answer: 'ACCEPT' });
    return introductions.answer(owner, { introductionId: x.intro.id, side: 'RESOURCE', answer: 'ACCEPT' });
  };
  const notificationsOf = async (userId: string, kind: string): Promise<number> =>
    Number((await dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = $2', [userId, kind]))[0].n);

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const notifications = notificationsServiceOn(dataSource);
    const audit = new AuditService(dataSource);
    resources = new MatchResourcesService(dataSource, audit, clock);
    needs = new MatchNeedsService(dataSource, clock);
    introductions = new IntroductionsService(dataSource, new MatchSuggestionsService(dataSource, clock), audit, notifications, clock);
    reminders = new IntroductionRemindersService(dataSource, notifications, clock);
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    manager = actorFor(await createUser(dataSource, 'MANAGER', centre.id));
    owner = actorFor(await createUser(dataSource, 'CONSULTANT', centre.id));
  });

  afterAll(async () => {
    await reminders.setReminderDays(3);
    await dataSource.destroy();
  });

  it('reminds only the side that has not answered, N days after the proposal and then every N days', async () => {
    await reminders.setReminderDays(3);
    const proposedAt = sh('2026-03-20T10:00:00');
    now = proposedAt;
    const resource = await mentor(5, 'QUARTER');
    const x = await introduce(resource.id);
    await introductions.answer(x.founder, { introductionId: x.intro.id, side: 'STARTUP', answer: 'ACCEPT' });
    expect(await notificationsOf(owner.id, 'INTRODUCTION_PROPOSED')).toBe(1);
    expect(await notificationsOf(x.founder.id, 'INTRODUCTION_PROPOSED')).toBe(1);

    now = new Date(proposedAt.getTime() + 3 * DAY_MS - 60_000);
    await reminders.sendDue();
    expect(await notificationsOf(owner.id, 'INTRODUCTION_REMINDER')).toBe(0);

    now = new Date(proposedAt.getTime() + 3 * DAY_MS);
    await reminders.sendDue();
    expect(await notificationsOf(owner.id, 'INTRODUCTION_REMINDER')).toBe(1);
    // The startup answered: it is never reminded.
    expect(await notificationsOf(x.founder.id, 'INTRODUCTION_REMINDER')).toBe(0);
    // Once per N days: again the same minute, or two days later, sends nothing more; the third day does.
    await reminders.sendDue();
    now = new Date(now.getTime() + 2 * DAY_MS);
    await reminders.sendDue();
    expect(await notificationsOf(owner.id, 'INTRODUCTION_REMINDER')).toBe(1);
    now = new Date(now.getTime() + DAY_MS);
    await reminders.sendDue();
    expect(await notificationsOf(owner.id, 'INTRODUCTION_REMINDER')).toBe(2);

    // An answer stops them.
    await introductions.answer(owner, { introductionId: x.intro.id, side: 'RESOURCE', answer: 'DECLINE' });
    now = new Date(now.getTime() + 10 * DAY_MS);
    await reminders.sendDue();
    expect(await notificationsOf(owner.id, 'INTRODUCTION_REMINDER')).toBe(2);
  });

  it('follows the reminder setting', async () => {
    await reminders.setReminderDays(1);
    now = sh('2026-03-21T09:00:00');
    const resource = await mentor(5, 'QUARTER');
    const x = await introduce(resource.id);
    now = new Date(now.getTime() + DAY_MS);
    await reminders.sendDue();
    expect(await notificationsOf(x.founder.id, 'INTRODUCTION_REMINDER')).toBe(1);
    await expect(reminders.setReminderDays(0)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await reminders.settings()).reminderDays).toBe(1);
    await reminders.setReminderDays(3);
  });

  it('counts a QUARTER resource’s places by the Shanghai quarter of acceptance', async () => {
    now = sh('2026-03-25T12:00:00');
    const resource = await mentor(2, 'QUARTER');
    await acceptBoth(await introduce(resource.id));
    await acceptBoth(await introduce(resource.id));
    // Full this quarter: another proposal is refused.
    await expect(introduce(resource.id)).rejects.toMatchObject({ code: 'RESOURCE_AT_CAPACITY' });
    // 2026-03-31 23:30 in Shanghai is still Q1; 2026-04-01 00:10 in Shanghai is Q2 (still 31 March in UTC).
    now = sh('2026-03-31T23:30:00');
    await expect(introduce(resource.id)).rejects.toMatchObject({ code: 'RESOURCE_AT_CAPACITY' });
    now = sh('2026-04-01T00:10:00');
    expect((await acceptBoth(await introduce(resource.id))).status).toBe('ACCEPTED');
  });

  it('frees a CONCURRENT resource’s place when an introduction concludes', async () => {
    now = sh('2026-05-10T10:00:00');
    const resource = await mentor(1, 'CONCURRENT');
    const first = await introduce(resource.id);
    const second = await introduce(resource.id);
    await acceptBoth(first);
    await introductions.answer(second.founder, { introductionId: second.intro.id, side: 'STARTUP', answer: 'ACCEPT' });
    // The database refuses the acceptance past capacity; the service names it and nothing changes.
    await expect(introductions.answer(owner, { introductionId: second.intro.id, side: 'RESOURCE', answer: 'ACCEPT' })).rejects.toMatchObject({ code: 'RESOURCE_AT_CAPACITY' });
    expect(await dataSource.query('SELECT status, resource_answer FROM introductions WHERE id = $1', [second.intro.id])).toEqual([{ status: 'PROPOSED', resource_answer: null }]);
    await introductions.recordMeeting(owner, { introductionId: first.intro.id, metOn: '2026-05-10' });
    await introductions.recordOutcome(first.founder, { introductionId: first.intro.id, outcome: 'PILOT', notes: '试点三个月' });
    expect((await introductions.answer(owner, { introductionId: second.intro.id, side: 'RESOURCE', answer: 'ACCEPT' })).status).toBe('ACCEPTED');
  });

  it('refuses in the database what the service would never write', async () => {
    now = sh('2026-06-01T10:00:00');
    const resource = await mentor(3, 'MONTH');
    const x = await introduce(resource.id);
    // Accepted without both answers, a changed score, a skipped state, a delete: each refused.
    await expect(dataSource.query(`UPDATE introductions SET status = 'ACCEPTED', accepted_at = now() WHERE id = $1`, [x.intro.id])).rejects.toThrow(/both sides accepted/);
    await expect(dataSource.query('UPDATE introductions SET score = score + 1 WHERE id = $1', [x.intro.id])).rejects.toThrow(/never changes/);
    await expect(dataSource.query(`UPDATE introductions SET status = 'MET', met_on = '2026-06-01' WHERE id = $1`, [x.intro.id])).rejects.toThrow(/does not move/);
    await expect(dataSource.query('DELETE FROM introductions WHERE id = $1', [x.intro.id])).rejects.toThrow(/never deleted/);
    // A conflict with the resource's own owner, and a need for another organisation's project.
    await expect(dataSource.query(`INSERT INTO match_resource_conflicts (resource_id, organisation_id, reason) VALUES ($1, $2, 'DECLARED')`, [resource.id, owner.organisationId]))
      .rejects.toThrow(/its own owner/);
    const other = await startup();
    await expect(dataSource.query('UPDATE match_needs SET project_id = $1 WHERE id = $2', [other.projectId, x.intro.needId])).rejects.toThrow(/is not organisation/);
    await expect(dataSource.query('UPDATE match_resources SET capacity = -1 WHERE id = $1', [resource.id])).rejects.toThrow(/match_resources_capacity_check/);
  });
});
