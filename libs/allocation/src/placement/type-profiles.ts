// One card type's domain profiles with their lower-bound table (what the profile index scans).
import { CLASSES, DomainProfile, Runs, THRESHOLD, regular } from './domain-profile.js';
import type { ReservationBook } from './reservations.js';

/** Per k: each domain's lower bounds, flat (duration class x slot: a scan over domains reads contiguous memory). */
export interface Bounds {
  /**
   * Earliest start (clipped at the pass's now) of a run of >= k free cards at least
   * THRESHOLD[j] long: a lower bound on the domain's earliest fit for any duration of class j.
   */
  readonly first: Float64Array;
  /** Index of that run: where the search for the fit can begin. */
  readonly firstRun: Int32Array;
  /** Version of the domain's runs of k cards the row was computed from. */
  readonly seen: Int32Array;
  /** How much of TypeProfiles.booked the rows have caught up with. */
  caughtUp: number;
}

/**
 * The profiles of one card type, with the lower bounds of every domain in flat arrays, so
 * the scan over all domains per request is a few array reads per domain.
 */
export class TypeProfiles {
  /** Largest k asked about (the largest domain's capacity; more can never fit). */
  readonly maxK: number;
  /** Version of each domain's runs of k cards, at slot * (maxK + 1) + k (bumped by bookings that change them). */
  readonly versions: Int32Array;
  /** Slots in booking order: the rows of each k catch up from here instead of checking all. */
  readonly booked: number[] = [];
  /**
   * Gang answers so far, per m, per duration class (searches from the pass's now): the
   * earliest start of m whole domains only grows with m, the duration, `from` and the bookings,
   * so the latest answer for fewer or as many domains and a shorter class is a lower bound.
   */
  readonly gangStarts: Float64Array[] = [];
  private readonly bounds: (Bounds | undefined)[] = [];
  heldWhole = 0;
  /**
   * A hold of no or endless length (a duration validateRequest refuses) is in the book: the
   * old gap search treats an empty hold as a point no gang may span, which the profiles do not
   * model, so this type falls back to earliestFit.
   */
  irregular = false;

  constructor(
    readonly profiles: DomainProfile[],
    book: ReservationBook,
    private readonly origin: number,
  ) {
    this.maxK = profiles.reduce((k, p) => Math.max(k, p.domain.capacity), 0);
    this.versions = new Int32Array(profiles.length * (this.maxK + 1));
    for (const p of profiles) {
      if (p.held && p.domain.whole) this.heldWhole++;
      for (const h of book.holdsOn(p.domain)) if (!regular(h.startS, h.endS)) this.irregular = true;
    }
  }

  boundsOf(k: number): Bounds {
    let b = this.bounds[k];
    if (!b) {
      const n = this.profiles.length;
      b = { first: new Float64Array(n * CLASSES), firstRun: new Int32Array(n * CLASSES), seen: new Int32Array(n).fill(-1), caughtUp: this.booked.length };
      this.bounds[k] = b;
      for (let s = 0; s < n; s++) this.refresh(b, s, k);
    }
    return b;
  }

  /** Bounds for k with every row up to date. */
  freshBounds(k: number): Bounds {
    const b = this.boundsOf(k);
    const booked = this.booked;
    for (let i = b.caughtUp; i < booked.length; i++) this.refresh(b, booked[i]!, k);
    b.caughtUp = booked.length;
    return b;
  }

  /** The domain's runs of >= k free cards and its row of bounds, brought up to date. */
  refresh(b: Bounds, s: number, k: number): Runs {
    const p = this.profiles[s]!;
    const version = this.versions[s * (this.maxK + 1) + k]!;
    if (b.seen[s] === version) return p.runsOf(k);
    b.seen[s] = version;
    const r = p.computeRuns(k);
    const { first, firstRun } = b;
    const n = this.profiles.length;
    const origin = this.origin;
    let j = 0;
    for (let i = 0; i < r.n && j < CLASSES; i++) {
      const end = r.ends[i]!;
      if (end <= origin) continue;
      const start = Math.max(r.starts[i]!, origin);
      const length = end - start;
      while (j < CLASSES && THRESHOLD[j]! <= length) {
        first[j * n + s] = start;
        firstRun[j * n + s] = i;
        j++;
      }
    }
    for (; j < CLASSES; j++) {
      first[j * n + s] = Number.POSITIVE_INFINITY;
      firstRun[j * n + s] = r.n;
    }
    return r;
  }
}
