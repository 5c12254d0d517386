import fc from 'fast-check';
import { ConcurrencyLimiter } from '../concurrency-limiter.js';
import { DEFAULT_REQUEST_LIMITS, requestLimitsFrom } from '../request-limits.config.js';
import { TokenBuckets } from '../token-bucket.js';

describe('mutation token buckets', () => {
  it('allows a burst, then the rate, and says when to retry', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 3, () => now);
    expect([1, 2, 3].map(() => buckets.take('a', 1).ok)).toEqual([true, true, true]);
    expect(buckets.take('a', 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('b', 3).ok).toBe(true); // callers are separate
    now += 1_000;
    expect(buckets.take('a', 1).ok).toBe(true);
    expect(buckets.take('a', 2)).toEqual({ ok: false, retryAfterSeconds: 2 });
  });

  it('never lets a caller exceed burst + rate × time', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 4 })), { maxLength: 200 }), (steps) => {
        let now = 0;
        const buckets = new TokenBuckets(60, 10, () => now);
        let taken = 0;
        for (const [wait, count] of steps) {
          now += wait;
          if (buckets.take('x', count).ok) taken += count;
        }
        return taken <= 10 + now / 1_000 + 1e-9;
      }),
    );
  });

  it('forgets callers beyond its bound instead of growing', () => {
    const buckets = new TokenBuckets(60, 1, () => 0, 10);
    for (let i = 0; i < 100; i++) buckets.take(`caller-${i}`, 1);
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});

describe('concurrency limiter', () => {
  it('holds at most the maximum per caller and releases once', () => {
    const limiter = new ConcurrencyLimiter(2);
    const first = limiter.tryAcquire('a')!;
    const second = limiter.tryAcquire('a')!;
    expect(limiter.tryAcquire('a')).toBeNull();
    expect(limiter.tryAcquire('b')).not.toBeNull();
    first();
    first(); // twice is once
    expect(limiter.executing('a')).toBe(1);
    expect(limiter.tryAcquire('a')).not.toBeNull();
    second();
  });
});

describe('request limits configuration', () => {
  it('has the documented defaults and reads overrides', () => {
    expect(requestLimitsFrom({})).toEqual(DEFAULT_REQUEST_LIMITS);
    expect(requestLimitsFrom({ SUANLI_MUTATIONS_PER_MINUTE: '600', SUANLI_MAX_QUERY_COST: '' })).toEqual({ ...DEFAULT_REQUEST_LIMITS, mutationsPerMinute: 600 });
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const value of ['0', '-1', '1.5', 'lots']) expect(() => requestLimitsFrom({ SUANLI_MAX_ALIASES: value })).toThrow(/SUANLI_MAX_ALIASES/);
  });
});
