import type { GraphQLClient } from '../test/graphql-client.js';
import type { CreateAllocationRequestInput } from '../test/gql/graphql.js';
import {
  AllocationRequestTimes,
  CancelAllocationRequestCodes,
  CreateAllocationRequestCodes,
  FinishAllocation,
} from '../test/operations/allocation.operations.js';
import {
  AddNodesCodes,
  ClusterGrid,
  ClusterIds,
  CreateClusterWithDescription,
  DrainNodeForDecommissioning,
  RestoreNode,
  RetireNode,
} from '../test/operations/compute.operations.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

/**
 * The inventory editor over the GraphQL API: a manager sets up a cluster, fills it with nodes and
 * retires a node once it is drained and idle. Runs on its own cluster, card type and project so the
 * centre's other pools (and the other specs' expectations) are untouched.
 */
const CARD_TYPE = 'E2E 910C';
const CREATE_CLUSTER = CreateClusterWithDescription;
const ADD_NODES = AddNodesCodes;
const RETIRE = RetireNode;
const DRAIN = DrainNodeForDecommissioning;
const RESTORE = RestoreNode;
const CREATE_REQUEST = CreateAllocationRequestCodes;
const GET_REQUEST = AllocationRequestTimes;
const CLUSTER = ClusterGrid;

interface GridNode {
  id: string;
  name: string;
  drained: boolean;
  cards: { holder: { allocationId: string } | null }[];
}

