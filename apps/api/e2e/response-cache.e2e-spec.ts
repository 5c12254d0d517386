import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';

const PAGE = `query ($first: Int!) { projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } } }`;
const APPLY = `mutation ($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }`;

const cacheOf = (response: { headers: Headers }) => response.headers.get('x-response-cache');

/**
 * The whole-response cache of the list pages (ADR 0006): reused only for the same caller and
 * request, emptied by every write, never holding errors, and never a way around authentication.
 */
describe('response cache', () => {
  const server = useApi();
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let otherFounder: GraphQLClient;

  beforeAll(async () => {
    anonymous = server().anonymous;
    manager = await anonymous.signIn('manager@suanli.dev');
    founder = await anonymous.signIn('founder@rongcheng-vision.example');
    otherFounder = await anonymous.signIn('founder@tianfu-med.example');
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
    expect(new Set(mine.data!.projects.edges.map((e: any) => e.node.organisation.name))).toEqual(new Set(['蓉城智眼科技']));
    expect(cacheOf(await founder.request(PAGE, { first: 50 }))).toBe('hit');

    const theirs = await otherFounder.request(PAGE, { first: 50 });
    expect(cacheOf(theirs)).toBe('miss');
    expect(new Set(theirs.data!.projects.edges.map((e: any) => e.node.organisation.name))).toEqual(new Set(['天府医影']));
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
    const withMe = await manager.request(`{ me { email } projects(first: 5) { totalCount } }`);
    expect(withMe.data!.me.email).toBe('manager@suanli.dev');
    expect(cacheOf(withMe)).toBeNull();
    expect(cacheOf(await manager.request(`{ me { email } projects(first: 5) { totalCount } }`))).toBeNull();
  });
});
