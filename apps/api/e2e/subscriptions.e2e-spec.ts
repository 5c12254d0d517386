import { startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { collect, eventually, subscriptionClient } from '../test/subscription-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { CreateAllocationRequest as CREATE } from '../test/operations/allocation.operations.js';

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
    const founderOnWriter = await new GraphQLClient(writer.url).signIn('founder@rongcheng-vision.example');
    const otherOnWriter = await new GraphQLClient(writer.url).signIn('founder@huaxi-health.example');
    const founderOnReader = await new GraphQLClient(reader.url).signIn('founder@rongcheng-vision.example');
    const token = founderOnReader.token!;
    const ws = subscriptionClient(reader.url, token);
    const changes = collect<{ allocationChanged: { allocationId: string; state: string } }>(ws, `subscription { allocationChanged { allocationId organisationId state at } }`);
    const utilisation = collect<{ clusterUtilisation: { busyCards: number; totalCards: number } }>(ws, `subscription { clusterUtilisation { busyCards totalCards utilisation } }`);
    await new Promise((done) => setTimeout(done, 500)); // let both subscriptions register

    const projectId = async (client: GraphQLClient, name: string) =>
      (await client.request(`{ projects(first: 50) { edges { node { id name } } } }`)).data!.projects.edges.find((e: any) => e.node.name === name).node.id;
    const other = await otherOnWriter.request(CREATE, { input: { projectId: await projectId(otherOnWriter, '病理切片分析'), cards: 1, cardType: 'Ascend 310P', durationS: 600, priority: 'STANDARD', preemptible: false } });
    const mine = await founderOnWriter.request(CREATE, { input: { projectId: await projectId(founderOnWriter, '仓储机器人视觉导航'), cards: 2, cardType: 'Ascend 310P', durationS: 600, priority: 'STANDARD', preemptible: false } });
    const mineId = mine.data!.createAllocationRequest.allocationRequest!.id;
    const otherId = other.data!.createAllocationRequest.allocationRequest!.id;

    await eventually(() => changes.events.some((e) => e.allocationChanged.allocationId === mineId));
    await eventually(() => utilisation.events.length > 0);
    expect(changes.events.find((e) => e.allocationChanged.allocationId === mineId)!.allocationChanged.state).toBe('RUNNING');
    expect(changes.events.some((e) => e.allocationChanged.allocationId === otherId)).toBe(false);
    expect(utilisation.events.at(-1)!.clusterUtilisation.totalCards).toBe(1264);
    expect(changes.errors).toEqual([]);
    changes.stop();
    utilisation.stop();
    await ws.dispose();
  });

  it('tells a founder when a new request that must wait has its position and estimate', async () => {
    const founder = await new GraphQLClient(writer.url).signIn('founder@rongcheng-vision.example');
    const ws = subscriptionClient(reader.url, (await new GraphQLClient(reader.url).signIn('founder@rongcheng-vision.example')).token!);
    const changes = collect<{ allocationChanged: { allocationId: string; state: string } }>(ws, `subscription { allocationChanged { allocationId state } }`);
    await new Promise((done) => setTimeout(done, 500));
    const projects = await founder.request(`{ projects(first: 50) { edges { node { id name } } } }`);
    const projectId = projects.data!.projects.edges.find((e: any) => e.node.name === '仓储机器人视觉导航').node.id;
    // The 910B cards are all busy in the demo centre, so this one queues.
    const created = await founder.request(CREATE, { input: { projectId, cards: 8, cardType: 'Ascend 910B', durationS: 3600, priority: 'STANDARD', preemptible: false } });
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
