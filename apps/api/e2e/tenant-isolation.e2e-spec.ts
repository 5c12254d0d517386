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
  let victim: { orgId: string; projectIds: string[]; historyLength: number };

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
    walker = await SchemaWalker.load(anonymous);
    const orgs = await manager.request(`{ organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }`);
    const org = orgs.data!.organisations.edges.map((e: any) => e.node).find((o: any) => o.name === '蓉城智眼科技');
    victim = { orgId: org.id, projectIds: org.projects.edges.map((e: any) => e.node.id), historyLength: 0 };
    expect(victim.projectIds.length).toBeGreaterThan(0);
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
    const forbiddenOrEmpty: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of walker.rootFields(root)) {
        if (field.name === 'signIn') continue;
        for (const id of [victim.projectIds[0], victim.orgId]) {
          const result = await intruder.request(walker.operation(root, field, { id, organisationId: victim.orgId }));
          const text = JSON.stringify(result);
          expect({ field: field.name, leaks: text.includes('蓉城智眼科技') || text.includes(victim.orgId) || victim.projectIds.some((p) => text.includes(p)) })
            .toEqual({ field: field.name, leaks: false });
          const code = result.errors?.[0]?.extensions?.code;
          const value = result.data?.[field.name];
          const userErrors = value?.userErrors as { code: string }[] | undefined;
          const refused =
            code === 'FORBIDDEN' ||
            value === null ||
            (userErrors && userErrors.length > 0 && value.project == null) ||
            Array.isArray(value?.edges) ||
            (field.name === 'me');
          expect({ field: field.name, id, refused: Boolean(refused) }).toEqual({ field: field.name, id, refused: true });
          forbiddenOrEmpty.push(field.name);
        }
      }
    }
    expect(forbiddenOrEmpty.length).toBeGreaterThan(10);
    expect(await snapshotVictim()).toEqual(before);
  });
});
