import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase } from './test-database.js';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Random per test run: a production server refuses low-entropy secrets. */
export const TEST_JWT_SECRET = process.env.TEST_JWT_SECRET ?? randomBytes(48).toString('base64url');
/** The demo accounts' password on a production-mode test server (seeded only on explicit request). */
export const PRODUCTION_DEMO_PASSWORD = 'prod-test-Xq7#vL2m9Rk';

/**
 * For specs that drive load (storms of concurrent requests and mutations from a few callers):
 * per-caller limits far above what a person needs. The defaults stay what a deployer gets.
 */
export const LOAD_TEST_LIMITS: Record<string, string> = {
  SUANLI_MAX_CONCURRENT_PER_CALLER: '1000',
  SUANLI_MUTATIONS_PER_MINUTE: '1000000',
  SUANLI_MUTATION_BURST: '100000',
};

export interface StartApiOptions {
  databaseUrl?: string | null;
  env?: Record<string, string>;
  /**
   * NODE_ENV=production, with the demo centre seeded explicitly under PRODUCTION_DEMO_PASSWORD, so
   * a test can probe what a deployer gets. The clients of useApi() sign in with that password.
   */
  production?: boolean;
  /** Use this data directory (embedded database, dev secret) instead of a fresh one; the caller removes it. */
  dataDir?: string;
}

export interface RunningApi {
  url: string;
  /** The password of the seeded demo accounts on this server. */
  demoPassword: string;
  databaseUrl: string | null;
  /** SUANLI_DATA_DIR of the process (its embedded database when databaseUrl is null). */
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
  kill(): void;
  /** Everything the process printed so far, for post-mortems. */
  output(): string;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Starts the built API (apps/api/dist/main.js) as a real process on a fresh database with the
 * demo data, and resolves once it listens. The fastify stack cannot load inside Jest's VM, and
 * a child process tests more of the truth anyway.
 */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const database = options.databaseUrl === undefined ? await createTestDatabase('suanli_e2e') : null;
  const databaseUrl = options.databaseUrl ?? database?.url ?? null;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'suanli-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      SUANLI_DATA_DIR: dataDir,
      SUANLI_WEB_DIST: join(dataDir, 'no-web'),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
      ...(options.production
        ? { NODE_ENV: 'production', SUANLI_SEED: 'true', SUANLI_DEMO_PASSWORD: PRODUCTION_DEMO_PASSWORD }
        : { NODE_ENV: 'test' }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Suanli is running at')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`API exited with ${code}:\n${output}`));
    });
  });
  await started;
  const stopProcess = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return {
    url: `http://127.0.0.1:${port}`,
    demoPassword: options.production ? PRODUCTION_DEMO_PASSWORD : 'Suanli#2026',
    databaseUrl,
    dataDir,
    process: child,
    kill: () => child.kill('SIGKILL'),
    output: () => output,
    async stop() {
      await stopProcess();
      await database?.drop();
      // A caller that passed its own databaseUrl owns (and drops) that database.
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
