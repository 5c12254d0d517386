import { randomBytes } from 'node:crypto';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import type { CreateMatchResourceInput } from '../test/gql/graphql.js';
import {
  AnswerIntroduction, CreateMatchResource, IntroductionById, Introductions, MatchmakingMe, MatchmakingSettings, MatchNeeds, MatchResourceById, MatchResources,
  PostMatchNeed, ProposeIntroduction, SetMatchmakingSettings, SetOrganisationCompetitors, UpdateMatchResource,
} from '../test/operations/matchmaking.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

/** Each bad input to matchmaking gets a clear code, and nothing changes. */
describe('matchmaking refuses bad input and changes nothing', () => {
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let manager: GraphQLClient;
  let mentor: { client: GraphQLClient; id: string; organisationId: string };
  let startup: Tenant;
  let other: Tenant;
  let partner: Tenant;
  let projectId: string;
  let otherProjectId: string;
  const tags = { industries: ['manufacturing'], technologies: ['computer-vision'], stages: [], regions: [] };
  const base = { description: '', capacity: 2, capacityPeriod: 'QUARTER' as const, available: true, tags, conflicts: [] };

  const create = (input: Partial<CreateMatchResourceInput> & Pick<CreateMatchResourceInput, 'kind'>) =>
    manager.request(CreateMatchResource, { input: { name: `资源 ${randomBytes(3).toString('hex')}`, ...base, ...input } });
  const created = async (input: Partial<CreateMatchResourceInput> & Pick<CreateMatchResourceInput, 'kind'>) => {
    const r = (await create(input)).data!.createMatchResource;
    expect(r.userErrors).toEqual([]);
    return r.resource!;
  };
  const resourceCount = async () => (await manager.request(MatchResources, {})).data!.matchResources.totalCount;
  const postNeed = async (kind: CreateMatchResourceInput['kind']) => {
    const posted = (await startup.founder.request(PostMatchNeed, { input: { projectId, kind, description: '需要', urgency: 'NORMAL', tags, competitorOrganisationIds: [] } })).data!.postMatchNeed;
    expect(posted.userErrors).toEqual([]);
    return posted.need!.id;
  };
  const propose = (needId: string, resourceId: string) => manager.request(ProposeIntroduction, { input: { needId, resourceId } });
  const introductionsOf = async (needId: string) => (await manager.request(Introductions, { needId })).data!.introductions.totalCount;

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    const person = await scenario.staffMember('CONSULTANT');
    const me = (await person.client.request(`{ me { id organisation { id } } }`)).data!.me;
    mentor = { client: person.client, id: me.id, organisationId: me.organisation.id };
    startup = await scenario.tenant();
    other = await scenario.tenant();
    partner = await scenario.tenant({ kind: 'LARGE_ENTERPRISE' });
    projectId = (await scenario.project(startup, 'INCUBATING')).id;
    otherProjectId = (await scenario.project(other, 'APPLIED')).id;
    expect((await person.client.request(MatchmakingMe, {})).data!.me!.id).toBe(mentor.id);
  });

  it('refuses a capacity below zero (INVALID_CAPACITY), on creation and on change', async () => {
    const before = await resourceCount();
    const refused = (await create({ kind: 'MENTOR', ownerUserId: mentor.id, capacity: -1 })).data!.createMatchResource;
    expect(refused).toEqual({ resource: null, userErrors: [{ code: 'INVALID_CAPACITY', field: ['capacity'], message: expect.any(String) }] });
    expect(await resourceCount()).toBe(before);
    const resource = await created({ kind: 'MENTOR', ownerUserId: mentor.id, capacity: 3 });
    const changed = (await manager.request(UpdateMatchResource, { input: { resourceId: resource.id, name: '改名', ...base, capacity: -5 } })).data!.updateMatchResource;
    expect(changed.userErrors).toEqual([{ code: 'INVALID_CAPACITY', field: ['capacity'] }]);
    expect((await manager.request(MatchResourceById, { id: resource.id })).data!.matchResource).toMatchObject({ name: resource.name, capacity: 3 });
  });

  it('refuses a conflict with the resource’s own owner (CONFLICT_WITH_OWNER), organisation or person', async () => {
    const before = await resourceCount();
    const byOrganisation = (await create({ kind: 'PARTNER', ownerOrganisationId: partner.organisationId, conflicts: [{ organisationId: partner.organisationId, reason: 'DECLARED' }] })).data!.createMatchResource;
    expect(byOrganisation.userErrors.map((e) => e.code)).toEqual(['CONFLICT_WITH_OWNER']);
    const byPerson = (await create({ kind: 'MENTOR', ownerUserId: mentor.id, conflicts: [{ organisationId: mentor.organisationId, reason: 'DECLARED' }] })).data!.createMatchResource;
    expect(byPerson.userErrors.map((e) => e.code)).toEqual(['CONFLICT_WITH_OWNER']);
    expect(await resourceCount()).toBe(before);
    const resource = await created({ kind: 'PARTNER', ownerOrganisationId: partner.organisationId, conflicts: [{ organisationId: other.organisationId, reason: 'DECLARED' }] });
    const changed = (await manager.request(UpdateMatchResource, {
      input: { resourceId: resource.id, name: resource.name, ...base, conflicts: [{ organisationId: partner.organisationId, reason: 'DECLARED' }] },
    })).data!.updateMatchResource;
    expect(changed.userErrors.map((e) => e.code)).toEqual(['CONFLICT_WITH_OWNER']);
    expect((await manager.request(MatchResourceById, { id: resource.id })).data!.matchResource!.conflicts).toEqual([{ organisationId: other.organisationId, reason: 'DECLARED' }]);
  });

  it('refuses a need for another organisation’s project (PROJECT_NOT_OF_ORGANISATION) or for another organisation (NOT_FOUND)', async () => {
    const count = async () => (await manager.request(MatchNeeds, { organisationId: startup.organisationId })).data!.matchNeeds.totalCount;
    const before = await count();
    const input = { kind: 'MENTOR' as const, description: '需要', urgency: 'NORMAL' as const, tags, competitorOrganisationIds: [] };
    const founder = (await startup.founder.request(PostMatchNeed, { input: { ...input, projectId: otherProjectId } })).data!.postMatchNeed;
    expect(founder.userErrors).toEqual([{ code: 'PROJECT_NOT_OF_ORGANISATION', field: ['projectId'], message: expect.any(String) }]);
    expect(founder.userErrors[0]!.message).not.toContain(other.organisationName);
    const byManager = (await manager.request(PostMatchNeed, { input: { ...input, organisationId: startup.organisationId, projectId: otherProjectId } })).data!.postMatchNeed;
    expect(byManager.userErrors.map((e) => e.code)).toEqual(['PROJECT_NOT_OF_ORGANISATION']);
    const foreign = (await startup.founder.request(PostMatchNeed, { input: { ...input, organisationId: other.organisationId, projectId: otherProjectId } })).data!.postMatchNeed;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const unnamed = (await manager.request(PostMatchNeed, { input: { ...input, projectId } })).data!.postMatchNeed;
    expect(unnamed.userErrors.map((e) => e.code)).toEqual(['ORGANISATION_REQUIRED']);
    expect(await count()).toBe(before);
  });

  it('refuses to accept on the other side’s behalf (NOT_YOUR_SIDE), for founders, owners and managers alike', async () => {
    const resource = await created({ kind: 'MENTOR', ownerUserId: mentor.id });
    const needId = await postNeed('MENTOR');
    const intro = (await propose(needId, resource.id)).data!.proposeIntroduction.introduction!;
    const attempts: [GraphQLClient, 'STARTUP' | 'RESOURCE'][] = [[startup.founder, 'RESOURCE'], [mentor.client, 'STARTUP'], [manager, 'STARTUP'], [manager, 'RESOURCE']];
    for (const [client, side] of attempts) {
      const answered = (await client.request(AnswerIntroduction, { input: { introductionId: intro.id, side, answer: 'ACCEPT' } })).data!.answerIntroduction;
      expect({ side, errors: answered.userErrors.map((e) => [e.code, e.field]) }).toEqual({ side, errors: [['NOT_YOUR_SIDE', ['side']]] });
    }
    expect((await manager.request(IntroductionById, { id: intro.id })).data!.introduction).toMatchObject({
      status: 'PROPOSED', startupAnswer: null, resourceAnswer: null, startupAnsweredAt: null, resourceAnsweredAt: null,
    });
  });

  it('refuses an override into a conflict of interest (RESOURCE_CONFLICT): own resource, competitor, investor in a competitor, declared', async () => {
    const competitor = await Scenario.start(server().anonymous).then((s) => s.tenant());
    expect((await startup.founder.request(SetOrganisationCompetitors, { input: { organisationId: startup.organisationId, competitorOrganisationIds: [competitor.organisationId] } }))
      .data!.setOrganisationCompetitors.userErrors).toEqual([]);
    const ownStartup = await created({ kind: 'CUSTOMER', ownerOrganisationId: startup.organisationId });
    const rival = await created({ kind: 'CUSTOMER', ownerOrganisationId: competitor.organisationId });
    const investor = await created({ kind: 'INVESTOR', ownerOrganisationId: partner.organisationId, conflicts: [{ organisationId: competitor.organisationId, reason: 'PORTFOLIO' }] });
    const declared = await created({ kind: 'CUSTOMER', ownerOrganisationId: partner.organisationId, conflicts: [{ organisationId: startup.organisationId, reason: 'DECLARED' }] });
    const customerNeed = await postNeed('CUSTOMER');
    const investorNeed = await postNeed('INVESTOR');
    for (const [needId, resourceId, why] of [[customerNeed, ownStartup.id, 'SELF'], [customerNeed, rival.id, 'COMPETITOR'], [investorNeed, investor.id, 'INVESTED_IN_COMPETITOR'], [customerNeed, declared.id, 'DECLARED']]) {
      const refused = (await propose(needId!, resourceId!)).data!.proposeIntroduction;
      expect({ why, errors: refused.userErrors.map((e) => e.code) }).toEqual({ why, errors: ['RESOURCE_CONFLICT'] });
      expect(refused.userErrors[0]!.message).toContain(why!);
    }
    expect(await introductionsOf(customerNeed)).toBe(0);
    expect(await introductionsOf(investorNeed)).toBe(0);
  });

  it('refuses an override into a full, an unavailable or a mismatched resource', async () => {
    const full = await created({ kind: 'DATASET', ownerOrganisationId: partner.organisationId, capacity: 0 });
    const off = await created({ kind: 'DATASET', ownerOrganisationId: partner.organisationId, available: false });
    const later = await created({ kind: 'DATASET', ownerOrganisationId: partner.organisationId, availableFrom: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const mentorResource = await created({ kind: 'MENTOR', ownerUserId: mentor.id });
    const needId = await postNeed('DATASET');
    const codeOf = async (resourceId: string) => (await propose(needId, resourceId)).data!.proposeIntroduction.userErrors.map((e) => e.code);
    expect(await codeOf(full.id)).toEqual(['RESOURCE_AT_CAPACITY']);
    expect(await codeOf(off.id)).toEqual(['RESOURCE_UNAVAILABLE']);
    expect(await codeOf(later.id)).toEqual(['RESOURCE_UNAVAILABLE']);
    expect(await codeOf(mentorResource.id)).toEqual(['RESOURCE_KIND_MISMATCH']);
    expect(await introductionsOf(needId)).toBe(0);
  });

  it('refuses a reminder interval outside 1–30 days', async () => {
    const before = (await manager.request(MatchmakingSettings, {})).data!.matchmakingSettings.reminderDays;
    for (const reminderDays of [0, 31]) {
      expect((await manager.request(SetMatchmakingSettings, { input: { reminderDays } })).data!.setMatchmakingSettings.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['reminderDays'] }]);
    }
    expect((await manager.request(MatchmakingSettings, {})).data!.matchmakingSettings.reminderDays).toBe(before);
  });
});
