import type { GraphQLClient } from '../test/graphql-client.js';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import type { CreateAllocationRequestInput } from '../test/gql/graphql.js';
import {
  AllocationQueueOf,
  CancelAllocationRequestWithFields,
  CreateAllocationRequest,
  CreateAllocationRequestWithOwner,
  CreateTelemetryToken,
  FortnightUsage,
  GetAllocationRequest,
  MyOrganisation,
  OrganisationSchedulingCount,
  RequestCount,
  SetWeightAndQuota,
} from '../test/operations/allocation.operations.js';
import {
  ClusterCardHolders,
  DrainNodeForRepair,
  MyClusterCardHolders,
  ReportCardFailed,
  ReportCardHealthy,
  RestoreNode,
} from '../test/operations/compute.operations.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const CREATE = CreateAllocationRequest;
const CREATE_FULL = CreateAllocationRequestWithOwner;
const CANCEL = CancelAllocationRequestWithFields;
const GET = GetAllocationRequest;

describe('compute allocation over the GraphQL API', () => {
  // Bursts of requests from one founder: neither the open-request cap nor the per-caller limits are what this spec is about.
  const server = useApi({ env: { ...LOAD_TEST_LIMITS, MAX_OPEN_REQUESTS_PER_ORG: '10000' } });
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let otherFounder: GraphQLClient;
  let tenant: Tenant;
  let incubating: string; // the founder's incubating project
  let applied: string; // another of theirs, still APPLIED
  let otherProject: string; // the other founder's incubating project
  let clusterId: string; // the spec's own: 64 Ascend 310P cards and 16 Ascend 910B
  /** The spec's own cluster in a `{ clusters { id … } }` answer. */
  const own = (answer: any) => answer.data!.clusters.find((c: any) => c.id === clusterId);
  /** Polls until the scheduler has placed or explained the request (it may answer before the pass). */
  const settled = async (client: GraphQLClient, id: string) => {
    for (let i = 0; ; i++) {
      const request = (await client.request(GET, { id })).data!.allocationRequest!;
      if (request.state !== 'QUEUED' || request.queuePosition !== null || i > 50) return request;
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const count = async () => (await manager.request(RequestCount, {})).data!.allocationRequests.totalCount;
  const input = (overrides: Record<string, unknown> = {}) => ({
    projectId: incubating, clusterId, cards: 8, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false, ...overrides,
  }) as CreateAllocationRequestInput;

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(anonymous);
    tenant = await scenario.tenant();
    const other = await scenario.tenant({ industry: 'HEALTHCARE' });
    founder = tenant.founder;
    otherFounder = other.founder;
    incubating = (await scenario.project(tenant, 'INCUBATING')).id;
    applied = (await scenario.project(tenant, 'APPLIED')).id;
    otherProject = (await scenario.project(other, 'INCUBATING')).id;
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 8 }, { cardType: 'Ascend 910B', count: 2 }])).id;
  });

  it('queues a request on a full pool with a position, an honest estimate and a reason, and starts it when capacity frees', async () => {
    const blocker = await manager.request(CREATE, { input: input({ cards: 64, durationS: 4 * 3600 }) });
    expect(blocker.data!.createAllocationRequest.userErrors).toEqual([]);
    const big = await settled(manager, blocker.data!.createAllocationRequest.allocationRequest!.id);
    expect(big.state).toBe('RUNNING');

    const created = (await founder.request(CREATE, { input: input() })).data!.createAllocationRequest.allocationRequest!;
    expect(created.state).toBe('QUEUED');
    // The scheduler's explanation arrives with the response or, under load, a moment later.
    const mine = await settled(founder, created.id);
    expect(mine).toMatchObject({ state: 'QUEUED', queuePosition: 1 });
    expect(mine.waitReason!.code).toBe('NO_DOMAIN_FREE');
    expect(mine.waitReason!.message).toMatch(/^waiting: /);
    // The only thing in its way ends at the blocker's time limit, so that is the honest estimate.
    expect(Math.abs(new Date(mine.estimatedStartAt!).getTime() - new Date(big.endsAt!).getTime())).toBeLessThan(2000);

    const queue = await manager.request(AllocationQueueOf, { cardType: 'Ascend 310P', cluster: clusterId });
    expect(queue.data!.allocationQueue).toEqual([{ id: mine.id, queuePosition: 1, organisation: { name: tenant.organisationName } }]);

    const cancelled = await manager.request(CANCEL, { id: big.id });
    expect(cancelled.data!.cancelAllocationRequest.allocationRequest!).toMatchObject({ state: 'CANCELLED', endReason: 'CANCELLED' });
    // The pass that starts it follows the cancel within a pass gap (passes are spaced ≥ 200 ms).
    let after = (await founder.request(GET, { id: mine.id })).data!.allocationRequest!;
    for (let i = 0; after.state === 'QUEUED' && i < 50; i++) {
      await new Promise((done) => setTimeout(done, 100));
      after = (await founder.request(GET, { id: mine.id })).data!.allocationRequest!;
    }
    expect(after.state).toBe('RUNNING');
    expect(after.queuePosition).toBeNull();
    const cards = await founder.request(MyClusterCardHolders, {});
    const held = own(cards).nodes.flatMap((n: any) => n.cards).filter((c: any) => c.holder?.allocationId === mine.id);
    expect(held).toHaveLength(8);
    expect(held.every((c: any) => c.holder.mine)).toBe(true);
    await founder.request(CANCEL, { id: mine.id });
  });

  it('answers a burst at once with the stored request; each gets its position and estimate from a later pass', async () => {
    // Every Ascend 910B card of the cluster is busy, so the burst waits.
    const full = (await manager.request(CREATE, { input: input({ cardType: 'Ascend 910B', cards: 16, durationS: 4 * 3600 }) })).data!.createAllocationRequest;
    expect(full.userErrors).toEqual([]);
    expect((await settled(manager, full.allocationRequest!.id)).state).toBe('RUNNING');
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => founder.request(CREATE_FULL, { input: input({ cardType: 'Ascend 910B', cards: 1, preemptible: true }) })),
    );
    for (const answer of burst) {
      expect(answer.data!.createAllocationRequest.userErrors).toEqual([]);
      const created = answer.data!.createAllocationRequest.allocationRequest!;
      const stored = (await founder.request(GET, { id: created.id })).data!.allocationRequest!;
      expect(created.project.id).toBe(incubating);
      expect(created.organisation.name).toBe(tenant.organisationName);
      // Whether it waited for its pass or not, the answer is the row as stored at that moment.
      const { queuePosition: _p, estimatedStartAt: _e, waitReason: _r, clusterId: _c, project: _pr, organisation: _o, ...fields } = created;
      expect(_c).toEqual(expect.any(String));
      const { queuePosition: _sp, estimatedStartAt: _se, waitReason: _sr, ...storedFields } = stored;
      expect(fields).toEqual(storedFields);
      expect(created).toMatchObject({ state: 'QUEUED', cards: 1, cardType: 'Ascend 910B', startedAt: null, cardHours: 0 });
      const placed = await settled(founder, created.id);
      expect(placed.queuePosition).toEqual(expect.any(Number));
      expect(placed.estimatedStartAt).not.toBeNull();
      expect(placed.waitReason!.code).toEqual(expect.any(String));
    }
    for (const answer of burst) await founder.request(CANCEL, { id: answer.data!.createAllocationRequest.allocationRequest!.id });
    await manager.request(CANCEL, { id: full.allocationRequest!.id });
  });

  it('refuses bad requests with clear codes and creates nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ cards: 5000, cardType: 'Ascend 910B' }, 'EXCEEDS_CLUSTER_CAPACITY'],
      [{ cardType: 'H100' }, 'UNKNOWN_CARD_TYPE'],
      [{ durationS: 5 }, 'INVALID_DURATION'],
      [{ durationS: 90 * 24 * 3600 }, 'INVALID_DURATION'],
      [{ projectId: applied }, 'PROJECT_CANNOT_REQUEST'],
      [{ projectId: otherProject }, 'NOT_FOUND'],
    ];
    for (const [overrides, code] of cases) {
      const result = await founder.request(CREATE, { input: input(overrides) });
      expect({ overrides, code: result.data!.createAllocationRequest.userErrors[0]?.code }).toEqual({ overrides, code });
    }
    for (const malformed of [{ cards: -8 }, { cards: 0 }, { durationS: 1e9 }, { projectId: 'nope' }]) {
      const result = await founder.request(CREATE, { input: input(malformed) });
      expect({ malformed, code: result.errors?.[0]?.extensions?.code }).toEqual({ malformed, code: 'BAD_USER_INPUT' });
    }
    expect(await count()).toBe(before);
  });

  it('does not let one founder cancel or see another organisation’s allocation', async () => {
    const theirs = (await otherFounder.request(CREATE, { input: input({ projectId: otherProject, cards: 1 }) })).data!.createAllocationRequest.allocationRequest!;
    const attempt = await founder.request(CANCEL, { id: theirs.id });
    expect(attempt.data!.cancelAllocationRequest).toEqual({ allocationRequest: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await founder.request(GET, { id: theirs.id })).data!.allocationRequest).toBeNull();
    expect((await otherFounder.request(GET, { id: theirs.id })).data!.allocationRequest!.state).not.toBe('CANCELLED');
    await otherFounder.request(CANCEL, { id: theirs.id });
  });

  it('keeps running work on a drained node, places nothing new there, and restores it', async () => {
    const job = await settled(founder, (await founder.request(CREATE, { input: input({ cards: 8 }) })).data!.createAllocationRequest.allocationRequest!.id);
    expect(job.state).toBe('RUNNING');
    const grid = await manager.request(ClusterCardHolders, {});
    const node = own(grid).nodes.find((n: any) => n.cards.some((c: any) => c.holder?.allocationId === job.id));
    const drained = await manager.request(DrainNodeForRepair, { id: node.id });
    expect(drained.data!.drainNode.node!.drained).toBe(true);
    expect((await founder.request(GET, { id: job.id })).data!.allocationRequest!.state).toBe('RUNNING');
    const next = await settled(founder, (await founder.request(CREATE, { input: input({ cards: 8 }) })).data!.createAllocationRequest.allocationRequest!.id);
    const nodesOfNext = await manager.request(ClusterCardHolders, {});
    const hostOfNext = own(nodesOfNext).nodes.find((n: any) => n.cards.some((c: any) => c.holder?.allocationId === next.id));
    expect(hostOfNext?.id).not.toBe(node.id);
    const restored = await manager.request(RestoreNode, { id: node.id });
    expect(restored.data!.restoreNode.node!.drained).toBe(false);
    await founder.request(CANCEL, { id: job.id });
    await founder.request(CANCEL, { id: next.id });
  });

  it('ends the allocation on a card telemetry reports failed', async () => {
    const admin = await server().anonymous.signIn(STAFF.admin);
    const token = (await admin.request(CreateTelemetryToken, {})).data!.createApiToken.token!;
    const telemetry = server().anonymous.withToken(token);
    const job = await settled(founder, (await founder.request(CREATE, { input: input({ cards: 2 }) })).data!.createAllocationRequest.allocationRequest!.id);
    const grid = await telemetry.request(ClusterCardHolders, {});
    const card = own(grid).nodes.flatMap((n: any) => n.cards).find((c: any) => c.holder?.allocationId === job.id);
    const report = await telemetry.request(ReportCardFailed, { id: card.id });
    expect(report.data!.reportCardHealth.card).toEqual({ health: 'FAILED', holder: null });
    expect((await founder.request(GET, { id: job.id })).data!.allocationRequest).toMatchObject({ state: 'PREEMPTED', endReason: 'CARD_FAILED' });
    const refused = await founder.request(ReportCardHealthy, { id: card.id });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    await telemetry.request(ReportCardHealthy, { id: card.id });
  });

  it('applies a manager’s quota to new requests and meters card-hours', async () => {
    const org = (await founder.request(MyOrganisation, {})).data!.me.organisation!.id;
    const set = await manager.request(SetWeightAndQuota, { org });
    expect(set.data!.setOrganisationScheduling.organisationScheduling).toEqual({ weight: 2, quotaCards: 4, organisation: { name: tenant.organisationName } });
    const tooBig = await founder.request(CREATE, { input: input({ cards: 8 }) });
    expect(tooBig.data!.createAllocationRequest.userErrors[0].code).toBe('EXCEEDS_QUOTA');
    const usage = await founder.request(FortnightUsage, {});
    expect(usage.data!.usage.totalCardHours).toBeGreaterThan(0);
    expect(usage.data!.usage.daily).toHaveLength(14);
    expect(new Set(usage.data!.usage.byProject.map((p: any) => p.projectId))).toEqual(new Set([incubating]));
    const forbidden = await founder.request(OrganisationSchedulingCount, {});
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
