import { randomUUID } from 'node:crypto';
import { LOAD_TEST_LIMITS, startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient, type GraphQLResponse } from '../test/graphql-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { CreateAllocationRequest, GetAllocationRequest } from '../test/operations/allocation.operations.js';
import { ApplyForProjectCodes, MeAndProjectCount, ProjectPage } from '../test/operations/project.operations.js';

const PAGE = ProjectPage;
const APPLY = ApplyForProjectCodes;

const cacheOf = (response: { headers: Headers }) => response.headers.get('x-response-cache');

/**
 * The whole-response cache of the list pages (ADR 0006): reused only for the same caller and
 * request, emptied by every write, never holding errors, and never a way around authentication.
 */
// No timer passes: a pass that ends an allocation empties the cache, which would make "hit" racy.
// Many writes and reads in quick succession from one caller: raised per-caller limits.
const QUIET = { SCHEDULER_INTERVAL_MS: '0', ...LOAD_TEST_LIMITS };

describe('response cache', () => {
  const server = useApi({ env: QUIET });
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let otherFounder: GraphQLClient;
  let mineTenant: Tenant;
  let theirTenant: Tenant;
  let incubating: { id: string; name: string };
  let clusterId: string;

  beforeAll(async () => {
    anonymous = server().anonymous;
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(manager);
    mineTenant = await scenario.tenant();
    theirTenant = await scenario.tenant();
    founder = mineTenant.founder;
    otherFounder = theirTenant.founder;
    incubating = await scenario.project(mineTenant, 'INCUBATING');
    await scenario.project(theirTenant, 'APPLIED');
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 910B', count: 1 }])).id;
  });

  it('answers a repeated page from the cache with the same body', async () => {
    const first = await manager.request(PAGE, { first: 50 });
    const second = await manager.request(PAGE, { first: 50 });
    expect(cacheOf(first)).toBe('miss');
    expect(cacheOf(second)).toBe('hit');
    expect(second.data).toEqual(first.data);
    const otherVariables = await manager.request(PAGE, { first: 49 });
    expect(cacheOf(otherVariables)).toBe('miss');
    expect(otherVariables.data!.projects.edges).toHaveLength(Math.min(49, first.data!.projects.totalCount));
  });

  it('never serves one tenant the page cached for another', async () => {
    const mine = await founder.request(PAGE, { first: 50 });
    expect(new Set(mine.data!.projects.edges.map((e: any) => e.node.organisation.name))).toEqual(new Set([mineTenant.organisationName]));
    expect(cacheOf(await founder.request(PAGE, { first: 50 }))).toBe('hit');

    const theirs = await otherFounder.request(PAGE, { first: 50 });
    expect(cacheOf(theirs)).toBe('miss');
    expect(new Set(theirs.data!.projects.edges.map((e: any) => e.node.organisation.name))).toEqual(new Set([theirTenant.organisationName]));
  });

  // Before any allocation request is created: the pass a create starts publishes the request's
  // first estimate, which empties the cache and could land between the two reads below.
  it('is not emptied by a caller who may not write', async () => {
    await manager.request(PAGE, { first: 50 });
    expect(cacheOf(await manager.request(PAGE, { first: 50 }))).toBe('hit');
    const anonymousWrite = await anonymous.request(APPLY, { input: { name: '匿名', summary: 'x', cooperationModes: ['RENTAL'] } });
    expect(anonymousWrite.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cacheOf(await manager.request(PAGE, { first: 50 }))).toBe('hit');
  });

  it('shows a write at once: any mutation empties the cache', async () => {
    const before = await manager.request(PAGE, { first: 100 });
    expect(cacheOf(await manager.request(PAGE, { first: 100 }))).toBe('hit');
    const name = `缓存失效验证 ${randomUUID().slice(0, 8)}`;
    const applied = await founder.request(APPLY, { input: { name, summary: '新申请', cooperationModes: ['RENTAL'] } });
    expect(applied.data!.applyForProject.userErrors).toEqual([]);

    const after = await manager.request(PAGE, { first: 100 });
    expect(cacheOf(after)).toBe('miss');
    expect(after.data!.projects.totalCount).toBe(before.data!.projects.totalCount + 1);
    expect(after.data!.projects.edges.map((e: any) => e.node.name)).toContain(name);
  });

  it('shows a new allocation request in the page’s allocation summary at once', async () => {
    const summaryOf = (page: any, projectId: string) => page.data!.projects.edges.find((e: any) => e.node.id === projectId).node.allocationSummary.queuedRequests;
    const project = incubating.id;
    const input = { projectId: project, clusterId, cards: 8, cardType: 'Ascend 910B', durationS: 3600, priority: 'STANDARD', preemptible: false } as const;
    // The cluster's 8 cards are taken first, so the request below waits (is queued), as on a busy centre.
    const blocker = (await founder.request(CreateAllocationRequest, { input })).data!.createAllocationRequest.allocationRequest!;
    for (let i = 0; i < 50 && (await founder.request(GetAllocationRequest, { id: blocker.id })).data!.allocationRequest!.state !== 'RUNNING'; i++) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const before = await manager.request(PAGE, { first: 100 });
    expect(cacheOf(await manager.request(PAGE, { first: 100 }))).toBe('hit');
    const created = await founder.request(CreateAllocationRequest, { input });
    expect(created.data!.createAllocationRequest.userErrors).toEqual([]);
    // Not from the page cache, nor from the per-project summary cache the page is built from.
    const after = await manager.request(PAGE, { first: 100 });
    expect(summaryOf(after, project)).toBe(summaryOf(before, project) + 1);
  });

  it('refuses a bad credential even when the page is cached', async () => {
    await manager.request(PAGE, { first: 50 });
    const forged = await anonymous.withToken(`${manager.token!.slice(0, -4)}AAAA`).request(PAGE, { first: 50 });
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.data?.projects ?? null).toBeNull();
    const none = await anonymous.request(PAGE, { first: 50 });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not keep answers with errors, and Cache-Control: no-cache executes the query', async () => {
    const bad = await manager.request(PAGE, { first: -1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cacheOf(await manager.request(PAGE, { first: -1 }))).toBe('miss');

    await manager.request(PAGE, { first: 50 });
    const bypass = await manager.request(PAGE, { first: 50 }, { 'cache-control': 'no-cache' });
    expect(cacheOf(bypass)).toBeNull();
    expect(bypass.data!.projects.edges.length).toBeGreaterThan(0);
  });

  it('leaves queries with uncached root fields alone', async () => {
    const withMe = await manager.request(MeAndProjectCount, {});
    expect(withMe.data!.me.email).toBe(STAFF.manager);
    expect(cacheOf(withMe)).toBeNull();
    expect(cacheOf(await manager.request(MeAndProjectCount, {}))).toBeNull();
  });
});

