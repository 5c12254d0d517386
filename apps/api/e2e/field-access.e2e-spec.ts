import type { GraphQLClient, GraphQLResponse } from '../test/graphql-client.js';
import { Scenario, SCENARIO_PASSWORD, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const emailsIn = (answer: unknown) => [...new Set(JSON.stringify(answer).match(EMAIL) ?? [])];

/**
 * Issue 9 §5, each finding over HTTP against a production-mode server. Every probe runs twice:
 * Mercurius JIT-compiles a query on its second run (jit: 1), and the rules must hold on both paths.
 */
describe('access on object fields, not only root fields', () => {
  const server = useApi({ production: true });
  let admin: GraphQLClient;
  let manager: GraphQLClient;
  let consultant: GraphQLClient;
  let founder: GraphQLClient;
  let ids: { centre: string; centreName: string; founderOrg: string; founderProject: string };
  let tenant: Tenant;
  let otherTenant: Tenant;

  const twice = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
    const first = await client.request(query, variables, { 'cache-control': 'no-cache' });
    const second = await client.request(query, variables, { 'cache-control': 'no-cache' });
    expect({ errors: second.errors, data: second.data }).toEqual({ errors: first.errors, data: first.data });
    return second;
  };
  const tokenWith = async (scope: string) => {
    const created = await admin.request(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }`, {
      input: { name: `probe ${scope}`, scopes: [scope] },
    });
    return server().anonymous.withToken(created.data!.createApiToken.token as string);
  };
  const membersOfEveryOrganisation = async (client: GraphQLClient): Promise<GraphQLResponse> =>
    twice(client, `{ organisations(first: 100) { totalCount edges { node { id name members(first: 100) { totalCount edges { node { id email role displayName } } } } } } }`);

  beforeAll(async () => {
    const { anonymous } = server();
    admin = await anonymous.signIn(STAFF.admin);
    manager = await anonymous.signIn(STAFF.manager);
    consultant = await anonymous.signIn(STAFF.consultant);
    const scenario = await Scenario.start(anonymous);
    tenant = await scenario.tenant();
    otherTenant = await scenario.tenant();
    founder = tenant.founder;
    // Applied for by the founder, then moved by staff: its history has both.
    const project = await scenario.project(tenant, 'INCUBATING', { appliedByFounder: true });
    const orgs = await manager.request(`{ organisations(first: 100) { edges { node { id name kind } } } }`);
    const centre = orgs.data!.organisations.edges.map((e: any) => e.node).find((o: any) => o.kind === 'CENTRE');
    ids = { centre: centre.id, centreName: centre.name, founderOrg: tenant.organisationId, founderProject: project.id };
  });

  it('lets staff with USER_READ list every organisation’s people (the control case)', async () => {
    const result = await membersOfEveryOrganisation(manager);
    expect(result.errors).toBeUndefined();
    expect(emailsIn(result.data)).toEqual(expect.arrayContaining([STAFF.admin, otherTenant.founderEmail]));
  });

  it('shows a consultant (no USER_READ) no organisation’s members, and no email but their own', async () => {
    const result = await membersOfEveryOrganisation(consultant);
    expect(result.errors).toBeUndefined();
    const orgs = result.data!.organisations.edges.map((e: any) => e.node);
    expect(orgs.length).toBeGreaterThan(5);
    expect(orgs.filter((o: any) => o.members !== null)).toEqual([]);
    expect(emailsIn(result.data)).toEqual([]);
    const me = await twice(consultant, `{ me { email role organisation { kind } } }`);
    expect(me.data!.me).toEqual({ email: STAFF.consultant, role: 'CONSULTANT', organisation: { kind: 'CENTRE' } });
  });

  it('gives a read:projects token projects, but not their people, organisations or compute usage', async () => {
    const bi = await tokenWith('read:projects');
    const plain = await twice(bi, `{ projects(first: 5) { totalCount edges { node { name stage history { toStage reason actor { id } actorName } } } } }`);
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.projects.totalCount).toBeGreaterThan(0);
    const history = plain.data!.projects.edges.flatMap((e: any) => e.node.history);
    expect(history.length).toBeGreaterThan(0);
    expect(history.filter((h: any) => h.actor !== null || h.actorName !== null)).toEqual([]);

    for (const path of [
      `organisation { members { edges { node { email role } } } }`,
      `organisation { name }`,
      `allocationSummary { cardHours runningCards }`,
      `history { actor { email organisation { name } } }`,
    ]) {
      const result = await twice(bi, `{ projects(first: 5) { edges { node { name ${path} } } } }`);
      expect(emailsIn(result)).toEqual([]);
      expect(JSON.stringify(result.data)).not.toMatch(new RegExp(`cardHours|"members"|${ids.centreName}`));
      if (!path.startsWith('history')) expect({ path, code: result.errors?.[0]?.extensions?.code }).toEqual({ path, code: 'FORBIDDEN' });
    }
  });

  it('gives a read:organisations token organisations, not their people or projects', async () => {
    const directory = await tokenWith('read:organisations');
    const members = await membersOfEveryOrganisation(directory);
    expect(members.data!.organisations.totalCount).toBeGreaterThan(5);
    expect(emailsIn(members)).toEqual([]);
    const projects = await twice(directory, `{ organisations(first: 3) { edges { node { name projects { totalCount } } } } }`);
    expect(projects.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(projects.data).toBeNull();
  });

  it('gives a telemetry token the cluster, not who runs on it', async () => {
    const telemetry = await tokenWith('telemetry');
    const grid = await twice(telemetry, `{ clusters { nodes { cards { holder { allocationId organisationId organisationName projectName } } } } }`);
    expect(grid.errors).toBeUndefined();
    const holders = grid.data!.clusters.flatMap((c: any) => c.nodes.flatMap((n: any) => n.cards.map((card: any) => card.holder))).filter(Boolean);
    // The seeded centre's running work, read and not changed: enough holders for the rule to mean something.
    expect(holders.length).toBeGreaterThan(100);
    expect(holders.filter((h: any) => h.organisationId || h.organisationName || h.projectName)).toEqual([]);
    const requests = await twice(telemetry, `{ allocationRequests(first: 3) { edges { node { cards project { name } } } } }`);
    expect(requests.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(requests.data)).not.toMatch(/"name"/);
  });

  it('does not take a founder to the centre’s organisation and staff through a project’s history', async () => {
    const direct = await twice(founder, `query ($id: ID!) { organisation(id: $id) { name } }`, { id: ids.centre });
    expect(direct.data!.organisation).toBeNull();

    const result = await twice(
      founder,
      `query ($id: ID!) { project(id: $id) { history { toStage actorName actor { id email role displayName organisation { id name members { edges { node { email } } } } } } } }`,
      { id: ids.founderProject },
    );
    expect(result.errors).toBeUndefined();
    const history = result.data!.project.history;
    const byStaff = history.filter((h: any) => h.toStage !== 'APPLIED');
    expect(byStaff.length).toBeGreaterThan(0);
    // The centre's people show by display name only.
    expect(byStaff.map((h: any) => h.actor)).toEqual(byStaff.map(() => null));
    expect(byStaff.every((h: any) => typeof h.actorName === 'string' && h.actorName.length > 0)).toBe(true);
    // The founder's own application shows them as themselves, in their own organisation.
    const own = history.find((h: any) => h.toStage === 'APPLIED');
    expect(own.actor).toMatchObject({ email: tenant.founderEmail, role: 'FOUNDER', organisation: { id: ids.founderOrg } });
    expect(JSON.stringify(result.data)).not.toContain(ids.centre);
    expect(emailsIn(result.data)).toEqual([tenant.founderEmail]);
  });

  it('still shows a founder their own organisation’s members and staff the full audit trail', async () => {
    const mine = await twice(founder, `{ me { organisation { id members(first: 50) { totalCount edges { node { email role } } } } } }`);
    expect(mine.data!.me.organisation.id).toBe(ids.founderOrg);
    expect(mine.data!.me.organisation.members.edges.map((e: any) => e.node.email)).toContain(tenant.founderEmail);
    const staff = await twice(manager, `query ($id: ID!) { project(id: $id) { history { actor { email role organisation { kind } } } } }`, { id: ids.founderProject });
    expect(staff.data!.project.history.every((h: any) => h.actor?.email)).toBe(true);
  });

  it('shows the person who signs in their own details in the sign-in answer', async () => {
    const result = await server().anonymous.request(
      `mutation ($input: SignInInput!) { signIn(input: $input) { user { email role organisation { name } } } }`,
      { input: { email: tenant.founderEmail, password: SCENARIO_PASSWORD } },
    );
    expect(result.data!.signIn.user).toEqual({ email: tenant.founderEmail, role: 'FOUNDER', organisation: { name: tenant.organisationName } });
  });
});
