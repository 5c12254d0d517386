/** Operations executing at once, per caller, in this process. */
export class ConcurrencyLimiter {
  private readonly running = new Map<string, number>();

  constructor(readonly maxPerCaller: number) {}

  /** A release function, or null when the caller already has its maximum executing. */
  tryAcquire(key: string): (() => void) | null {
    const current = this.running.get(key) ?? 0;
    if (current >= this.maxPerCaller) return null;
    this.running.set(key, current + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(key) ?? 1) - 1;
      if (left <= 0) this.running.delete(key);
      else this.running.set(key, left);
    };
  }

  executing(key: string): number {
    return this.running.get(key) ?? 0;
  }
}