const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;

onRealPostgres('response cache across API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  const processes: RunningApi[] = [];

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_cache'))!;
    processes.push(await startApi({ databaseUrl: database.url, env: QUIET }));
    processes.push(await startApi({ databaseUrl: database.url, env: { ...QUIET, SUANLI_SEED: 'false' } }));
  }, 180_000);

  afterAll(async () => {
    for (const api of processes) await api.stop();
    await database?.drop();
  });

  it('forgets a page on every process as soon as any process answers a write', async () => {
    const [a, b] = processes;
    const founderOnA = (await (await Scenario.start(new GraphQLClient(a.url))).tenant()).founder;
    const managerOnB = await new GraphQLClient(b.url).signIn(STAFF.manager);
    const cached = await managerOnB.request(PAGE, { first: 100 });
    const cachedAt = Date.now();
    expect(cacheOf(await managerOnB.request(PAGE, { first: 100 }))).toBe('hit');

    const name = `跨进程失效 ${randomUUID().slice(0, 8)}`;
    const applied = await founderOnA.request(APPLY, { input: { name, summary: '新申请', cooperationModes: ['RENTAL'] } });
    expect(applied.data!.applyForProject.userErrors).toEqual([]);

    // The page's max-age is 2 s: seeing the project sooner proves the notification, not expiry.
    let seen: GraphQLResponse | null = null;
    while (!seen && Date.now() - cachedAt < 2_000) {
      const page = await managerOnB.request(PAGE, { first: 100 });
      if (page.data!.projects.edges.some((e: any) => e.node.name === name)) seen = page;
      else await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen).not.toBeNull();
    expect(seen!.data!.projects.totalCount).toBe(cached.data!.projects.totalCount + 1);
  });
});
