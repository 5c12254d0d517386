import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { listeningTcpPorts } from '../test/listening-ports.js';
import { createTestDatabase } from '../test/test-database.js';
import { useApi } from '../test/use-api.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }`;

/** What a deployer gets with NODE_ENV=production and nothing else set but JWT_SECRET. */
describe('production defaults', () => {
  const server = useApi({ production: true, databaseUrl: null, env: { SUANLI_SEED: '' } });

  it('seeds no demo centre: the published demo sign-ins do not work', async () => {
    const { anonymous, api } = server();
    // The demo seed's published accounts, named on purpose: this tests that they are absent.
    for (const email of ['admin@suanli.dev', 'manager@suanli.dev', 'founder@rongcheng-vision.example']) {
      const result = await anonymous.request(SIGN_IN, { input: { email, password: 'Suanli#2026' } });
      expect(result.data?.signIn).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    }
    expect(api.output()).toMatch(/no administrator yet: create one with `node apps\/api\/dist\/cli\/create-admin.js/);
  });

  it('puts the embedded PostgreSQL behind a private Unix socket: the process listens on no TCP port but its own', () => {
    const { api } = server();
    const port = Number(new URL(api.url).port);
    expect(listeningTcpPorts(api.process.pid!)).toEqual([port]);
    const socketDir = /embedded PostgreSQL on socket (\/[\w./-]+)/.exec(api.output())?.[1];
    expect(socketDir).toBeDefined();
    expect(statSync(socketDir!).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir!, '.s.PGSQL.5432')).isSocket()).toBe(true);
  });
});

describe('production start-up refuses unsafe settings', () => {
  it.each([
    ['the old compose placeholder secret', { JWT_SECRET: 'change-me-change-me-change-me-change-me' }, /placeholder/],
    ['a repetitive secret', { JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789' }, /too easy to guess/],
    ['a demo seed with the published password', { SUANLI_SEED: 'true', SUANLI_DEMO_PASSWORD: 'Suanli#2026' }, /SUANLI_DEMO_PASSWORD/],
  ])('%s', async (_what, env, message) => {
    await expect(startApi({ production: true, databaseUrl: null, env })).rejects.toThrow(message);
  });
});

describe('the first administrator comes from the create-admin CLI', () => {
  let dataDir: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const createAdmin = (email: string, password: string) =>
    spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/cli/create-admin.js'), '--email', email, '--name', '运维 值班员'], {
      cwd: ROOT,
      input: `${password}\n`,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', SUANLI_DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '' },
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'suanli-admin-'));
    database = await createTestDatabase('suanli_e2e_admin');
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  it('refuses a weak password and creates nobody', async () => {
    const weak = createAdmin('ops@centre.example', 'Suanli#2026');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/too easy to guess/);
    const short = createAdmin('ops@centre.example', 'abc');
    expect(short.stderr).toMatch(/at least 10 characters/);
  });

  it('creates an administrator who can sign in to a production server, once', async () => {
    const password = 'violet kettle harbour 1987 rain';
    const created = createAdmin('Ops@Centre.example', password);
    expect({ status: created.status, stderr: created.stderr }).toEqual({ status: 0, stderr: '' });
    expect(createAdmin('ops@centre.example', 'another long passphrase 42!').stderr).toMatch(/already exists/);

    const api = await startApi({ production: true, databaseUrl: database?.url ?? null, dataDir, env: { SUANLI_SEED: '' } });
    try {
      const admin = await new GraphQLClient(api.url).signIn('ops@centre.example', password);
      const me = await admin.request(`{ me { email role organisation { kind } } }`);
      expect(me.data!.me).toEqual({ email: 'ops@centre.example', role: 'ADMIN', organisation: { kind: 'CENTRE' } });
      expect(api.output()).not.toMatch(/no administrator yet/);
    } finally {
      await api.stop();
    }
  });
});

describe('one process at a time on an embedded database', () => {
  const server = useApi({ production: true, databaseUrl: null, env: { SUANLI_SEED: '' } });
  const createAdmin = (dataDir: string, email: string) =>
    spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/cli/create-admin.js'), '--email', email], {
      cwd: ROOT,
      input: 'violet kettle harbour 1987 rain\n',
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', SUANLI_DATA_DIR: dataDir, DATABASE_URL: '' },
    });

  it('refuses the create-admin CLI beside the running server, which keeps serving, and creates nobody', async () => {
    const { api, anonymous } = server();
    const refused = createAdmin(api.dataDir, 'beside@centre.example');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/refused: the embedded database in .+ is in use by another process/);
    // The server still reaches its database (its socket was left alone), and nobody was created.
    const result = await anonymous.request(SIGN_IN, { input: { email: 'beside@centre.example', password: 'violet kettle harbour 1987 rain' } });
    expect(result.data?.signIn).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });

  it('refuses a second server on the same data directory', async () => {
    const { api } = server();
    await expect(startApi({ production: true, databaseUrl: null, dataDir: api.dataDir, env: { SUANLI_SEED: '' } })).rejects.toThrow(/is in use by another process/);
  }, 120_000);
});

