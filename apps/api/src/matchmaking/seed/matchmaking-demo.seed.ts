import type { DataSource } from 'typeorm';
import { shanghaiDay } from '@suanli/domain';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../audit/index.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import type { Clock } from '../clock.js';
import { IntroductionsService } from '../services/introductions.service.js';
import { IntroductionRemindersService } from '../services/reminders.service.js';
import { MatchNeedsService } from '../services/needs.service.js';
import { MatchResourcesService } from '../services/resources.service.js';
import { MatchSuggestionsService } from '../services/suggestions.service.js';
import { DEMO_COMPETITORS, DEMO_INTRODUCTIONS, DEMO_NEEDS, DEMO_RESOURCES } from './matchmaking-demo.data.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Person { id: string; role: Actor['role']; organisation_id: string | null; email: string }

/** The demo founders' e-mails, as demo-centre.data.ts makes them. */
const founderEmail = (orgKey: string) => `founder@${orgKey === 'rongcheng' ? 'rongcheng-vision' : orgKey}.example`;

/**
 * The demo's matchmaking book, made through the real services on a clock set back in time: 40
 * resources of every kind (with conflicts), the startups' needs (25 open), and introductions in
 * every state from months ago to yesterday, so the funnel has history and the reminders due are in
 * the bell.
 * Reuses the demo centre's organisations and people; adds no account.
 */
export async function seedDemoMatchmaking(dataSource: DataSource, demoOrganisations: readonly { key: string; name: string }[], now = new Date()): Promise<void> {
  const orgs: { id: string; name: string }[] = await dataSource.query('SELECT id, name FROM organisations');
  const people: Person[] = await dataSource.query('SELECT id, role, organisation_id, email FROM users');
  const orgId = new Map(demoOrganisations.map((o) => [o.key, orgs.find((x) => x.name === o.name)?.id]));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const actor = (email: string): Actor => {
    const p = byEmail.get(email);
    if (!p) throw new Error(`matchmaking seed: no demo account ${email}`);
    return { kind: 'user', id: p.id, role: p.role, organisationId: p.organisation_id, scopes: [] };
  };
  const org = (key: string) => {
    const id = orgId.get(key);
    if (!id) throw new Error(`matchmaking seed: no demo organisation ${key}`);
    return id;
  };
  if (!byEmail.has('manager@suanli.dev') || !orgId.get('centre')) return;
  const manager = actor('manager@suanli.dev');

  let at = new Date(now.getTime() - 200 * DAY_MS);
  const clock: Clock = { now: () => at };
  const notifications = notificationsServiceOn(dataSource);
  const audit = new AuditService(dataSource);
  const resources = new MatchResourcesService(dataSource, audit, clock);
  const needs = new MatchNeedsService(dataSource, clock);
  const introductions = new IntroductionsService(dataSource, new MatchSuggestionsService(dataSource, clock), audit, notifications, clock);

  for (const key of new Set(DEMO_COMPETITORS.map(([a]) => a))) {
    const competitors = DEMO_COMPETITORS.filter(([a]) => a === key).map(([, b]) => org(b));
    await needs.setCompetitors(manager, { organisationId: org(key), competitorOrganisationIds: competitors });
  }

  const resourceIds = new Map<string, string>();
  const answersFor = new Map<string, Actor>();
  for (const r of DEMO_RESOURCES) {
    const owner = 'org' in r.owner ? { ownerOrganisationId: org(r.owner.org), ownerUserId: null } : { ownerUserId: actor(r.owner.email).id, ownerOrganisationId: null };
    const created = await resources.create(manager, {
      kind: r.kind, name: r.name, description: r.description, ...owner, tags: r.tags, capacity: r.capacity, capacityPeriod: r.period,
      available: r.available ?? true, availableFrom: r.fromDays === undefined ? null : new Date(now.getTime() + r.fromDays * DAY_MS),
      availableUntil: r.untilDays === undefined ? null : new Date(now.getTime() + r.untilDays * DAY_MS),
      conflicts: (r.conflicts ?? []).map((c) => ({ organisationId: org(c.org), reason: c.reason })),
    });
    resourceIds.set(r.key, created.id);
    // Who answers for it in the demo: the owner person, the consultant for the centre, else the organisation's founder.
    answersFor.set(r.key, 'email' in r.owner ? actor(r.owner.email) : r.owner.org === 'centre' ? actor('consultant@suanli.dev') : actor(founderEmail(r.owner.org)));
  }

  const projects: { id: string; name: string; organisation_id: string }[] = await dataSource.query('SELECT id, name, organisation_id FROM projects');
  const events: { at: Date; run: () => Promise<unknown> }[] = [];
  const needIds = new Map<string, string>();
  for (const n of DEMO_NEEDS) {
    events.push({
      at: new Date(now.getTime() - n.daysAgo * DAY_MS - 2 * HOUR_MS),
      run: async () => {
        const project = projects.find((p) => p.name === n.project && p.organisation_id === org(n.org));
        if (!project) throw new Error(`matchmaking seed: no demo project ${n.project}`);
        const need = await needs.post(actor(founderEmail(n.org)), {
          projectId: project.id, kind: n.kind, description: n.description, urgency: n.urgency, tags: n.tags, competitorOrganisationIds: [],
        });
        needIds.set(n.key, need.id);
      },
    });
  }
  for (const i of DEMO_INTRODUCTIONS) {
    const need = DEMO_NEEDS.find((n) => n.key === i.need)!;
    const intro: { id?: string } = {};
    const day = (daysAgo: number, hour = 0) => new Date(now.getTime() - daysAgo * DAY_MS + hour * HOUR_MS);
    events.push({ at: day(i.proposedDaysAgo), run: async () => { intro.id = (await introductions.propose(manager, { needId: needIds.get(i.need)!, resourceId: resourceIds.get(i.resource)! })).id; } });
    if (i.startup) {
      const answer = i.startup.answer;
      events.push({ at: day(i.startup.daysAgo, 1), run: () => introductions.answer(actor(founderEmail(need.org)), { introductionId: intro.id!, side: 'STARTUP', answer }) });
    }
    if (i.resourceSide) {
      const answer = i.resourceSide.answer;
      events.push({ at: day(i.resourceSide.daysAgo, 2), run: () => introductions.answer(answersFor.get(i.resource)!, { introductionId: intro.id!, side: 'RESOURCE', answer }) });
    }
    if (i.metDaysAgo !== undefined) {
      events.push({ at: day(i.metDaysAgo, 3), run: () => introductions.recordMeeting(manager, { introductionId: intro.id!, metOn: shanghaiDay(at) }) });
    }
    if (i.outcome) {
      const { outcome, notes } = i.outcome;
      events.push({ at: day(i.outcome.daysAgo, 4), run: () => introductions.recordOutcome(actor(founderEmail(need.org)), { introductionId: intro.id!, outcome, notes }) });
    }
    if (i.closeNeed) events.push({ at: day((i.outcome?.daysAgo ?? 0), 5), run: () => needs.close(manager, needIds.get(i.need)!) });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) {
    at = event.at;
    await event.run();
  }
  // The reminders already due are sent here, in-app only (the seed mails nobody): the API's ticker
  // would otherwise e-mail demo addresses the moment it starts.
  at = now;
  await new IntroductionRemindersService(dataSource, notifications, clock).sendDue();
}
