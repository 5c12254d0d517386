import type { Domain } from './cluster-state.js';

interface DomainHold {
  readonly jobId: string;
  readonly startS: number;
  readonly endS: number;
  readonly cards: number;
}

export interface Reservation {
  readonly jobId: string;
  readonly startS: number;
  readonly endS: number;
  readonly domains: readonly Domain[];
}

/**
 * Future holds on domains made during one pass. Backfill asks `allows` before taking cards,
 * which is what guarantees that backfill never delays a reservation.
 */
export class ReservationBook {
  readonly byJob = new Map<string, Reservation>();
  /**
   * Every domain this book has put a hold on, in first-hold order (a domain another book has
   * taken over since is still listed: check `has`). The gang search visits these instead of
   * asking every domain of the type whether it is held.
   */
  readonly domainsHeld = new Set<Domain>();

  /**
   * Holds live on the domain itself, tagged with the book that made them: looking them up is a
   * pointer compare, not a map lookup, which matters when every domain is asked every pass.
   */
  private holdsOf(d: Domain): DomainHold[] | undefined {
    return d.holdBook === this ? (d.holds as DomainHold[]) : undefined;
  }

  has(d: Domain): boolean {
    return d.holdBook === this;
  }

  add(jobId: string, startS: number, durationS: number, domains: readonly Domain[], cardsPerDomain: number): Reservation {
    const res: Reservation = { jobId, startS, endS: startS + durationS, domains };
    for (const d of domains) {
      const cards = domains.length === 1 ? cardsPerDomain : d.capacity;
      if (d.holdBook !== this) {
        d.holdBook = this;
        d.holds = [];
        this.domainsHeld.add(d);
      }
      (d.holds as DomainHold[]).push({ jobId, startS, endS: res.endS, cards });
    }
    this.byJob.set(jobId, res);
    return res;
  }

  reservedAt(d: Domain, t: number): number {
    let cards = 0;
    for (const h of this.holdsOf(d) ?? []) if (h.startS <= t && t < h.endS) cards += h.cards;
    return cards;
  }

  /** Would taking k cards of d from now until endT leave every reservation on d its cards? */
  allows(d: Domain, k: number, now: number, endT: number): boolean {
    const holds = this.holdsOf(d);
    if (!holds) return true;
    for (const h of holds) {
      if (h.startS >= endT || h.endS <= now) continue;
      const t = Math.max(h.startS, now);
      if (d.freeAt(t) - this.reservedAt(d, t) < k) return false;
    }
    return true;
  }

  /**
   * Earliest T >= from such that k cards of d are free (net of reservations) during [T, T+dur).
   * One sweep over the domain's free-card step function (running ends give cards back, holds
   * take them for their window), so it stays linear when many requests are booked (estimates).
   */
  earliestIn(d: Domain, k: number, durationS: number, from: number): number {
    const holds = this.holdsOf(d);
    if (!holds) return d.earliestFree(k, from);
    if (d.capacity < k) return Number.POSITIVE_INFINITY;
    const events: [number, number][] = [];
    let level = d.free;
    for (const p of d.parts) {
      if (p.alloc.endS <= from) level += p.returning;
      else events.push([p.alloc.endS, p.returning]);
    }
    for (const h of holds) {
      if (h.endS <= from) continue;
      if (h.startS <= from) level -= h.cards;
      else events.push([h.startS, -h.cards]);
      events.push([h.endS, h.cards]);
    }
    events.sort((a, b) => a[0] - b[0]);
    let runStart = level >= k ? from : Number.NaN;
    let i = 0;
    while (i < events.length) {
      const t = events[i]![0];
      if (!Number.isNaN(runStart) && t - runStart >= durationS) return runStart;
      while (i < events.length && events[i]![0] === t) level += events[i++]![1];
      if (level < k) runStart = Number.NaN;
      else if (Number.isNaN(runStart)) runStart = t;
    }
    return Number.isNaN(runStart) ? Number.POSITIVE_INFINITY : runStart;
  }

  /** Is d fully free of reservations during [T, end)? */
  clearDuring(d: Domain, T: number, end: number): boolean {
    const holds = this.holdsOf(d);
    if (!holds) return true;
    const stop = end > T ? end : T + 1e-9;
    for (const h of holds) if (h.startS < stop && T < h.endS) return false;
    return true;
  }

  /** Every hold on d made in this book. */
  holdsOn(d: Domain): readonly { readonly startS: number; readonly endS: number; readonly cards: number }[] {
    return this.holdsOf(d) ?? [];
  }

  /** [start, end) of every hold on d (a whole-domain gang cannot overlap any of them). */
  holdWindows(d: Domain): [number, number][] {
    return (this.holdsOf(d) ?? []).map((h) => [h.startS, h.endS]);
  }
}