describe('inventory: clusters and node retirement over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let projectId: string;
  let clusterId: string;

  const clusterView = async () => (await manager.request(CLUSTER, { id: clusterId })).data!.cluster as {
    cardTypes: string[];
    utilisation: { totalCards: number; healthyCards: number };
    nodes: GridNode[];
  };
  const clusterCount = async () => ((await manager.request(ClusterIds, {})).data!.clusters).length;
  const request = (cards: number, extra: Record<string, unknown> = {}) =>
    manager.request(CREATE_REQUEST, {
      input: { projectId, clusterId, cards, cardType: CARD_TYPE, durationS: 3600, priority: 'STANDARD', preemptible: false, ...extra } as CreateAllocationRequestInput,
    });
  const cancel = (id: string) => manager.request(CancelAllocationRequestCodes, { id });
  /** Polls until the scheduler has placed or explained the request. */
  const settled = async (id: string) => {
    for (let i = 0; ; i++) {
      const found = (await manager.request(GET_REQUEST, { id })).data!.allocationRequest!;
      if (found.state !== 'QUEUED' || found.queuePosition !== null || i > 50) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
  };

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(manager);
    const tenant = await scenario.tenant();
    founder = tenant.founder;
    projectId = (await scenario.project(tenant, 'INCUBATING')).id;
  });

  it('creates a cluster with a trimmed, unique name and refuses duplicates and bad names, changing nothing', async () => {
    const before = await clusterCount();
    const defaultCluster = (await manager.request(ClusterIds, {})).data!.clusters[0]!.id;
    const created = await manager.request(CREATE_CLUSTER, { input: { name: '  E2E 集群 ·  二期 ', description: ' 推理专用 ' } });
    expect(created.data!.createCluster.userErrors).toEqual([]);
    expect(created.data!.createCluster.cluster).toMatchObject({ name: 'E2E 集群 · 二期', description: '推理专用' });
    clusterId = created.data!.createCluster.cluster!.id;

    const duplicate = await manager.request(CREATE_CLUSTER, { input: { name: 'e2e 集群 · 二期' } });
    expect(duplicate.data!.createCluster).toEqual({ cluster: null, userErrors: [{ code: 'DUPLICATE_NAME', field: ['name'] }] });
    for (const name of ['  x ', '   ', 'x'.repeat(61)]) {
      const bad = await manager.request(CREATE_CLUSTER, { input: { name } });
      expect(bad.data!.createCluster).toEqual({ cluster: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['name'] }] });
    }
    expect(await clusterCount()).toBe(before + 1);
    // The default cluster stays first, so requests without a clusterId still go to it.
    const clusters = (await manager.request(ClusterIds, {})).data!.clusters;
    expect(clusters[0].id).toBe(defaultCluster);
    expect(clusters.at(-1)!.id).toBe(clusterId);

    const added = await manager.request(ADD_NODES, {
      input: { clusterId, count: 2, cardType: CARD_TYPE, cardsPerNode: 8, domainSize: 8, memoryGb: 64, namePrefix: 'e2e-910c' },
    });
    expect(added.data!.addNodes.userErrors).toEqual([]);
    const view = await clusterView();
    expect(view.nodes.map((n) => n.name)).toEqual(['e2e-910c-001', 'e2e-910c-002']);
    expect(view.utilisation.totalCards).toBe(16);
  });

  it('forbids founders both mutations and changes nothing', async () => {
    const before = await clusterCount();
    const create = await founder.request(CREATE_CLUSTER, { input: { name: '创业者的集群' } });
    expect(create.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(create.data?.createCluster ?? null).toBeNull();
    expect(await clusterCount()).toBe(before);

    const [node] = (await clusterView()).nodes;
    await manager.request(DRAIN, { id: node.id });
    const retire = await founder.request(RETIRE, { id: node.id });
    expect(retire.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await clusterView()).nodes).toHaveLength(2);
    await manager.request(RESTORE, { id: node.id });
  });

  it('sees a drain and a restore in request validation at once (no stale capacity cache)', async () => {
    const [first] = (await clusterView()).nodes;
    expect((await manager.request(DRAIN, { id: first.id })).data!.drainNode.node!.drained).toBe(true);
    const tooBig = await request(16);
    expect(tooBig.data!.createAllocationRequest.userErrors).toEqual([{ code: 'EXCEEDS_CLUSTER_CAPACITY' }]);
    expect((await manager.request(RESTORE, { id: first.id })).data!.restoreNode.node!.drained).toBe(false);
    // Well within the 2 s the validator is cached for.
    const fits = await request(16, { earliestStartAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
    expect(fits.data!.createAllocationRequest.userErrors).toEqual([]);
    expect(fits.data!.createAllocationRequest.allocationRequest!.state).toBe('QUEUED');
    await cancel(fits.data!.createAllocationRequest.allocationRequest!.id);
  });

  it('retires a node only when drained and idle; then it is out of the grid, capacity and totals, and its history stays', async () => {
    const job = await settled((await request(8)).data!.createAllocationRequest.allocationRequest!.id);
    expect(job.state).toBe('RUNNING');
    const host = (await clusterView()).nodes.find((n) => n.cards.some((c) => c.holder?.allocationId === job.id))!;

    const notDrained = await manager.request(RETIRE, { id: host.id });
    expect(notDrained.data!.retireNode).toEqual({ node: null, userErrors: [{ code: 'NODE_NOT_DRAINED', field: ['nodeId'] }] });

    expect((await manager.request(DRAIN, { id: host.id })).data!.drainNode.node!.drained).toBe(true);
    const busy = await manager.request(RETIRE, { id: host.id });
    expect(busy.data!.retireNode).toEqual({ node: null, userErrors: [{ code: 'NODE_BUSY', field: ['nodeId'] }] });
    expect((await clusterView()).nodes.map((n) => n.id)).toContain(host.id);
    expect((await manager.request(GET_REQUEST, { id: job.id })).data!.allocationRequest!.state).toBe('RUNNING');

    const finished = await manager.request(FinishAllocation, { id: job.id });
    expect(finished.data!.finishAllocation.allocationRequest!.state).toBe('FINISHED');

    const retired = await manager.request(RETIRE, { id: host.id });
    expect(retired.data!.retireNode.userErrors).toEqual([]);
    expect(retired.data!.retireNode.node).toMatchObject({ id: host.id, drained: true });
    expect(Math.abs(new Date(retired.data!.retireNode.node!.retiredAt!).getTime() - Date.now())).toBeLessThan(60_000);

    const view = await clusterView();
    expect(view.nodes.map((n) => n.id)).not.toContain(host.id);
    expect(view.nodes).toHaveLength(1);
    expect(view.utilisation).toEqual({ totalCards: 8, healthyCards: 8 });
    expect(view.cardTypes).toEqual([CARD_TYPE]);

    // Capacity: 16 cards no longer exist (asked at once, inside the validator's cache lifetime).
    const tooBig = await request(16, { earliestStartAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
    expect(tooBig.data!.createAllocationRequest.userErrors).toEqual([{ code: 'EXCEEDS_CLUSTER_CAPACITY' }]);
    const fits = await settled((await request(8)).data!.createAllocationRequest.allocationRequest!.id);
    expect(fits.state).toBe('RUNNING');
    await cancel(fits.id);

    // Retirement is final, and the metered history of the work it ran is kept.
    expect((await manager.request(RESTORE, { id: host.id })).data!.restoreNode.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
    expect((await manager.request(DRAIN, { id: host.id })).data!.drainNode.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
    expect((await manager.request(RETIRE, { id: host.id })).data!.retireNode.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['nodeId'] }]);
    const history = (await manager.request(GET_REQUEST, { id: job.id })).data!.allocationRequest!;
    expect(history).toMatchObject({ state: 'FINISHED', startedAt: job.startedAt });
    expect(new Date(history.finishedAt!).getTime()).toBeGreaterThanOrEqual(new Date(job.startedAt!).getTime());
  });

  it('answers NOT_FOUND for an unknown node', async () => {
    const missing = await manager.request(RETIRE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.data!.retireNode.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['nodeId'] }]);
  });
});
