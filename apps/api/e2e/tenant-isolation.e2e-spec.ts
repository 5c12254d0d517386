import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import { SchemaWalker } from './schema-walk.js';

/**
 * A founder of 天府医影 (a HIGH-sensitivity medical tenant's neighbour) tries every query and
 * mutation with 蓉城智眼科技's ids. Every answer must be FORBIDDEN, NOT_FOUND or empty, must not
 * mention the other tenant, and nothing of the other tenant may change.
 */
describe('tenant isolation', () => {
  const server = useApi();
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let intruder: GraphQLClient;
  let walker: SchemaWalker;
  let victim: { orgId: string; projectIds: string[]; allocationIds: string[] };

  const snapshotVictim = async () => {
    const result = await manager.request(
      `query ($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }`,
      { id: victim.orgId },
    );
    return result.data!.organisation.projects.edges.map((e: any) => ({ id: e.node.id, stage: e.node.stage, history: e.node.history.length }));
  };

  beforeAll(async () => {
    anonymous = server().anonymous;
    manager = await anonymous.signIn('manager@suanli.dev');
    intruder = await anonymous.signIn('founder@tianfu-med.example');
    // Introspection may be for staff only once deployed: load the schema as the manager.
    walker = await SchemaWalker.load(manager);
    const orgs = await manager.request(`{ organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }`);
    const org = orgs.data!.organisations.edges.map((e: any) => e.node).find((o: any) => o.name === '蓉城智眼科技');
    const allocations = await manager.request(`query ($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }`, { org: org.id });
    victim = {
      orgId: org.id,
      projectIds: org.projects.edges.map((e: any) => e.node.id),
      allocationIds: allocations.data!.allocationRequests.edges.map((e: any) => e.node.id),
    };
    expect(victim.projectIds.length).toBeGreaterThan(0);
    expect(victim.allocationIds.length).toBeGreaterThan(0);
  });

  it('sees only its own organisation and projects', async () => {
    const result = await intruder.request(`{ me { organisation { id name } } organisations { totalCount edges { node { name } } } projects(first: 100) { edges { node { organisation { name } } } } }`);
    expect(result.data!.organisations.totalCount).toBe(1);
    expect(result.data!.organisations.edges[0].node.name).toBe('天府医影');
    const orgNames = new Set(result.data!.projects.edges.map((e: any) => e.node.organisation.name));
    expect([...orgNames]).toEqual(['天府医影']);
  });

  it('gets FORBIDDEN or nothing from every root field aimed at the other tenant', async () => {
    const before = await snapshotVictim();
    const secrets = [victim.orgId, ...victim.projectIds, ...victim.allocationIds, '蓉城智眼科技'];
    let probes = 0;
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of walker.rootFields(root)) {
        // Neither names another tenant's data; signing out would only end the intruder's own session
        // and turn every later probe into a trivial UNAUTHENTICATED.
        if (field.name === 'signIn' || field.name === 'signOut') continue;
        for (const id of [victim.projectIds[0], victim.orgId, victim.allocationIds[0]]) {
          const result = await intruder.request(walker.operation(root, field, { id, organisationId: victim.orgId }));
          const text = JSON.stringify(result);
          // Nothing of the other tenant comes back, whatever the field.
          expect({ field: field.name, leaks: secrets.filter((secret) => text.includes(secret)) }).toEqual({ field: field.name, leaks: [] });
          if (root === 'Mutation') {
            // And no mutation succeeds: FORBIDDEN, BAD_USER_INPUT or a userError such as NOT_FOUND.
            const code = result.errors?.[0]?.extensions?.code;
            const userErrors = (result.data?.[field.name] as { userErrors?: unknown[] } | undefined)?.userErrors ?? [];
            expect({ field: field.name, id, refused: Boolean(code) || userErrors.length > 0 }).toEqual({ field: field.name, id, refused: true });
          }
          probes++;
        }
      }
    }
    expect(probes).toBeGreaterThan(30);
    expect(await snapshotVictim()).toEqual(before);
  });
});
