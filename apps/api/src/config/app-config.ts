import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { weakJwtSecretReason } from './jwt-secret.js';
import { loadSignInLimits, loadTrustProxy, type SignInLimits } from './sign-in-limits.js';
import { requestLimitsFrom, type RequestLimits } from '../common/request-limits/request-limits.config.js';

export interface AppConfig {
  port: number;
  host: string;
  /** Set: a real PostgreSQL. Unset: the embedded PGlite under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  signInLimits: SignInLimits;
  /** Fastify's trustProxy (TRUST_PROXY); decides what `request.ip` is. */
  trustProxy: boolean | number | string[];
  /** Built web app to serve on the same origin, if present. */
  webDist: string | null;
  seedDemo: boolean;
  /** The password every demo account gets; the well-known demo one outside production only. */
  demoPassword: string;
  dbPoolSize: number;
  /** How often every cluster gets a scheduling pass even when nothing changed; 0 = only on changes. */
  schedulerIntervalMs: number;
  /**
   * MAX_OPEN_REQUESTS_PER_ORG (default 50): queued plus running allocation requests one
   * organisation may have at once; organisation_scheduling.max_open_requests overrides it.
   */
  maxOpenRequestsPerOrg: number;
  /**
   * PREEMPTION_NOTICE_S: seconds of notice preempted work gets; unset = the policy's default
   * (DEFAULT_POLICY_CONFIG.preemptionNoticeS). Tests shorten it to watch a notice run out.
   */
  preemptionNoticeS: number | null;
  /** SUANLI_PASS_LOG=1: one log line per scheduling pass with its phase timings. */
  logPasses: boolean;
  production: boolean;
  /** Cost, alias, size, time, concurrency and mutation-rate limits per request (SUANLI_MAX_*, see the README). */
  requestLimits: RequestLimits;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/**
 * Without JWT_SECRET a development secret is created once and kept beside the embedded data,
 * so sessions survive restarts; production refuses to start without a real secret.
 */
function resolveJwtSecret(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): string {
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    const weakness = production ? weakJwtSecretReason(env.JWT_SECRET) : null;
    if (weakness) throw new Error(`${weakness} (refused because NODE_ENV=production)`);
    return env.JWT_SECRET;
  }
  if (production) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export const DEFAULT_DEMO_PASSWORD = 'Suanli#2026';

/**
 * Outside production the demo centre is seeded by default with the well-known password. In
 * production nothing is seeded unless SUANLI_SEED=true is set explicitly, and then only with a
 * SUANLI_DEMO_PASSWORD of the deployer's (never the published one).
 */
function resolveSeed(env: NodeJS.ProcessEnv, production: boolean): { seedDemo: boolean; demoPassword: string } {
  if (!production) {
    return { seedDemo: env.SUANLI_SEED !== 'false', demoPassword: env.SUANLI_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD };
  }
  if (env.SUANLI_SEED !== 'true') return { seedDemo: false, demoPassword: '' };
  const password = env.SUANLI_DEMO_PASSWORD ?? '';
  if (password.length < 12 || password === DEFAULT_DEMO_PASSWORD) {
    throw new Error('SUANLI_SEED=true in production needs SUANLI_DEMO_PASSWORD (at least 12 characters, not the published demo password)');
  }
  return { seedDemo: true, demoPassword: password };
}

/** What the command-line tools need to open the database: no secrets, no server settings. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'dbPoolSize'> {
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.SUANLI_DATA_DIR ?? '.data'),
    dbPoolSize: intFrom(env.DB_POOL_SIZE, 10, 'DB_POOL_SIZE'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.SUANLI_DATA_DIR ?? '.data');
  const webDist = resolve(env.SUANLI_WEB_DIST ?? 'apps/web/dist');
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    jwtSecret: resolveJwtSecret(env, dataDir, production),
    jwtTtlSeconds: intFrom(env.JWT_TTL_SECONDS, 12 * 60 * 60, 'JWT_TTL_SECONDS'),
    signInLimits: loadSignInLimits(env),
    trustProxy: loadTrustProxy(env),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : null,
    ...resolveSeed(env, production),
    dbPoolSize: intFrom(env.DB_POOL_SIZE, 10, 'DB_POOL_SIZE'),
    logPasses: env.SUANLI_PASS_LOG === '1',
    maxOpenRequestsPerOrg: intFrom(env.MAX_OPEN_REQUESTS_PER_ORG, 50, 'MAX_OPEN_REQUESTS_PER_ORG'),
    preemptionNoticeS: env.PREEMPTION_NOTICE_S ? intFrom(env.PREEMPTION_NOTICE_S, 0, 'PREEMPTION_NOTICE_S') : null,
    schedulerIntervalMs: env.SCHEDULER_INTERVAL_MS === '0' ? 0 : intFrom(env.SCHEDULER_INTERVAL_MS, 5000, 'SCHEDULER_INTERVAL_MS'),
    production,
    requestLimits: requestLimitsFrom(env),
  };
}
