import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import { STAFF } from '../test/scenario.js';

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Every connection here follows the Relay spec's PageInfo, whichever way it is paginated. */
describe('Relay PageInfo over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    manager = await server().anonymous.signIn(STAFF.manager);
    admin = await server().anonymous.signIn(STAFF.admin);
  });

  /** Reads two pages of two, and checks the cursors and both "has" flags against the edges. */
  async function twoPages(client: GraphQLClient, field: string) {
    const query = `query ($after: String) { ${field}(first: 2, after: $after) { edges { cursor } ${PAGE_INFO} } }`;
    const first = (await client.request(query, { after: null })).data![field];
    const second = (await client.request(query, { after: first.pageInfo.endCursor })).data![field];
    for (const page of [first, second]) {
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    }
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).not.toBe(first.pageInfo.startCursor);
  }

  it('keyset pages, oldest first (projects)', () => twoPages(manager, 'projects'));

  it('keyset pages, newest first (auditEvents)', async () => {
    // Each new organisation is audited: the log then holds more than two events.
    const create = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { userErrors { code } } }`;
    for (let i = 0; i < 5; i++) {
      const input = { name: `分页测试 ${randomUUID().slice(0, 8)}`, kind: 'STARTUP', industry: 'AI_SERVICES' };
      expect((await admin.request(create, { input })).data!.createOrganisation.userErrors).toEqual([]);
    }
    await twoPages(admin, 'auditEvents');
  });

  it('pages of an in-memory list (organisationScheduling)', () => twoPages(manager, 'organisationScheduling'));

  it('an empty page has no cursors, and says whether rows came before it', async () => {
    const all = (await manager.request(`{ projects(first: 100) { totalCount edges { cursor } } }`)).data!.projects;
    expect(all.edges.length).toBe(all.totalCount);
    const last = all.edges.at(-1).cursor;
    const past = (await manager.request(`query ($after: String) { projects(first: 5, after: $after) { edges { cursor } ${PAGE_INFO} } }`, { after: last }))
      .data!.projects;
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
