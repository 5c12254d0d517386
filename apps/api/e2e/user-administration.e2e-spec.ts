import { GraphQLClient } from '../test/graphql-client.js';
import { closeCodes, collect, eventually, subscriptionClient } from '../test/subscription-client.js';
import { useApi } from '../test/use-api.js';
import { attemptSignIn } from './support/sign-in-attempt.js';
import { Scenario, SCENARIO_PASSWORD, STAFF, type Tenant } from '../test/scenario.js';

const USERS = `query ($search: String, $role: Role, $organisationId: ID, $active: Boolean) {
  users(first: 100, search: $search, role: $role, organisationId: $organisationId, active: $active) {
    totalCount edges { node { id email displayName role deactivatedAt organisation { id name } } }
  }
}`;
const DEACTIVATE = `mutation ($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id deactivatedAt } userErrors { code field } } }`;
const REACTIVATE = `mutation ($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id deactivatedAt } userErrors { code field } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role organisation { id } } userErrors { code field } } }`;
const ME = `{ me { id role } }`;
const PIPELINE = `{ pipeline(perStage: 1) { stage } }`;

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

/** Section 8: admins deactivate users (sessions end at once) and change roles. */
describe('user administration', () => {
  const server = useApi({ production: true });
  let admin: GraphQLClient;
  let scenario: Scenario;
  let tenant: Tenant;

  const userNamed = async (email: string) => (await admin.request(USERS, { search: email })).data!.users.edges[0].node;

  beforeAll(async () => {
    admin = await server().anonymous.signIn(STAFF.admin);
    scenario = await Scenario.start(admin);
    tenant = await scenario.tenant();
  });

  it('lists users with search by email or name and filters by role, organisation and active', async () => {
    const all = (await admin.request(USERS)).data!.users;
    expect(all.totalCount).toBeGreaterThanOrEqual(10);
    const byEmail = (await admin.request(USERS, { search: tenant.founderEmail.split('@')[0]!.toUpperCase() })).data!.users.edges.map((e: any) => e.node.email);
    expect(byEmail).toEqual([tenant.founderEmail]);
    const byName = (await admin.request(USERS, { search: tenant.founderName })).data!.users.edges.map((e: any) => e.node.email);
    expect(byName).toEqual([tenant.founderEmail]);
    const founders = (await admin.request(USERS, { role: 'FOUNDER' })).data!.users.edges.map((e: any) => e.node);
    expect(founders.length).toBeGreaterThan(3);
    expect(founders.every((u: any) => u.role === 'FOUNDER')).toBe(true);
    const orgId = founders[0].organisation.id;
    const ofOrg = (await admin.request(USERS, { organisationId: orgId })).data!.users.edges.map((e: any) => e.node.organisation.id);
    expect(ofOrg.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ofOrg)).toEqual(new Set([orgId]));
    expect((await admin.request(USERS, { active: false })).data!.users.totalCount).toBe(0);
    // A wildcard in the search is a character, not a pattern.
    expect((await admin.request(USERS, { search: '%' })).data!.users.totalCount).toBe(0);
  });

  it('refuses managers and founders (FORBIDDEN) and anonymous callers, and the target keeps working', async () => {
    const { anonymous } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const founder = (await scenario.tenant()).founder;
    const own = await scenario.staffMember('CONSULTANT');
    const target = await userNamed(own.email);
    const consultant = own.client;
    for (const caller of [manager, founder]) {
      expect(codeOf(await caller.request(USERS))).toBe('FORBIDDEN');
      expect(codeOf(await caller.request(DEACTIVATE, { input: { userId: target.id } }))).toBe('FORBIDDEN');
      expect(codeOf(await caller.request(CHANGE_ROLE, { input: { userId: target.id, role: 'ADMIN' } }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await anonymous.request(DEACTIVATE, { input: { userId: target.id } }))).toBe('UNAUTHENTICATED');
    expect((await consultant.request(ME)).data!.me.role).toBe('CONSULTANT');
    expect((await userNamed(own.email)).deactivatedAt).toBeNull();
  });

  it('deactivating ends the user’s sessions and open subscriptions at once; they cannot sign in until reactivated', async () => {
    const { api, anonymous } = server();
    const { founder, founderEmail } = await scenario.tenant();
    const target = await userNamed(founderEmail);
    const ws = subscriptionClient(api.url, founder.token!);
    const closed = closeCodes(ws);
    const live = collect(ws, `subscription { allocationChanged { allocationId } }`);
    await new Promise((done) => setTimeout(done, 500));
    expect(closed).toEqual([]);

    const result = (await admin.request(DEACTIVATE, { input: { userId: target.id } })).data!.deactivateUser;
    expect(result.userErrors).toEqual([]);
    expect(result.user.deactivatedAt).not.toBeNull();
    expect(codeOf(await founder.request(ME))).toBe('UNAUTHENTICATED');
    await eventually(() => closed.length > 0, 3_000);
    expect(closed[0]).toBe(4403);
    // The same answer as a wrong password: a deactivated account is not revealed.
    expect((await attemptSignIn(anonymous, founderEmail, SCENARIO_PASSWORD)).code).toBe('INVALID_CREDENTIALS');
    expect((await admin.request(USERS, { active: false })).data!.users.edges.map((e: any) => e.node.email)).toEqual([founderEmail]);
    expect((await admin.request(DEACTIVATE, { input: { userId: target.id } })).data!.deactivateUser.userErrors[0].code).toBe('INVALID_STATE');

    const back = (await admin.request(REACTIVATE, { input: { userId: target.id } })).data!.reactivateUser;
    expect(back).toMatchObject({ user: { deactivatedAt: null }, userErrors: [] });
    expect((await (await anonymous.signIn(founderEmail, SCENARIO_PASSWORD)).request(ME)).data!.me.role).toBe('FOUNDER');
    live.stop();
    await ws.dispose();
  });

  it('an admin cannot deactivate or demote themselves, and nothing changes', async () => {
    const me = (await admin.request(ME)).data!.me;
    const deactivate = (await admin.request(DEACTIVATE, { input: { userId: me.id } })).data!.deactivateUser;
    expect(deactivate.userErrors).toEqual([{ code: 'CANNOT_CHANGE_OWN_ACCOUNT', field: ['userId'] }]);
    const demote = (await admin.request(CHANGE_ROLE, { input: { userId: me.id, role: 'CONSULTANT' } })).data!.changeUserRole;
    expect(demote.userErrors).toEqual([{ code: 'CANNOT_CHANGE_OWN_ACCOUNT', field: ['userId'] }]);
    expect((await admin.request(ME)).data!.me.role).toBe('ADMIN');
  });

  it('changing a role ends the user’s sessions, so the new rights apply at once', async () => {
    const { anonymous } = server();
    const own = await scenario.staffMember('MANAGER');
    const manager = own.client;
    expect(codeOf(await manager.request(PIPELINE))).toBeUndefined();
    const target = await userNamed(own.email);
    const changed = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'CONSULTANT', organisationId: target.organisation.id } })).data!
      .changeUserRole;
    expect(changed).toMatchObject({ user: { role: 'CONSULTANT' }, userErrors: [] });
    expect(codeOf(await manager.request(PIPELINE))).toBe('UNAUTHENTICATED');
    const again = await anonymous.signIn(own.email, SCENARIO_PASSWORD);
    expect((await again.request(ME)).data!.me.role).toBe('CONSULTANT');
    expect(codeOf(await again.request(PIPELINE))).toBe('FORBIDDEN');

    // The change is in the audit log, with who did it and what the role was before.
    const me = (await admin.request(ME)).data!.me;
    const log = await admin.request(
      `{ auditEvents(first: 5, action: "USER_ROLE_CHANGED") { edges { node { actorId targetType targetId detailsJson } } } }`,
    );
    const event = log.data!.auditEvents.edges.map((e: any) => e.node).find((n: any) => n.targetId === target.id);
    expect(event).toMatchObject({ actorId: me.id, targetType: 'USER' });
    expect(JSON.parse(event.detailsJson)).toMatchObject({ fromRole: 'MANAGER', toRole: 'CONSULTANT', email: own.email });
  });

  it('keeps role and organisation consistent: a founder needs a customer organisation; refused changes change nothing', async () => {
    const own = await scenario.staffMember('CONSULTANT');
    const consultant = own.client;
    const target = await userNamed(own.email);
    const noOrg = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'FOUNDER' } })).data!.changeUserRole;
    expect(noOrg.userErrors).toEqual([{ code: 'ORGANISATION_REQUIRED', field: ['organisationId'] }]);
    const centre = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'FOUNDER', organisationId: target.organisation.id } })).data!
      .changeUserRole;
    expect(centre.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['organisationId'] }]);
    const integration = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'INTEGRATION' } })).data!.changeUserRole;
    expect(integration.userErrors[0].code).toBe('VALIDATION_FAILED');
    const unknownOrg = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'FOUNDER', organisationId: '00000000-0000-4000-8000-000000000000' } }))
      .data!.changeUserRole;
    expect(unknownOrg.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['organisationId'] }]);
    // Nothing changed: same role, and the session was not ended.
    expect((await userNamed(own.email)).role).toBe('CONSULTANT');
    expect((await consultant.request(ME)).data!.me.role).toBe('CONSULTANT');

    const customer = (await scenario.tenant()).organisationId;
    const founder = (await admin.request(CHANGE_ROLE, { input: { userId: target.id, role: 'FOUNDER', organisationId: customer } })).data!.changeUserRole;
    expect(founder).toMatchObject({ user: { role: 'FOUNDER', organisation: { id: customer } }, userErrors: [] });
    expect(codeOf(await consultant.request(ME))).toBe('UNAUTHENTICATED');
  });
});
