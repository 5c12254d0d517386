/** How hard sign-in pushes back on guessing (per account and per IP); all env-configurable. */
export interface SignInLimits {
  /** Failures older than this no longer count. */
  windowSeconds: number;
  /** From this many failures of one account in the window, each next try waits 1 s, 2 s, 4 s … */
  accountDelayAfter: number;
  /** This many failures of one account in the window lock it for `lockSeconds`. */
  accountLockAfter: number;
  /** This many failures from one IP in the window (any accounts) lock that IP for `lockSeconds`. */
  ipLockAfter: number;
  lockSeconds: number;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

export function loadSignInLimits(env: NodeJS.ProcessEnv): SignInLimits {
  const limits: SignInLimits = {
    windowSeconds: positive(env, 'SIGN_IN_WINDOW_SECONDS', 15 * 60),
    accountDelayAfter: positive(env, 'SIGN_IN_ACCOUNT_DELAY_AFTER', 5),
    accountLockAfter: positive(env, 'SIGN_IN_ACCOUNT_LOCK_AFTER', 10),
    ipLockAfter: positive(env, 'SIGN_IN_IP_LOCK_AFTER', 50),
    lockSeconds: positive(env, 'SIGN_IN_LOCK_SECONDS', 15 * 60),
  };
  if (limits.accountDelayAfter > limits.accountLockAfter) {
    throw new Error('SIGN_IN_ACCOUNT_DELAY_AFTER must not exceed SIGN_IN_ACCOUNT_LOCK_AFTER');
  }
  return limits;
}

/**
 * Fastify's `trustProxy`: off by default, so `request.ip` is the socket's peer and a client
 * cannot pick its own IP with X-Forwarded-For. Behind a reverse proxy set TRUST_PROXY to `true`,
 * a hop count, or the proxies' addresses (comma-separated).
 */
export function loadTrustProxy(env: NodeJS.ProcessEnv): boolean | number | string[] {
  const value = (env.TRUST_PROXY ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}
