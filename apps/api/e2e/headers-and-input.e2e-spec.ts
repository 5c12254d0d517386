import { resolve } from 'node:path';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const APPLY = `mutation ($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name } userErrors { code field } } }`;
const CREATE = `mutation ($input: CreateAllocationRequestInput!) { createAllocationRequest(input: $input) { allocationRequest { id } userErrors { code field } } }`;

describe('security headers (production, serving the built web app)', () => {
  const server = useApi({ production: true, env: { SUANLI_WEB_DIST: resolve(ROOT, 'apps/web/dist'), TRUST_PROXY: 'true' } });

  it('sends a CSP that allows only the app’s own scripts, and forbids framing', async () => {
    const page = await fetch(server().api.url + '/projects');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends HSTS only on requests that came over TLS', async () => {
    const plain = await fetch(server().api.url + '/');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const viaTls = await fetch(server().api.url + '/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('sends the headers on GraphQL answers too', async () => {
    const result = await server().anonymous.request('{ __typename }');
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('input hygiene (production)', () => {
  const server = useApi({ production: true });
  let founder: GraphQLClient;
  let manager: GraphQLClient;
  let projectId: string;
  let clusterId: string;
  const projectCount = async () => (await manager.request(`{ projects(first: 1) { totalCount } }`)).data!.projects.totalCount as number;
  const requestCount = async () =>
    (await manager.request(`{ allocationRequests(first: 1) { totalCount } }`)).data!.allocationRequests.totalCount as number;

  beforeAll(async () => {
    manager = await server().anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(manager);
    const tenant = await scenario.tenant();
    founder = tenant.founder;
    projectId = (await scenario.project(tenant, 'INCUBATING')).id;
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 1 }])).id;
  });

  it('checks lengths after trimming and refuses invisible or direction-changing characters in names', async () => {
    const before = await projectCount();
    for (const name of ['   ', ' a ', '蓉城\u200b视觉', 'invoice\u202egnp.exe', 'tab\tname']) {
      const result = await founder.request(APPLY, { input: { name, summary: 'x', cooperationModes: ['RENTAL'] } });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'BAD_USER_INPUT' });
    }
    const trimmed = await founder.request(APPLY, { input: { name: '  边缘推理盒子  ', summary: '  为工厂质检部署  ', cooperationModes: ['RENTAL'] } });
    expect(trimmed.data!.applyForProject).toMatchObject({ project: { name: '边缘推理盒子' }, userErrors: [] });
    expect(await projectCount()).toBe(before + 1);
  });

  it('answers a NUL byte with BAD_USER_INPUT, not an internal error, and stores nothing', async () => {
    const before = await projectCount();
    const result = await founder.request(APPLY, { input: { name: 'nul\u0000project', summary: 'x', cooperationModes: ['RENTAL'] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inSummary = await founder.request(APPLY, { input: { name: 'ok name', summary: 'a\u0000b', cooperationModes: ['RENTAL'] } });
    expect(inSummary.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await projectCount()).toBe(before);
  });

  it('answers cursors and dates PostgreSQL cannot hold with BAD_USER_INPUT', async () => {
    const minDate = Buffer.from(JSON.stringify(['-271821-04-20T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const page = await manager.request(`query ($after: String) { projects(first: 2, after: $after) { totalCount } }`, { after: minDate });
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = await requestCount();
    const ancient = await founder.request(CREATE, {
      input: { projectId, clusterId, cards: 1, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false, earliestStartAt: '0001-01-01T00:00:00.000Z' },
    });
    expect(ancient.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await requestCount()).toBe(before);
  });

  it('refuses an earliest start in the past with a userError and creates nothing', async () => {
    const before = await requestCount();
    const result = await founder.request(CREATE, {
      input: { projectId, clusterId, cards: 1, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false, earliestStartAt: '2020-01-01T00:00:00.000Z' },
    });
    expect(result.data!.createAllocationRequest).toEqual({
      allocationRequest: null,
      userErrors: [{ code: 'VALIDATION_FAILED', field: ['earliestStartAt'] }],
    });
    expect(await requestCount()).toBe(before);
  });
});
