import { randomBytes } from 'node:crypto';
import { shanghaiDay } from '@suanli/domain';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import type { CreateMatchResourceInput, PostMatchNeedInput } from '../test/gql/graphql.js';
import {
  AnswerIntroduction, CloseMatchNeed, CreateMatchResource, IntroductionById, Introductions, MatchmakingAudit, MatchmakingFunnel, MatchmakingMe,
  MatchmakingNotifications, MatchNeedById, MatchNeedCompetitors, MatchNeedSeen, MatchNeeds, MatchResourceById, MatchResources, MatchSuggestions, OrganisationCompetitors, PostMatchNeed,
  ProposeIntroduction, ProposeIntroductions, RecordIntroductionMeeting, RecordIntroductionOutcome, SetOrganisationCompetitors,
} from '../test/operations/matchmaking.operations.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * Matchmaking over HTTP: a founder posts a need, the manager runs suggestions over every open need
 * and proposes, both sides accept, they meet, the outcome is recorded, and the funnel, the
 * notifications and the audit log show it. Then who may see what.
 */
describe('matchmaking over the GraphQL API', () => {
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let scenario: Scenario;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let mentor: { client: GraphQLClient; id: string };
  let outsider: GraphQLClient;
  let startup: Tenant;
  let other: Tenant;
  let partner: Tenant;
  let projectId: string;
  // Tags nobody else has: the spec's own need and resource share them, so the ranking is predictable.
  const tag = `zz${randomBytes(4).toString('hex')}`;
  const tags = { industries: [tag], technologies: [`${tag}-tech`], stages: ['adaptation'], regions: ['chengdu'] };

  const resource = async (input: Partial<CreateMatchResourceInput> & Pick<CreateMatchResourceInput, 'kind'>) => {
    const created = (await manager.request(CreateMatchResource, {
      input: { name: `资源 ${randomBytes(3).toString('hex')}`, description: '测试资源', capacity: 2, capacityPeriod: 'QUARTER', available: true, tags, conflicts: [], ...input },
    })).data!.createMatchResource;
    expect(created.userErrors).toEqual([]);
    return created.resource!;
  };
  const need = async (client: GraphQLClient, input: Partial<PostMatchNeedInput> & Pick<PostMatchNeedInput, 'kind'>) => {
    const posted = (await client.request(PostMatchNeed, { input: { projectId, description: '需要帮助', urgency: 'HIGH', tags, competitorOrganisationIds: [], ...input } })).data!.postMatchNeed;
    expect(posted.userErrors).toEqual([]);
    return posted.need!;
  };
  const propose = async (needId: string, resourceId: string) => {
    const proposed = (await manager.request(ProposeIntroduction, { input: { needId, resourceId } })).data!.proposeIntroduction;
    expect(proposed.userErrors).toEqual([]);
    return proposed.introduction!;
  };
  const answer = (client: GraphQLClient, introductionId: string, side: 'STARTUP' | 'RESOURCE', verdict: 'ACCEPT' | 'DECLINE' = 'ACCEPT') =>
    client.request(AnswerIntroduction, { input: { introductionId, side, answer: verdict } });
  const notices = async (client: GraphQLClient) => (await client.request(MatchmakingNotifications, {})).data!.notifications.edges.map((e) => e.node);
  const funnelRow = async (kind: string) => {
    const month = shanghaiDay(new Date()).slice(0, 7);
    const rows = (await manager.request(MatchmakingFunnel, { fromMonth: month, toMonth: month })).data!.matchmakingFunnel.rows;
    return rows.find((r) => r.kind === kind) ?? { proposed: 0, accepted: 0, declined: 0, met: 0, deals: 0 };
  };

  beforeAll(async () => {
    const { anonymous } = server();
    scenario = await Scenario.start(anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    admin = await anonymous.signIn(STAFF.admin);
    const person = await scenario.staffMember('CONSULTANT');
    mentor = { client: person.client, id: (await person.client.request(MatchmakingMe, {})).data!.me!.id };
    outsider = (await scenario.staffMember('CONSULTANT')).client;
    startup = await scenario.tenant();
    other = await scenario.tenant();
    partner = await scenario.tenant({ kind: 'LARGE_ENTERPRISE', industry: 'TELECOMS' });
    projectId = (await scenario.project(startup, 'ADAPTATION')).id;
    await scenario.project(other, 'APPLIED');
  });

  it('runs need → suggestions → proposal → both accept → met → outcome, with notifications, the funnel and the audit log', async () => {
    const before = await funnelRow('MENTOR');
    const offered = await resource({ kind: 'MENTOR', ownerUserId: mentor.id, capacity: 2, capacityPeriod: 'QUARTER' });
    expect(offered).toMatchObject({ ownerUserId: mentor.id, ownerOrganisationId: null, capacityUse: { capacity: 2, taken: 0, left: 2, periodLabelZh: '本季度', periodLabelEn: 'this quarter' } });
    const posted = await need(startup.founder, { kind: 'MENTOR', description: '需要一位懂昇腾适配的导师' });
    expect(posted).toMatchObject({ organisationId: startup.organisationId, organisationName: startup.organisationName, projectId, projectStage: 'ADAPTATION', state: 'OPEN', kind: 'MENTOR' });

    const suggestions = (await manager.request(MatchSuggestions, { rankedPerNeed: 10 })).data!.matchSuggestions;
    expect(['HUNGARIAN', 'LP', 'GREEDY']).toContain(suggestions.method);
    expect(suggestions.totalScore).toBeGreaterThanOrEqual(suggestions.greedyTotalScore);
    const mine = suggestions.needs.find((n) => n.need.id === posted.id)!;
    expect(mine.ranked[0]!.resourceId).toBe(offered.id);
    expect(mine.ranked[0]!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['INDUSTRY_OVERLAP', 'TECHNOLOGY_OVERLAP', 'NO_CONFLICT']));
    expect(mine.ranked[0]!.explanationZh).toContain(tag);
    expect(mine.ranked[0]!.explanationEn).toContain('2 of 2 places left this quarter');
    // Every need is of the kind it asks for, and no resource is assigned past its places.
    const assigned = suggestions.needs.flatMap((n) => (n.assigned ? [n.assigned.resourceId] : []));
    expect(assigned.filter((id) => id === offered.id).length).toBeLessThanOrEqual(2);

    const intro = await propose(posted.id, offered.id);
    expect(intro).toMatchObject({ status: 'PROPOSED', needId: posted.id, resourceId: offered.id, organisationId: startup.organisationId, startupAnswer: null, resourceAnswer: null, mySides: [], mayRecord: true });
    expect(intro.choice).toBe(mine.assigned?.resourceId === offered.id ? 'ASSIGNED' : 'RANKED');
    expect(intro.score).toBe(mine.ranked[0]!.score);
    expect(intro.explanationEn).toBe(mine.ranked[0]!.explanationEn);
    // A proposed need waits for its answers: it leaves the suggestions meanwhile.
    expect((await manager.request(MatchSuggestions, {})).data!.matchSuggestions.needs.some((n) => n.need.id === posted.id)).toBe(false);

    // Each side is told, founders with the portal link, staff with the console one.
    expect((await notices(startup.founder)).find((n) => n.kind === 'INTRODUCTION_PROPOSED')).toMatchObject({ link: `/portal/matchmaking/introductions/${intro.id}` });
    const toMentor = (await notices(mentor.client)).find((n) => n.kind === 'INTRODUCTION_PROPOSED')!;
    expect(toMentor.link).toBe(`/matchmaking/introductions/${intro.id}`);
    expect(toMentor.params).toEqual(expect.arrayContaining([{ name: 'organisation', value: startup.organisationName }, { name: 'resource', value: offered.name }]));

    const founderView = (await startup.founder.request(IntroductionById, { id: intro.id })).data!.introduction!;
    expect(founderView).toMatchObject({ mySides: ['STARTUP'], need: { id: posted.id }, resource: { id: offered.id, name: offered.name } });
    expect((await mentor.client.request(IntroductionById, { id: intro.id })).data!.introduction!.mySides).toEqual(['RESOURCE']);

    const half = (await answer(startup.founder, intro.id, 'STARTUP')).data!.answerIntroduction;
    expect(half.userErrors).toEqual([]);
    expect(half.introduction).toMatchObject({ status: 'PROPOSED', startupAnswer: 'ACCEPT', resourceAnswer: null });
    const both = (await answer(mentor.client, intro.id, 'RESOURCE')).data!.answerIntroduction;
    expect(both.introduction).toMatchObject({ status: 'ACCEPTED', startupAnswer: 'ACCEPT', resourceAnswer: 'ACCEPT' });
    expect(both.introduction!.acceptedAt).not.toBeNull();
    expect((await startup.founder.request(MatchNeedById, { id: posted.id })).data!.matchNeed!.state).toBe('MATCHED');
    expect((await manager.request(MatchResourceById, { id: offered.id })).data!.matchResource!.capacityUse).toMatchObject({ taken: 1, left: 1 });
    expect((await notices(manager)).find((n) => n.kind === 'INTRODUCTION_ANSWERED')!.params).toEqual(expect.arrayContaining([{ name: 'decision', value: 'ACCEPTED' }]));

    const today = shanghaiDay(new Date());
    const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
    expect((await startup.founder.request(RecordIntroductionMeeting, { input: { introductionId: intro.id, metOn: tomorrow } })).data!.recordIntroductionMeeting.userErrors)
      .toEqual([{ code: 'VALIDATION_FAILED', field: ['metOn'] }]);
    expect((await startup.founder.request(RecordIntroductionOutcome, { input: { introductionId: intro.id, outcome: 'DEAL', notes: '' } })).data!.recordIntroductionOutcome.userErrors)
      .toEqual([{ code: 'INVALID_STATE', field: ['introductionId'] }]);
    const met = (await startup.founder.request(RecordIntroductionMeeting, { input: { introductionId: intro.id, metOn: today } })).data!.recordIntroductionMeeting;
    expect(met.introduction).toMatchObject({ status: 'MET', metOn: today });
    const concluded = (await mentor.client.request(RecordIntroductionOutcome, { input: { introductionId: intro.id, outcome: 'PILOT', notes: '先做三个月试点' } })).data!.recordIntroductionOutcome;
    expect(concluded.introduction).toMatchObject({ status: 'CONCLUDED', outcome: 'PILOT', outcomeNotes: '先做三个月试点' });

    expect(await funnelRow('MENTOR')).toMatchObject({
      proposed: before.proposed + 1, accepted: before.accepted + 1, met: before.met + 1, deals: before.deals + 1, declined: before.declined,
    });
    const audited = async (action: string) => (await admin.request(MatchmakingAudit, { action })).data!.auditEvents.edges.map((e) => e.node);
    expect((await audited('INTRODUCTION_PROPOSED')).find((e) => e.targetId === intro.id)).toBeDefined();
    expect((await audited('INTRODUCTION_ACCEPTED')).find((e) => e.targetId === intro.id)).toBeDefined();
    const outcome = (await audited('INTRODUCTION_OUTCOME_RECORDED')).find((e) => e.targetId === intro.id)!;
    expect(JSON.parse(outcome.detailsJson)).toMatchObject({ outcome: 'PILOT' });
  });

  it('ends an introduction on one side’s decline: the need stays open and the manager hears of it', async () => {
    const customer = await resource({ kind: 'CUSTOMER', ownerOrganisationId: partner.organisationId });
    const posted = await need(startup.founder, { kind: 'CUSTOMER' });
    const intro = await propose(posted.id, customer.id);
    // The partner's founder answers for the resource its organisation owns.
    expect((await partner.founder.request(IntroductionById, { id: intro.id })).data!.introduction!.mySides).toEqual(['RESOURCE']);
    const declined = (await answer(partner.founder, intro.id, 'RESOURCE', 'DECLINE')).data!.answerIntroduction;
    expect(declined.introduction).toMatchObject({ status: 'DECLINED', resourceAnswer: 'DECLINE' });
    expect((await answer(startup.founder, intro.id, 'STARTUP')).data!.answerIntroduction.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['introductionId'], message: expect.any(String) }]);
    expect((await startup.founder.request(MatchNeedById, { id: posted.id })).data!.matchNeed!.state).toBe('OPEN');
    expect((await notices(manager)).some((n) => n.kind === 'INTRODUCTION_ANSWERED' && n.params.some((p) => p.name === 'decision' && p.value === 'DECLINED'))).toBe(true);
    // Declined, the same pair may be proposed again; closed, the need takes no more.
    expect((await manager.request(ProposeIntroduction, { input: { needId: posted.id, resourceId: customer.id } })).data!.proposeIntroduction.userErrors).toEqual([]);
    expect((await startup.founder.request(CloseMatchNeed, { input: { needId: posted.id } })).data!.closeMatchNeed.need!.state).toBe('CLOSED');
    expect((await manager.request(ProposeIntroduction, { input: { needId: posted.id, resourceId: customer.id } })).data!.proposeIntroduction.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  });

  it('lets the manager post a need for a startup and propose the assignment’s choice, a ranked alternative (swap) or a resource outside the list (override)', async () => {
    // Seven partners with the spec's tags and places to spare: the five best are ranked, two are not.
    const ecosystem = await scenario.tenant({ kind: 'LARGE_ENTERPRISE', industry: 'TELECOMS' });
    const offered = [];
    for (let i = 0; i < 7; i++) offered.push(await resource({ kind: 'PARTNER', ownerOrganisationId: ecosystem.organisationId, capacity: 5, capacityPeriod: 'QUARTER' }));
    const mine = new Set(offered.map((r) => r.id));
    const postForStartup = async (description: string) => {
      const posted = await need(manager, { kind: 'PARTNER', organisationId: startup.organisationId, description });
      expect(posted).toMatchObject({ organisationId: startup.organisationId, projectId, state: 'OPEN', kind: 'PARTNER' });
      return posted;
    };
    const suggestionFor = async (needId: string) => (await manager.request(MatchSuggestions, { rankedPerNeed: 5 })).data!.matchSuggestions.needs.find((n) => n.need.id === needId)!;

    const first = await postForStartup('需要生态合作伙伴（按分配）');
    // The founder sees the need the manager posted for the startup among its own.
    expect((await startup.founder.request(MatchNeedById, { id: first.id })).data!.matchNeed!.id).toBe(first.id);
    const chosen = (await suggestionFor(first.id)).assigned!.resourceId;
    expect(mine.has(chosen)).toBe(true);
    expect((await propose(first.id, chosen)).choice).toBe('ASSIGNED');

    const second = await postForStartup('需要生态合作伙伴（改选）');
    const suggested = await suggestionFor(second.id);
    const alternative = suggested.ranked.find((m) => m.resourceId !== suggested.assigned?.resourceId)!;
    const swapped = await propose(second.id, alternative.resourceId);
    expect(swapped).toMatchObject({ choice: 'RANKED', resourceId: alternative.resourceId, score: alternative.score });

    const third = await postForStartup('需要生态合作伙伴（指定）');
    const ranked = new Set((await suggestionFor(third.id)).ranked.map((m) => m.resourceId));
    expect(ranked.size).toBe(5);
    const outside = offered.find((r) => !ranked.has(r.id))!;
    const overridden = await propose(third.id, outside.id);
    expect(overridden).toMatchObject({ choice: 'OVERRIDE', resourceId: outside.id, status: 'PROPOSED' });
    expect(overridden.explanationZh.length).toBeGreaterThan(0);
  });

  it('proposes several introductions at once, all or none', async () => {
    const engineer = await resource({ kind: 'ADAPTATION_ENGINEER', ownerUserId: mentor.id, capacity: 2, capacityPeriod: 'CONCURRENT' });
    const full = await resource({ kind: 'ADAPTATION_ENGINEER', ownerUserId: mentor.id, capacity: 0, capacityPeriod: 'CONCURRENT' });
    const first = await need(startup.founder, { kind: 'ADAPTATION_ENGINEER', description: '算子移植' });
    const second = await need(startup.founder, { kind: 'ADAPTATION_ENGINEER', description: '精度对齐' });
    const refused = (await manager.request(ProposeIntroductions, { input: { items: [{ needId: first.id, resourceId: engineer.id }, { needId: second.id, resourceId: full.id }] } })).data!.proposeIntroductions;
    expect(refused).toEqual({ introductions: null, userErrors: [{ code: 'RESOURCE_AT_CAPACITY', field: ['items', '1', 'resourceId'], message: expect.stringContaining('Item 2') }] });
    expect((await manager.request(Introductions, { needId: first.id })).data!.introductions.totalCount).toBe(0);
    const made = (await manager.request(ProposeIntroductions, { input: { items: [{ needId: first.id, resourceId: engineer.id }, { needId: second.id, resourceId: engineer.id }] } })).data!.proposeIntroductions;
    expect(made.userErrors).toEqual([]);
    expect(made.introductions!.map((i) => [i.needId, i.resourceId, i.status])).toEqual([[first.id, engineer.id, 'PROPOSED'], [second.id, engineer.id, 'PROPOSED']]);
    expect(made.introductions!.every((i) => i.choice === 'ASSIGNED' || i.choice === 'RANKED')).toBe(true);
  });

  describe('who sees what', () => {
    let needId: string;
    let introductionId: string;
    let resourceId: string;
    let partnerRival: Tenant;

    beforeAll(async () => {
      partnerRival = await scenario.tenant();
      const offered = await resource({ kind: 'DATASET', ownerOrganisationId: partner.organisationId, conflicts: [{ organisationId: other.organisationId, reason: 'DECLARED' }] });
      resourceId = offered.id;
      // The startup names a competitor on the need: that is for the startup and the managers only.
      needId = (await need(startup.founder, { kind: 'DATASET', competitorOrganisationIds: [partnerRival.organisationId] })).id;
      introductionId = (await propose(needId, offered.id)).id;
    });

    it('shows a founder of another startup none of this startup’s needs or introductions, and changes nothing for it', async () => {
      expect((await other.founder.request(MatchNeedById, { id: needId })).data!.matchNeed).toBeNull();
      expect((await other.founder.request(IntroductionById, { id: introductionId })).data!.introduction).toBeNull();
      const named = await other.founder.request(MatchNeeds, { organisationId: startup.organisationId });
      expect(codes(named)).toEqual(['BAD_USER_INPUT']);
      expect(named.errors![0]!.extensions).toMatchObject({ userErrorCode: 'NOT_FOUND' });
      expect(JSON.stringify(named)).not.toContain(startup.organisationName);
      const own = (await other.founder.request(MatchNeeds, {})).data!.matchNeeds;
      expect(own.edges.every((e) => e.node.organisationId === other.organisationId)).toBe(true);
      expect((await other.founder.request(Introductions, {})).data!.introductions.edges.some((e) => e.node.id === introductionId)).toBe(false);
      expect(codes(await other.founder.request(OrganisationCompetitors, { id: startup.organisationId }))).toEqual(['BAD_USER_INPUT']);
      const answered = (await answer(other.founder, introductionId, 'STARTUP')).data!.answerIntroduction;
      expect(answered.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      const closed = (await other.founder.request(CloseMatchNeed, { input: { needId } })).data!.closeMatchNeed;
      expect(closed.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect((await manager.request(IntroductionById, { id: introductionId })).data!.introduction).toMatchObject({ status: 'PROPOSED', startupAnswer: null });
      expect((await manager.request(MatchNeedById, { id: needId })).data!.matchNeed!.state).toBe('OPEN');
    });

    it('shows a resource owner its resources’ introductions (and their need), nothing else, and no conflicts of interest', async () => {
      expect((await partner.founder.request(IntroductionById, { id: introductionId })).data!.introduction!.id).toBe(introductionId);
      expect((await partner.founder.request(MatchNeedSeen, { id: needId })).data!.matchNeed!.id).toBe(needId);
      const resources = (await partner.founder.request(MatchResources, {})).data!.matchResources.edges.map((e) => e.node);
      expect(resources.length).toBe(2);
      expect(resources.every((r) => r.mine)).toBe(true);
      const owned = new Set(resources.map((r) => r.id));
      const listed = (await partner.founder.request(Introductions, {})).data!.introductions.edges.map((e) => e.node);
      expect(listed.map((i) => i.id)).toContain(introductionId);
      expect(listed.filter((i) => !owned.has(i.resourceId))).toEqual([]);
      // Whom the startup keeps away from is not the resource owner's to read (it may be that rival's partner).
      const competitors = await partner.founder.request(MatchNeedCompetitors, { id: needId });
      expect(codes(competitors)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(competitors.data)).not.toContain(partnerRival.organisationId);
      expect((await startup.founder.request(MatchNeedCompetitors, { id: needId })).data!.matchNeed!.competitorOrganisationIds).toEqual([partnerRival.organisationId]);
      expect((await manager.request(MatchNeedCompetitors, { id: needId })).data!.matchNeed!.competitorOrganisationIds).toEqual([partnerRival.organisationId]);
      const withConflicts = await partner.founder.request(MatchResourceById, { id: resourceId });
      expect(codes(withConflicts)).toContain('FORBIDDEN');
      expect((await manager.request(MatchResourceById, { id: resourceId })).data!.matchResource!.conflicts).toEqual([{ organisationId: other.organisationId, reason: 'DECLARED' }]);
    });

    it('shows staff outside it nothing, and keeps suggestions and proposals to managers', async () => {
      expect((await outsider.request(IntroductionById, { id: introductionId })).data!.introduction).toBeNull();
      expect((await outsider.request(MatchNeedById, { id: needId })).data!.matchNeed).toBeNull();
      expect((await outsider.request(MatchResourceById, { id: resourceId })).data!.matchResource).toBeNull();
      expect((await outsider.request(MatchNeeds, {})).data!.matchNeeds.totalCount).toBe(0);
      expect(codes(await startup.founder.request(MatchSuggestions, {}))).toEqual(['FORBIDDEN']);
      expect(codes(await startup.founder.request(ProposeIntroduction, { input: { needId, resourceId } }))).toEqual(['FORBIDDEN']);
      expect(codes(await mentor.client.request(MatchmakingFunnel, {}))).toEqual(['FORBIDDEN']);
    });
  });

  it('keeps declared competitors per organisation, the founder’s own and the manager’s for any', async () => {
    const set = (await startup.founder.request(SetOrganisationCompetitors, { input: { organisationId: startup.organisationId, competitorOrganisationIds: [other.organisationId] } })).data!.setOrganisationCompetitors;
    expect(set.competitorOrganisationIds).toEqual([other.organisationId]);
    expect((await manager.request(OrganisationCompetitors, { id: startup.organisationId })).data!.organisationCompetitors).toEqual([other.organisationId]);
    const foreign = (await other.founder.request(SetOrganisationCompetitors, { input: { organisationId: startup.organisationId, competitorOrganisationIds: [] } })).data!.setOrganisationCompetitors;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await startup.founder.request(OrganisationCompetitors, { id: startup.organisationId })).data!.organisationCompetitors).toEqual([other.organisationId]);
  });
});
