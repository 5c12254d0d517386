import { retryAfterSeconds } from '../services/sign-in-limiter.service.js';
import { loadSignInLimits, loadTrustProxy } from '../../config/sign-in-limits.js';

const limits = loadSignInLimits({});
const now = new Date('2026-12-01T10:00:00.000Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const counts = (account_n: number, account_last: Date | null, ip_n = 0, ip_last: Date | null = null) => ({ account_n, account_last, ip_n, ip_last, now });

describe('retryAfterSeconds (defaults: 5 → delay from 1 s doubling, 10 → 15 min lock, 50 per IP)', () => {
  it('lets the first four failures retry at once', () => {
    expect(retryAfterSeconds(counts(0, null), limits)).toBeNull();
    expect(retryAfterSeconds(counts(4, ago(0)), limits)).toBeNull();
  });

  it('doubles the delay from the fifth failure on, counted from the last one', () => {
    expect(retryAfterSeconds(counts(5, ago(0)), limits)).toBe(1);
    expect(retryAfterSeconds(counts(6, ago(0)), limits)).toBe(2);
    expect(retryAfterSeconds(counts(9, ago(0)), limits)).toBe(16);
    expect(retryAfterSeconds(counts(9, ago(10)), limits)).toBe(6);
    expect(retryAfterSeconds(counts(9, ago(16)), limits)).toBeNull();
  });

  it('locks the account for 15 minutes at ten failures', () => {
    expect(retryAfterSeconds(counts(10, ago(0)), limits)).toBe(900);
    expect(retryAfterSeconds(counts(12, ago(60)), limits)).toBe(840);
    expect(retryAfterSeconds(counts(10, ago(900)), limits)).toBeNull();
  });

  it('locks an IP at fifty failures whatever the account, and the longer wait wins', () => {
    expect(retryAfterSeconds(counts(0, null, 49, ago(0)), limits)).toBeNull();
    expect(retryAfterSeconds(counts(0, null, 50, ago(100)), limits)).toBe(800);
    expect(retryAfterSeconds(counts(10, ago(0), 50, ago(100)), limits)).toBe(900);
  });
});

describe('sign-in settings from the environment', () => {
  it('refuses a delay threshold above the lock threshold and non-numbers', () => {
    expect(() => loadSignInLimits({ SIGN_IN_ACCOUNT_DELAY_AFTER: '11' })).toThrow(/must not exceed/);
    expect(() => loadSignInLimits({ SIGN_IN_LOCK_SECONDS: 'soon' })).toThrow(/positive integer/);
  });

  it('trusts no proxy by default', () => {
    expect(loadTrustProxy({})).toBe(false);
    expect(loadTrustProxy({ TRUST_PROXY: 'true' })).toBe(true);
    expect(loadTrustProxy({ TRUST_PROXY: '2' })).toBe(2);
    expect(loadTrustProxy({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' })).toEqual(['10.0.0.1', '10.0.0.2']);
  });
});
