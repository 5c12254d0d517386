// One domain's free cards over time, and its runs of >= k free cards (the profile index's rows).
import type { Domain } from './cluster-state.js';
import type { ReservationBook } from './reservations.js';

/**
 * Duration classes of the lower-bound table: class j holds durations >= THRESHOLD[j]
 * (0, then powers of two from 1 s to 2^30 s).
 */
export const CLASSES = 32;
export const THRESHOLD = Float64Array.from({ length: CLASSES }, (_, j) => (j === 0 ? 0 : 2 ** (j - 1)));

export function classOf(durationS: number): number {
  if (!(durationS >= 1)) return 0;
  if (durationS >= 2 ** 30) return CLASSES - 1;
  return 32 - Math.clz32(durationS);
}

/**
 * The maximal runs of time in which a domain has at least k cards free (net of reservations),
 * for one k, rebuilt only when the domain's profile changed.
 */
export class Runs {
  n = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
}

/**
 * Free cards of one domain as a step function of time: `levels[i]` cards on
 * [times[i], times[i + 1]), times[0] = -Infinity. Running work gives its healthy cards back at
 * its end (assumed to use its whole time limit); each reservation takes its cards for its window.
 */
export class DomainProfile {
  readonly times: number[] = [Number.NEGATIVE_INFINITY];
  readonly levels: number[];
  /** Reserved in the book at all (the book's `has`), which decides the gang search path. */
  held: boolean;
  private readonly runs: (Runs | undefined)[] = [];

  constructor(
    readonly domain: Domain,
    book: ReservationBook,
  ) {
    this.levels = [domain.free];
    for (const p of domain.parts) {
      const last = this.times.length - 1;
      if (this.times[last] === p.alloc.endS) this.levels[last]! += p.returning;
      else {
        this.times.push(p.alloc.endS);
        this.levels.push(this.levels[last]! + p.returning);
      }
    }
    this.held = book.has(domain);
    for (const h of book.holdsOn(domain)) this.take(h.startS, h.endS, h.cards);
  }

  /** Segment containing t. */
  segmentAt(t: number): number {
    const times = this.times;
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (times[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private breakAt(t: number): number {
    const i = this.segmentAt(t);
    if (this.times[i] === t) return i;
    this.times.splice(i + 1, 0, t);
    this.levels.splice(i + 1, 0, this.levels[i]!);
    return i + 1;
  }

  /**
   * Takes `cards` during [startS, endS). Returns the lowest and highest free count there
   * before: only runs of k cards with k in [lowest - cards + 1, highest] can have changed.
   */
  take(startS: number, endS: number, cards: number): [number, number] {
    if (!regular(startS, endS)) return [0, -1];
    const from = this.breakAt(startS);
    const to = this.breakAt(endS);
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    for (let i = from; i < to; i++) {
      const level = this.levels[i]!;
      if (level < lowest) lowest = level;
      if (level > highest) highest = level;
      this.levels[i] = level - cards;
    }
    return [lowest, highest];
  }

  /** Runs of >= k free cards (recomputed by the caller when the version moved). */
  runsOf(k: number): Runs {
    let r = this.runs[k];
    if (!r) {
      r = new Runs();
      this.runs[k] = r;
    }
    return r;
  }

  computeRuns(k: number): Runs {
    const r = this.runsOf(k);
    const { times, levels } = this;
    let n = 0;
    let open = false;
    for (let i = 0; i < times.length; i++) {
      const ok = levels[i]! >= k;
      if (ok && !open) {
        r.starts[n] = times[i]!;
        r.ends[n] = Number.POSITIVE_INFINITY;
        open = true;
      } else if (!ok && open) {
        r.ends[n++] = times[i]!;
        open = false;
      }
    }
    if (open) n++;
    r.n = n;
    return r;
  }
}

/** A hold with a real length: the profiles model only these. */
export function regular(startS: number, endS: number): boolean {
  return endS > startS && Number.isFinite(endS);
}
