/**
 * Per-caller token buckets, in this process's memory: each caller may spend `burst` at once and
 * regains `perMinute` a minute. Several API processes each keep their own buckets, so N processes
 * allow N times the rate; the limit is against one caller flooding, not an exact quota.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
    /** Callers remembered at most; full buckets are forgotten first. */
    private readonly maxCallers = 50_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes `count` tokens, or answers how many seconds until they would be there (nothing taken). */
  take(key: string, count: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens < count) {
      this.remember(key, bucket);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((count - bucket.tokens) / this.perMs / 1000)) };
    }
    bucket.tokens -= count;
    this.remember(key, bucket);
    return { ok: true };
  }

  private remember(key: string, bucket: { tokens: number; at: number }): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size <= this.maxCallers) return;
    const now = this.now();
    for (const [k, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.burst) this.buckets.delete(k);
    }
    // Still too many (a flood of distinct callers): forget the oldest, which errs towards allowing.
    for (const k of this.buckets.keys()) {
      if (this.buckets.size <= this.maxCallers) break;
      this.buckets.delete(k);
    }
  }
}
