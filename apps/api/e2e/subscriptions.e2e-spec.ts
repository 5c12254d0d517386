import { startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { collect, eventually, subscriptionClient } from '../test/subscription-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { CreateAllocationRequest as CREATE } from '../test/operations/allocation.operations.js';
import { Scenario, SCENARIO_PASSWORD } from '../test/scenario.js';

// The typed create (test/operations) selects a superset of what this spec reads.

/**
 * Live events over graphql-ws. On a real PostgreSQL the subscriber sits on a second API process
 * and the change happens on the first, so the event must cross processes (LISTEN/NOTIFY).
 */
describe('subscriptions', () => {
  let database: { url: string; drop(): Promise<void> } | null;
  let writer: RunningApi;
  let reader: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase('suanli_subs');
    writer = await startApi({ databaseUrl: database?.url ?? null, env: { SCHEDULER_INTERVAL_MS: '0' } });
    reader = database ? await startApi({ databaseUrl: database.url, env: { SUANLI_SEED: 'false', SCHEDULER_INTERVAL_MS: '0' } }) : writer;
  }, 180_000);

  afterAll(async () => {
    if (reader !== writer) await reader.stop();
    await writer.stop();
    await database?.drop();
  });

  it('delivers a founder’s own allocation changes and utilisation, but not other tenants’ changes', async () => {
    const scenario = await Scenario.start(new GraphQLClient(writer.url));
    const tenant = await scenario.tenant();
    const otherTenant = await scenario.tenant();
    const project = await scenario.project(tenant, 'INCUBATING');
    const otherProject = await scenario.project(otherTenant, 'INCUBATING');
    const cluster = await scenario.cluster([{ cardType: 'Ascend 310P', count: 1 }]);
    const founderOnWriter = tenant.founder;
    const otherOnWriter = otherTenant.founder;
    const founderOnReader = await new GraphQLClient(reader.url).signIn(tenant.founderEmail, SCENARIO_PASSWORD);
    const token = founderOnReader.token!;
    const ws = subscriptionClient(reader.url, token);
    const changes = collect<{ allocationChanged: { allocationId: string; state: string } }>(ws, `subscription { allocationChanged { allocationId organisationId state at } }`);
    const utilisation = collect<{ clusterUtilisation: { clusterId: string; busyCards: number; totalCards: number } }>(
      ws,
      `subscription { clusterUtilisation { clusterId busyCards totalCards utilisation } }`,
    );
    await new Promise((done) => setTimeout(done, 500)); // let both subscriptions register

    const on = { clusterId: cluster.id, cardType: 'Ascend 310P', durationS: 600, priority: 'STANDARD', preemptible: false } as const;
    const other = await otherOnWriter.request(CREATE, { input: { ...on, projectId: otherProject.id, cards: 1 } });
    const mine = await founderOnWriter.request(CREATE, { input: { ...on, projectId: project.id, cards: 2 } });
    const mineId = mine.data!.createAllocationRequest.allocationRequest!.id;
    const otherId = other.data!.createAllocationRequest.allocationRequest!.id;
    const ofCluster = () => utilisation.events.filter((e) => e.clusterUtilisation.clusterId === cluster.id);

    await eventually(() => changes.events.some((e) => e.allocationChanged.allocationId === mineId));
    await eventually(() => ofCluster().length > 0);
    expect(changes.events.find((e) => e.allocationChanged.allocationId === mineId)!.allocationChanged.state).toBe('RUNNING');
    expect(changes.events.some((e) => e.allocationChanged.allocationId === otherId)).toBe(false);
    expect(ofCluster().at(-1)!.clusterUtilisation.totalCards).toBe(8);
    expect(changes.errors).toEqual([]);
    changes.stop();
    utilisation.stop();
    await ws.dispose();
  });

  it('tells a founder when a new request that must wait has its position and estimate', async () => {
    const scenario = await Scenario.start(new GraphQLClient(writer.url));
    const tenant = await scenario.tenant();
    const projectId = (await scenario.project(tenant, 'INCUBATING')).id;
    const clusterId = (await scenario.cluster([{ cardType: 'Ascend 910B', count: 1 }])).id;
    const founder = tenant.founder;
    const on = { projectId, clusterId, cards: 8, cardType: 'Ascend 910B', durationS: 3600, priority: 'STANDARD', preemptible: false } as const;
    // The cluster's 8 Ascend 910B cards are all busy, so the request below queues.
    const blocker = await founder.request(CREATE, { input: on });
    expect(blocker.data!.createAllocationRequest.userErrors).toEqual([]);
    const ws = subscriptionClient(reader.url, (await new GraphQLClient(reader.url).signIn(tenant.founderEmail, SCENARIO_PASSWORD)).token!);
    const changes = collect<{ allocationChanged: { allocationId: string; state: string } }>(ws, `subscription { allocationChanged { allocationId state } }`);
    await new Promise((done) => setTimeout(done, 500));
    const created = await founder.request(CREATE, { input: on });
    const id = created.data!.createAllocationRequest.allocationRequest!.id;
    await eventually(() => changes.events.some((e) => e.allocationChanged.allocationId === id));
    expect(changes.events.find((e) => e.allocationChanged.allocationId === id)!.allocationChanged.state).toBe('QUEUED');
    const shown = await founder.request(`query ($id: ID!) { allocationRequest(id: $id) { state queuePosition estimatedStartAt } }`, { id });
    expect(shown.data!.allocationRequest).toMatchObject({ state: 'QUEUED', queuePosition: expect.any(Number) });
    expect(shown.data!.allocationRequest.estimatedStartAt).not.toBeNull();
    changes.stop();
    await ws.dispose();
  });

  it('refuses a subscription without a valid token', async () => {
    const ws = subscriptionClient(reader.url, 'not-a-token');
    const attempt = collect(ws, `subscription { allocationChanged { allocationId } }`);
    await eventually(() => attempt.errors.length > 0);
    expect(attempt.events).toEqual([]);
    await ws.dispose();
  });
});
