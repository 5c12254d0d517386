import pg from 'pg';
import { startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { closeCodes, collect, eventually, subscriptionClient } from '../test/subscription-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { claimsOf, signWithServerSecret, tokenForNobody } from './support/session-tokens.js';

const ME = `{ me { id role } }`;
const SCHEDULING = `{ organisationScheduling(first: 1) { totalCount } }`;
const SIGN_OUT = `mutation { signOut { signedOut userErrors { code } } }`;
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id expiresAt revokedAt } userErrors { code field } } }`;
const REVOKE_TOKEN = `mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id revokedAt } userErrors { code } } }`;
const TOKENS = `{ apiTokens(first: 100) { totalCount edges { node { id name expiresAt revokedAt } } } }`;
const UTILISATION = `subscription { clusterUtilisation { busyCards } }`;
const DAY_MS = 86_400_000;

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

/** Finding: no sign-out, no revocation, tokens without exp accepted, rights taken from the token. */
describe('sessions and tokens', () => {
  const server = useApi({ production: true });

  it('signOut ends this session only: its token is refused from then on, another session of the same person goes on', async () => {
    const { anonymous } = server();
    const phone = await anonymous.signIn(STAFF.manager);
    const laptop = await anonymous.signIn(STAFF.manager);
    expect((await phone.request(SIGN_OUT)).data!.signOut).toEqual({ signedOut: true, userErrors: [] });
    expect(codeOf(await phone.request(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await phone.request(SIGN_OUT))).toBe('UNAUTHENTICATED');
    expect((await laptop.request(ME)).data!.me.role).toBe('MANAGER');
  });

  it('refuses a JWT without exp, even one naming a live session', async () => {
    const { anonymous } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const { exp: _exp, ...rest } = claimsOf(manager.token!);
    const forever = signWithServerSecret(rest);
    const result = await anonymous.withToken(forever).request(SCHEDULING);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
    expect(codeOf(await manager.request(SCHEDULING))).toBeUndefined();
  });

  it('takes the role from the database, not the token: a founder’s session re-signed as ADMIN reads nothing of an admin’s', async () => {
    const { anonymous } = server();
    const founder = (await (await Scenario.start(anonymous)).tenant()).founder;
    const promoted = signWithServerSecret({ ...claimsOf(founder.token!), role: 'ADMIN', org: null });
    const result = await anonymous.withToken(promoted).request(SCHEDULING);
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect((await anonymous.withToken(promoted).request(ME)).data!.me.role).toBe('FOUNDER');
  });

  it('refuses a well-signed JWT of a user and session that do not exist: UNAUTHENTICATED, createApiToken included, never INTERNAL_SERVER_ERROR', async () => {
    const { anonymous } = server();
    const admin = await anonymous.signIn(STAFF.admin);
    const before = (await admin.request(TOKENS)).data!.apiTokens.totalCount;
    const ghost = anonymous.withToken(tokenForNobody());
    expect(codeOf(await ghost.request(SCHEDULING))).toBe('UNAUTHENTICATED');
    const created = await ghost.request(CREATE_TOKEN, { input: { name: 'ghost', scopes: ['read:projects'] } });
    expect(codeOf(created)).toBe('UNAUTHENTICATED');
    expect((await admin.request(TOKENS)).data!.apiTokens.totalCount).toBe(before);
  });

  it('API tokens expire in 90 days unless told otherwise, at most in 365; revoked ones are refused at once', async () => {
    const { anonymous } = server();
    const admin = await anonymous.signIn(STAFF.admin);
    const before = (await admin.request(TOKENS)).data!.apiTokens.totalCount;

    const tooLong = await admin.request(CREATE_TOKEN, { input: { name: 'forever', scopes: ['read:organisations'], expiresInDays: 366 } });
    expect(tooLong.data!.createApiToken).toMatchObject({ token: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['expiresInDays'] }] });
    expect((await admin.request(TOKENS)).data!.apiTokens.totalCount).toBe(before);

    const created = (await admin.request(CREATE_TOKEN, { input: { name: 'crm sync', scopes: ['read:organisations'] } })).data!.createApiToken;
    const expiresInDays = (new Date(created.apiToken.expiresAt).getTime() - Date.now()) / DAY_MS;
    expect(expiresInDays).toBeGreaterThan(89.9);
    expect(expiresInDays).toBeLessThanOrEqual(90);
    const integration = anonymous.withToken(created.token);
    expect(codeOf(await integration.request(`{ organisations(first: 1) { totalCount } }`))).toBeUndefined();
    // A token is no session: it cannot sign itself out, only an admin revokes it.
    expect(codeOf(await integration.request(SIGN_OUT))).toBe('FORBIDDEN');

    const revoked = await admin.request(REVOKE_TOKEN, { input: { id: created.apiToken.id } });
    expect(revoked.data!.revokeApiToken.apiToken.revokedAt).not.toBeNull();
    expect(codeOf(await integration.request(`{ organisations(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
    const listed = (await admin.request(TOKENS)).data!.apiTokens.edges.find((e: any) => e.node.id === created.apiToken.id);
    expect(listed.node.revokedAt).not.toBeNull();
  });

  it('only admins list or revoke API tokens; a manager’s revoke changes nothing', async () => {
    const { anonymous } = server();
    const admin = await anonymous.signIn(STAFF.admin);
    const manager = await anonymous.signIn(STAFF.manager);
    const created = (await admin.request(CREATE_TOKEN, { input: { name: 'kept', scopes: ['read:organisations'] } })).data!.createApiToken;
    expect(codeOf(await manager.request(TOKENS))).toBe('FORBIDDEN');
    expect(codeOf(await manager.request(REVOKE_TOKEN, { input: { id: created.apiToken.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await anonymous.withToken(created.token).request(`{ organisations(first: 1) { totalCount } }`))).toBeUndefined();
  });

  it('closes an open subscription when its session signs out (4403), and one of an API token when it is revoked', async () => {
    const { api, anonymous } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const ws = subscriptionClient(api.url, manager.token!);
    const closed = closeCodes(ws);
    const live = collect(ws, UTILISATION);
    await new Promise((done) => setTimeout(done, 500));
    expect(closed).toEqual([]);
    await manager.request(SIGN_OUT);
    await eventually(() => closed.length > 0, 5_000);
    expect(closed[0]).toBe(4403);
    live.stop();
    await ws.dispose();

    const admin = await anonymous.signIn(STAFF.admin);
    const created = (await admin.request(CREATE_TOKEN, { input: { name: 'telemetry feed', scopes: ['telemetry'] } })).data!.createApiToken;
    const tokenWs = subscriptionClient(api.url, created.token);
    const tokenClosed = closeCodes(tokenWs);
    const tokenLive = collect(tokenWs, UTILISATION);
    await new Promise((done) => setTimeout(done, 500));
    expect(tokenClosed).toEqual([]);
    await admin.request(REVOKE_TOKEN, { input: { id: created.apiToken.id } });
    await eventually(() => tokenClosed.length > 0, 5_000);
    expect(tokenClosed[0]).toBe(4403);
    tokenLive.stop();
    await tokenWs.dispose();
  });
});

/** Finding: a subscription kept delivering events after its token expired. */
describe('session expiry', () => {
  const server = useApi({ production: true, env: { JWT_TTL_SECONDS: '5' } });

  it('a session ends at its exp: the open subscription is closed with 4401 and the token is refused', async () => {
    const { api, anonymous } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const exp = claimsOf(manager.token!).exp as number;
    expect(exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(5);
    const ws = subscriptionClient(api.url, manager.token!);
    const closed = closeCodes(ws);
    const live = collect(ws, UTILISATION);
    await eventually(() => closed.length > 0, 10_000);
    expect(closed[0]).toBe(4401);
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000 - 50);
    const after = await manager.request(ME);
    expect(after.errors![0]).toMatchObject({ message: expect.stringContaining('expired'), extensions: { code: 'UNAUTHENTICATED' } });
    live.stop();
    await ws.dispose();
  });
});

/**
 * Changes made straight in the database reach every process within the cache bound (2 s), and
 * revocations made through the API reach the other processes at once (LISTEN/NOTIFY). Needs a
 * real PostgreSQL (DATABASE_URL).
 */
const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.warn('sessions: the database and two-process part is not run — set DATABASE_URL to a real PostgreSQL (CI does)');

onRealPostgres('sessions checked against the database, across two API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  let first: RunningApi;
  let second: RunningApi;
  let db: pg.Client;

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_sessions'))!;
    first = await startApi({ databaseUrl: database.url, production: true });
    second = await startApi({ databaseUrl: database.url, production: true, env: { SUANLI_SEED: 'false' } });
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await second?.stop();
    await first?.stop();
    await database?.drop();
  });

  /** A new account with the seeded admin's password, made the way a careless operator would: straight in SQL. */
  async function insertUser(email: string, role: string): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO users (email, password_hash, display_name, role, organisation_id)
       SELECT $1, password_hash, 'Temp', $2, organisation_id FROM users WHERE email = $3 RETURNING id`,
      [email, role, STAFF.admin],
    );
    return rows[0].id as string;
  }

  /** Polls until check() holds; resolves to the milliseconds it took, or fails after `limitMs`. */
  async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
      await new Promise((done) => setTimeout(done, 100));
    }
    return Date.now() - start;
  }

  it('a deleted admin’s token is refused on both processes within the 2 s cache bound; createApiToken answers UNAUTHENTICATED and creates nothing', async () => {
    const id = await insertUser('temp-admin@sessions.example', 'ADMIN');
    const onFirst = await new GraphQLClient(first.url, null, first.demoPassword).signIn('temp-admin@sessions.example');
    const onSecond = new GraphQLClient(second.url, onFirst.token, second.demoPassword);
    expect(codeOf(await onSecond.request(SCHEDULING))).toBeUndefined();

    await db.query(`DELETE FROM users WHERE id = $1`, [id]);
    await within(3_000, async () => codeOf(await onSecond.request(SCHEDULING)) === 'UNAUTHENTICATED');
    const created = await onFirst.request(CREATE_TOKEN, { input: { name: 'from the grave', scopes: ['read:projects'] } });
    expect(codeOf(created)).toBe('UNAUTHENTICATED');
    expect((await db.query(`SELECT count(*)::int AS n FROM api_tokens WHERE created_by_id = $1`, [id])).rows[0].n).toBe(0);
  });

  it('a manager demoted in the database loses manager rights within the 2 s cache bound', async () => {
    const id = await insertUser('temp-manager@sessions.example', 'MANAGER');
    const manager = await new GraphQLClient(second.url, null, second.demoPassword).signIn('temp-manager@sessions.example');
    expect(codeOf(await manager.request(SCHEDULING))).toBeUndefined();
    await db.query(`UPDATE users SET role = 'CONSULTANT' WHERE id = $1`, [id]);
    await within(3_000, async () => codeOf(await manager.request(SCHEDULING)) === 'FORBIDDEN');
    expect((await manager.request(ME)).data!.me.role).toBe('CONSULTANT');
  });

  it('signOut on one process ends the session on the other at once and closes its subscription there', async () => {
    const onFirst = await new GraphQLClient(first.url, null, first.demoPassword).signIn(STAFF.consultant);
    const onSecond = new GraphQLClient(second.url, onFirst.token, second.demoPassword);
    expect(codeOf(await onSecond.request(ME))).toBeUndefined(); // now cached on the second process
    const ws = subscriptionClient(second.url, onFirst.token!);
    const closed = closeCodes(ws);
    const live = collect(ws, UTILISATION);
    await new Promise((done) => setTimeout(done, 500));
    expect(closed).toEqual([]);

    await onFirst.request(SIGN_OUT);
    const signedOutAt = Date.now();
    // Well inside the 2 s cache bound: the NOTIFY, not the cache expiry, ended it.
    await eventually(() => closed.length > 0, 1_500);
    expect(closed[0]).toBe(4403);
    expect(codeOf(await onSecond.request(ME))).toBe('UNAUTHENTICATED');
    expect(Date.now() - signedOutAt).toBeLessThan(1_500);
    live.stop();
    await ws.dispose();
  });
});
