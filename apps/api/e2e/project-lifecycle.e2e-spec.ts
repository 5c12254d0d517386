import { randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET } from '../test/api-server.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import type { ApplyForProjectInput } from '../test/gql/graphql.js';
import { SignInCodes } from '../test/operations/account.operations.js';
import {
  ApplyForProject as APPLY,
  GetProject as GET,
  MyDisplayName,
  MyId,
  OrganisationKinds,
  OverdueAdaptations,
  PipelineBoard,
  PipelineColumns,
  ProjectNames,
  ProjectPageAfter,
  SetAdaptationChecklistItem as CHECK,
  TransitionProject as MOVE,
} from '../test/operations/project.operations.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { signJwt } from './jwt.js';

describe('project lifecycle over the GraphQL API', () => {
  const server = useApi();
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let tenant: Tenant;
  let managerName: string;
  let scenario: Scenario;

  const apply = async (name = `边缘推理优化 ${randomUUID().slice(0, 8)}`) => {
    const result = await founder.request(APPLY, { input: { name, summary: '把推理服务迁移到昇腾', cooperationModes: ['RENTAL'] } });
    expect(result.data!.applyForProject.userErrors).toEqual([]);
    return result.data!.applyForProject.project!;
  };
  const get = async (id: string) => (await manager.request(GET, { id })).data!.project!;

  beforeAll(async () => {
    anonymous = server().anonymous;
    manager = await anonymous.signIn(STAFF.manager);
    managerName = (await manager.request(MyDisplayName, {})).data!.me.displayName;
    scenario = await Scenario.start(anonymous);
    tenant = await scenario.tenant();
    founder = tenant.founder;
  });

  it('takes an application, then a manager moves it and the founder sees stage and reason', async () => {
    const project = await apply();
    expect(project.stage).toBe('APPLIED');
    expect(project.availableTransitions).toEqual(['EXITED']);
    const moved = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全，进入评审' } });
    expect(moved.data!.transitionProject.userErrors).toEqual([]);
    const seen = (await founder.request(GET, { id: project.id })).data!.project!;
    expect(seen.stage).toBe('SCREENING');
    expect(seen.lastTransitionReason).toBe('材料齐全，进入评审');
    // The founder sees themselves, and the centre's manager by display name only (issue 9 §5).
    expect(seen.history.map((h: any) => [h.fromStage, h.toStage, h.actor?.email ?? null, h.actorName])).toEqual([
      [null, 'APPLIED', tenant.founderEmail, tenant.founderName],
      ['APPLIED', 'SCREENING', null, managerName],
    ]);
    expect((await get(project.id)).history.map((h: any) => h.actor.email)).toEqual([tenant.founderEmail, STAFF.manager]);
  });

  it('records the application as a code without words, and a manager’s move as their note', async () => {
    const project = await apply();
    expect(project.history.map((h: any) => [h.fromStage, h.toStage, h.reasonCode, h.reason])).toEqual([[null, 'APPLIED', 'APPLICATION_SUBMITTED', '']]);
    expect(project.lastTransitionReason).toBeNull();
    await manager.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全' } });
    expect((await get(project.id)).history.map((h: any) => h.reasonCode)).toEqual(['APPLICATION_SUBMITTED', 'NOTE']);
  });

  it('takes card need and budget with the application, shows them to the founder and managers, and refuses half of it', async () => {
    const name = `算力需求 ${randomUUID().slice(0, 8)}`;
    const input: ApplyForProjectInput = { name, summary: '推理服务', cooperationModes: ['RENTAL'], sourcePlatform: 'PyTorch/A100', cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000' };
    const created = (await founder.request(APPLY, { input })).data!.applyForProject;
    expect(created.userErrors).toEqual([]);
    expect(created.project).toMatchObject({ cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000' });
    expect(await get(created.project!.id)).toMatchObject({ cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000' });
    const half = await founder.request(APPLY, { input: { ...input, name: `${name} b`, cardType: null } });
    expect(half.data!.applyForProject).toEqual({ project: null, userErrors: [expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['cardType'] })] });
    const tooMany = await founder.request(APPLY, { input: { ...input, name: `${name} c`, cardCountEstimate: 100_000 } });
    expect(tooMany.data!.applyForProject.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CARD_COUNT', field: ['cardCountEstimate'] })]);
    const notFen = await founder.request(APPLY, { input: { ...input, name: `${name} d`, budgetFen: '200000.50' } });
    expect(notFen.data!.applyForProject.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['budgetFen'] })]);
    const names = (await manager.request(ProjectNames, {})).data!.projects.edges.map((e) => e.node.name);
    expect(names.filter((n: string) => n.startsWith(name))).toEqual([name]);
  });

  it('keeps an unfinished adaptation out of incubation: not offered, and refused with ADAPTATION_INCOMPLETE', async () => {
    const project = await apply();
    await manager.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全' } });
    const adapting = (await manager.request(MOVE, { input: { projectId: project.id, toStage: 'ADAPTATION', reason: '启动适配' } })).data!.transitionProject.project!;
    expect(adapting.availableTransitions).toEqual(['REJECTED', 'EXITED']);
    const refused = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'INCUBATING', reason: '先孵化' } });
    expect(refused.data!.transitionProject).toMatchObject({ project: null, userErrors: [{ code: 'ADAPTATION_INCOMPLETE', field: ['toStage'] }] });
    for (const item of ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'] as const) {
      await manager.request(CHECK, { input: { projectId: project.id, item, done: true } });
    }
    expect((await get(project.id)).availableTransitions).toEqual(['INCUBATING', 'REJECTED', 'EXITED']);
    const moved = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'INCUBATING', reason: '适配完成' } });
    expect(moved.data!.transitionProject.project!.stage).toBe('INCUBATING');
  });

  it('lists the tenants without the centre when asked, and everyone by default', async () => {
    const query = OrganisationKinds;
    const tenants = (await manager.request(query, { tenantsOnly: true })).data!.organisations;
    const everyone = (await manager.request(query, {})).data!.organisations;
    expect(tenants.edges.some((e: any) => e.node.kind === 'CENTRE')).toBe(false);
    expect(everyone.edges.filter((e: any) => e.node.kind === 'CENTRE')).toHaveLength(1);
    expect(tenants.totalCount).toBe(everyone.totalCount - 1);
  });

  it('opens a free 14-day adaptation when a project enters adaptation, and tracks its checklist', async () => {
    const project = await apply();
    await manager.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: '材料齐全' } });
    const moved = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'ADAPTATION', reason: '启动昇腾适配' } });
    const adaptation = moved.data!.transitionProject.project!.adaptation;
    expect(adaptation).toMatchObject({ sourcePlatform: 'CUDA/NVIDIA', targetPlatform: 'CANN/Ascend', chargeFen: '0', overdue: false, completedItems: [] });
    expect(new Date(adaptation!.dueAt).getTime() - new Date(adaptation!.startedAt).getTime()).toBe(14 * 86_400_000);
    const ticked = await manager.request(CHECK, { input: { projectId: project.id, item: 'ACCURACY_VERIFIED', done: true } });
    expect(ticked.data!.setAdaptationChecklistItem.project!.adaptation!.completedItems).toEqual(['ACCURACY_VERIFIED']);
  });

  it('refuses an invalid transition with a userError and changes nothing', async () => {
    const project = await apply();
    const result = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'GRADUATED', reason: 'skip ahead' } });
    expect(result.data!.transitionProject).toMatchObject({ project: null, userErrors: [{ code: 'INVALID_TRANSITION', field: ['toStage'] }] });
    const after = await get(project.id);
    expect(after.stage).toBe('APPLIED');
    expect(after.history).toHaveLength(1);
  });

  it('does not let a founder advance their own project', async () => {
    const project = await apply();
    const result = await founder.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: 'please' } });
    expect(result.data!.transitionProject.userErrors[0].code).toBe('TRANSITION_NOT_ALLOWED_FOR_ROLE');
    expect((await get(project.id)).stage).toBe('APPLIED');
  });

  it('answers an unknown project id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await manager.request(MOVE, { input: { projectId: randomUUID(), toStage: 'SCREENING', reason: 'x'.repeat(5) } });
    expect(unknown.data!.transitionProject.userErrors[0].code).toBe('NOT_FOUND');
    const malformed = await manager.request(MOVE, { input: { projectId: 'not-a-uuid', toStage: 'SCREENING', reason: 'hello' } });
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(malformed.data).toBeNull();
  });

  it('rejects oversized input without changing anything', async () => {
    const project = await apply();
    const long = await manager.request(MOVE, { input: { projectId: project.id, toStage: 'SCREENING', reason: '长'.repeat(2001) } });
    expect(long.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const huge = await fetch(`${anonymous.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A probe: an oversized body, sent as raw JSON.
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await get(project.id)).history).toHaveLength(1);
  });

  it('refuses a duplicate project name within one organisation', async () => {
    const project = await apply();
    const again = await founder.request(APPLY, { input: { name: project.name, summary: '', cooperationModes: ['RENTAL'] } });
    expect(again.data!.applyForProject.userErrors[0]).toMatchObject({ code: 'DUPLICATE_NAME', field: ['name'] });
  });

  it('answers wrong passwords, expired and forged sessions with clear codes', async () => {
    const wrong = await anonymous.request(SignInCodes, { input: { email: STAFF.manager, password: 'nope' } });
    expect(wrong.data!.signIn).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const me = await manager.request(MyId, {});
    const claims = { sub: me.data!.me.id, role: 'MANAGER', org: null };
    const expired = signJwt({ ...claims, iat: 1_700_000_000, exp: 1_700_000_100 }, TEST_JWT_SECRET);
    const expiredResult = await anonymous.withToken(expired).request(MyId, {});
    expect(expiredResult.errors![0]).toMatchObject({ message: expect.stringContaining('expired'), extensions: { code: 'UNAUTHENTICATED' } });
    const forged = signJwt({ ...claims, role: 'ADMIN', exp: Math.floor(Date.now() / 1000) + 600 }, 'some-other-secret-some-other-secret!!');
    expect((await anonymous.withToken(forged).request(MyId, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  // Reads the seeded centre's pipeline (an overdue adaptation, healthcare tenants) without naming or changing any of it.
  it('lists overdue adaptations for managers and keeps the pipeline in one view', async () => {
    const overdue = await manager.request(OverdueAdaptations, {});
    expect(overdue.data!.overdueAdaptations.totalCount).toBeGreaterThanOrEqual(1);
    expect(overdue.data!.overdueAdaptations.edges.every((e: any) => e.node.adaptation.overdue)).toBe(true);
    const pipeline = await manager.request(PipelineColumns, {});
    const columns = pipeline.data!.pipeline;
    expect(columns.map((c: any) => c.stage)).toEqual(['APPLIED', 'SCREENING', 'ADAPTATION', 'INCUBATING', 'GRADUATED', 'EXITED', 'REJECTED']);
    expect(columns.every((c: any) => c.projects.length === Math.min(1, c.totalCount))).toBe(true);
  });

  it('filters the pipeline board by search, industry and overdue, counting only what matches', async () => {
    const board = async (filter: { search?: string; industry?: 'HEALTHCARE'; overdueOnly?: boolean }) =>
      (await manager.request(PipelineBoard, { overdueOnly: false, ...filter })).data!.pipeline;
    const cards = (columns: any[]) => columns.flatMap((c: any) => c.projects);
    const total = (columns: any[]) => columns.reduce((sum: number, c: any) => sum + c.totalCount, 0);
    const searched = await scenario.tenant({ label: '检索机构' });
    const named = await scenario.project(searched, 'APPLIED', { label: '检索项目' });
    const all = await board({});
    const byOrganisation = await board({ search: searched.organisationName });
    expect(cards(byOrganisation).length).toBeGreaterThan(0);
    expect(cards(byOrganisation).every((p: any) => p.organisation.name.includes(searched.organisationName))).toBe(true);
    const byName = await board({ search: named.name.slice(0, -3) });
    expect(cards(byName).map((p: any) => p.name)).toContain(named.name);
    const health = await board({ industry: 'HEALTHCARE' });
    expect(cards(health).length).toBeGreaterThan(0);
    expect(cards(health).every((p: any) => p.organisation.industry === 'HEALTHCARE')).toBe(true);
    expect(total(health)).toBe(cards(health).length);
    expect(total(health)).toBeLessThan(total(all));
    const overdue = await board({ overdueOnly: true });
    expect(cards(overdue).length).toBeGreaterThan(0);
    expect(cards(overdue).every((p: any) => p.stage === 'ADAPTATION' && p.adaptation.overdue)).toBe(true);
    // A wildcard is searched for as itself, not as "anything".
    expect(total(await board({ search: '%' }))).toBe(0);
    expect(all.map((c: any) => c.stage)).toEqual(health.map((c: any) => c.stage));
  });

  it('pages through projects with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await manager.request(ProjectPageAfter, { after });
      seen.push(...page.data.projects.edges.map((e: any) => e.node.id));
      if (!page.data.projects.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.data.projects.totalCount);
        break;
      }
      after = page.data.projects.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
  });
});
