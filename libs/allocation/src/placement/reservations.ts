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

  /** Earliest T >= from such that k cards of d are free (net of reservations) during [T, T+dur). */
  earliestIn(d: Domain, k: number, durationS: number, from: number): number {
    const holds = this.holdsOf(d);
    if (!holds) return d.earliestFree(k, from);
    if (d.capacity < k) return Number.POSITIVE_INFINITY;
    const candidates = [from];
    for (const p of d.parts) if (p.alloc.endS > from) candidates.push(p.alloc.endS);
    for (const h of holds) if (h.endS > from) candidates.push(h.endS);
    candidates.sort((a, b) => a - b);
    let last = Number.NaN;
    for (const T of candidates) {
      if (T === last) continue;
      last = T;
      if (this.windowHolds(d, k, T, T + durationS, holds)) return T;
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Is d fully free of reservations during [T, end)? */
  clearDuring(d: Domain, T: number, end: number): boolean {
    const holds = this.holdsOf(d);
    if (!holds) return true;
    const stop = end > T ? end : T + 1e-9;
    for (const h of holds) if (h.startS < stop && T < h.endS) return false;
    return true;
  }

  holdEnds(d: Domain): number[] {
    return (this.holdsOf(d) ?? []).map((h) => h.endS);
  }

  private windowHolds(d: Domain, k: number, T: number, end: number, holds: DomainHold[]): boolean {
    // Running work only returns cards over time, so free cards net of holds can only drop
    // where a hold starts: checking T and the hold starts inside the window is enough.
    if (d.freeAt(T) - this.reservedAt(d, T) < k) return false;
    for (const h of holds) {
      if (h.startS > T && h.startS < end && d.freeAt(h.startS) - this.reservedAt(d, h.startS) < k) return false;
    }
    return true;
  }
}
