import type { GraphQLClient } from '../test/graphql-client.js';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import {
  AddNodesCodes as ADD_NODES,
  ClusterIds as CLUSTERS,
  CreateCluster as CREATE,
  DeleteCluster as DELETE,
  RenameCluster as RENAME,
} from '../test/operations/compute.operations.js';
import { AUDIT_EVENTS } from './accounts-helpers.js';

const NODE = { count: 1, cardType: 'Test 8', cardsPerNode: 8, domainSize: 8, memoryGb: 64 };

/** Clusters are renamed and deleted (only when empty), audited; a pasted paragraph is refused, not cut. */
describe('renaming and deleting clusters over the GraphQL API', () => {
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let founder: GraphQLClient;

  const clusters = async () => (await manager.request(CLUSTERS, {})).data!.clusters;
  const create = async (name: string) => {
    const result = await manager.request(CREATE, { input: { name } });
    const cluster = result.data!.createCluster.cluster;
    if (!cluster) throw new Error(`createCluster failed: ${JSON.stringify(result)}`);
    return cluster;
  };
  const auditOf = async (action: string, targetId: string) =>
    (await admin.request(AUDIT_EVENTS, { first: 50, action })).data!.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.targetId === targetId);
  const unique = (label: string) => `${label} ${Date.now() % 1e7}-${Math.floor(Math.random() * 1e4)}`;

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn(STAFF.manager);
    admin = await anonymous.signIn(STAFF.admin);
    founder = (await (await Scenario.start(anonymous)).tenant()).founder;
  });

  it('refuses a pasted 5,000-character name with a userError on the name, creating or renaming nothing', async () => {
    const own = await create(unique('粘贴'));
    const before = await clusters();
    const pasted = '智算集群名称'.repeat(834);
    const created = await manager.request(CREATE, { input: { name: pasted } });
    expect(created.data!.createCluster).toEqual({ cluster: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['name'] }] });
    const renamed = await manager.request(RENAME, { input: { clusterId: own.id, name: pasted } });
    expect(renamed.data!.renameCluster).toEqual({ cluster: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['name'] }] });
    expect(await clusters()).toEqual(before);
  });

  it('audits creating a cluster, with its name', async () => {
    const cluster = await create(unique('新建审计'));
    const [event] = await auditOf('CLUSTER_CREATED', cluster.id);
    expect(event).toMatchObject({ actor: { email: STAFF.manager }, targetType: 'CLUSTER' });
    expect(JSON.parse(event.detailsJson)).toEqual({ name: cluster.name });
  });

  it('renames a cluster with the name rules of createCluster, audited with the old and new name', async () => {
    const cluster = await create(unique('待改名'));
    const taken = await create(unique('已占用'));
    const name = unique('推理集群');
    const renamed = await manager.request(RENAME, { input: { clusterId: cluster.id, name: `  ${name}  ` } });
    expect(renamed.data!.renameCluster).toEqual({ cluster: { id: cluster.id, name }, userErrors: [] });
    const [event] = await auditOf('CLUSTER_RENAMED', cluster.id);
    expect(event).toMatchObject({ actor: { email: STAFF.manager }, targetType: 'CLUSTER' });
    expect(JSON.parse(event.detailsJson)).toEqual({ from: cluster.name, to: name });

    const duplicate = await manager.request(RENAME, { input: { clusterId: cluster.id, name: taken.name.toUpperCase() } });
    expect(duplicate.data!.renameCluster).toEqual({ cluster: null, userErrors: [{ code: 'DUPLICATE_NAME', field: ['name'] }] });
    // Its own name, differently cased, is no duplicate.
    const recased = await manager.request(RENAME, { input: { clusterId: cluster.id, name: name.toUpperCase() } });
    expect(recased.data!.renameCluster.userErrors).toEqual([]);
    const missing = await manager.request(RENAME, { input: { clusterId: '00000000-0000-4000-8000-000000000000', name: unique('无') } });
    expect(missing.data!.renameCluster).toEqual({ cluster: null, userErrors: [{ code: 'NOT_FOUND', field: ['clusterId'] }] });

    const forbidden = await founder.request(RENAME, { input: { clusterId: cluster.id, name: unique('创业者') } });
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await clusters()).find((c) => c.id === cluster.id)!.name).toBe(name.toUpperCase());
    for (const c of [cluster, taken]) await manager.request(DELETE, { input: { clusterId: c.id } });
  });

  it('deletes only an empty cluster, audited; one with a node stays', async () => {
    const empty = await create(unique('空集群'));
    const used = await create(unique('有节点'));
    const added = await manager.request(ADD_NODES, { input: { ...NODE, clusterId: used.id, namePrefix: 'del' } });
    expect(added.data!.addNodes.userErrors).toEqual([]);

    const forbidden = await founder.request(DELETE, { input: { clusterId: empty.id } });
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const refused = await manager.request(DELETE, { input: { clusterId: used.id } });
    expect(refused.data!.deleteCluster).toEqual({ deletedClusterId: null, userErrors: [{ code: 'CLUSTER_NOT_EMPTY', field: ['clusterId'] }] });
    expect((await clusters()).map((c) => c.id)).toEqual(expect.arrayContaining([empty.id, used.id]));
    expect(await auditOf('CLUSTER_DELETED', used.id)).toEqual([]);

    const deleted = await manager.request(DELETE, { input: { clusterId: empty.id } });
    expect(deleted.data!.deleteCluster).toEqual({ deletedClusterId: empty.id, userErrors: [] });
    expect((await clusters()).map((c) => c.id)).not.toContain(empty.id);
    const [event] = await auditOf('CLUSTER_DELETED', empty.id);
    expect(JSON.parse(event.detailsJson)).toEqual({ name: empty.name });
    const again = await manager.request(DELETE, { input: { clusterId: empty.id } });
    expect(again.data!.deleteCluster.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['clusterId'] }]);
  });

  it('never deletes a cluster that a racing addNodes gave a node', async () => {
    for (let round = 0; round < 5; round++) {
      const cluster = await create(unique('竞争'));
      const [added, deleted] = await Promise.all([
        manager.request(ADD_NODES, { input: { ...NODE, clusterId: cluster.id, namePrefix: 'race' } }),
        manager.request(DELETE, { input: { clusterId: cluster.id } }),
      ]);
      if (!added.data) throw new Error(`addNodes failed: ${JSON.stringify(added.errors)}`);
      const addOk = added.data.addNodes.userErrors.length === 0;
      const deleteOk = deleted.data!.deleteCluster.userErrors.length === 0;
      // Exactly one wins: the node and its cluster exist, or neither does.
      expect({ round, addOk, deleteOk, addError: added.errors ?? null }).toEqual({ round, addOk: !deleteOk, deleteOk, addError: null });
      expect((await clusters()).some((c) => c.id === cluster.id)).toBe(addOk);
      if (!addOk) expect(added.data!.addNodes.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
      else expect(deleted.data!.deleteCluster.userErrors).toEqual([{ code: 'CLUSTER_NOT_EMPTY', field: ['clusterId'] }]);
    }
  });
});
