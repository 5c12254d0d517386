import type { Domain, TypeIndex } from './cluster-state.js';
import { domainsNeeded, earliestFit, earliestWhole, type EarliestFit } from './fit.js';
import type { ReservationBook } from './reservations.js';

/**
 * Duration classes of the lower-bound table: class j holds durations >= THRESHOLD[j]
 * (0, then powers of two from 1 s to 2^30 s).
 */
const CLASSES = 32;
const THRESHOLD = Float64Array.from({ length: CLASSES }, (_, j) => (j === 0 ? 0 : 2 ** (j - 1)));

function classOf(durationS: number): number {
  if (!(durationS >= 1)) return 0;
  if (durationS >= 2 ** 30) return CLASSES - 1;
  return 32 - Math.clz32(durationS);
}

/**
 * The maximal runs of time in which a domain has at least k cards free (net of reservations),
 * for one k, rebuilt only when the domain's profile changed. `first[j]` is the earliest start
 * (clipped at the pass's now) of a run at least THRESHOLD[j] long, `firstRun[j]` its index:
 * a lower bound on the domain's earliest fit for any duration of class j, and where the search
 * for that fit can begin.
 */
class Runs {
  version = -1;
  n = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Profile segment where each run starts (its level is the free count at the run start). */
  readonly segs: number[] = [];
  readonly first = new Float64Array(CLASSES);
  readonly firstRun = new Int32Array(CLASSES);
}

/**
 * Free cards of one domain as a step function of time: `levels[i]` cards on
 * [times[i], times[i + 1]), times[0] = -Infinity. Running work gives its healthy cards back at
 * its end (assumed to use its whole time limit); each reservation takes its cards for its window.
 */
class DomainProfile {
  readonly times: number[] = [Number.NEGATIVE_INFINITY];
  readonly levels: number[];
  version = 0;
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

  /** Takes `cards` during [startS, endS). */
  take(startS: number, endS: number, cards: number): void {
    if (!regular(startS, endS)) return;
    const from = this.breakAt(startS);
    const to = this.breakAt(endS);
    for (let i = from; i < to; i++) this.levels[i]! -= cards;
    this.version++;
  }

  runsOf(k: number, origin: number): Runs {
    let r = this.runs[k];
    if (!r) {
      r = new Runs();
      this.runs[k] = r;
    }
    if (r.version === this.version) return r;
    r.version = this.version;
    const { times, levels } = this;
    let n = 0;
    let open = false;
    for (let i = 0; i < times.length; i++) {
      const ok = levels[i]! >= k;
      if (ok && !open) {
        r.starts[n] = times[i]!;
        r.segs[n] = i;
        r.ends[n] = Number.POSITIVE_INFINITY;
        open = true;
      } else if (!ok && open) {
        r.ends[n++] = times[i]!;
        open = false;
      }
    }
    if (open) n++;
    r.n = n;
    r.first.fill(Number.POSITIVE_INFINITY);
    r.firstRun.fill(n);
    let j = 0;
    for (let i = 0; i < n && j < CLASSES; i++) {
      const end = r.ends[i]!;
      if (end <= origin) continue;
      const start = Math.max(r.starts[i]!, origin);
      const length = end - start;
      while (j < CLASSES && THRESHOLD[j]! <= length) {
        r.first[j] = start;
        r.firstRun[j] = i;
        j++;
      }
    }
    return r;
  }
}

/**
 * The profiles of one card type, with each domain's lower-bound table per k copied into one
 * flat array (domain slot x duration class), so the scan over all domains is array reads.
 */
class TypeProfiles {
  readonly versions: Int32Array;
  private readonly seen: Int32Array[] = [];
  private readonly tables: Float64Array[] = [];
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
  ) {
    this.versions = new Int32Array(profiles.length);
    for (const p of profiles) {
      if (p.held && p.domain.whole) this.heldWhole++;
      for (const h of book.holdsOn(p.domain)) if (!regular(h.startS, h.endS)) this.irregular = true;
    }
  }

  /** Lower bounds for k cards: entry slot * CLASSES + class; refreshed for changed domains. */
  bounds(k: number, origin: number): Float64Array {
    let table = this.tables[k];
    let seen = this.seen[k];
    if (!table || !seen) {
      table = new Float64Array(this.profiles.length * CLASSES);
      seen = new Int32Array(this.profiles.length).fill(-1);
      this.tables[k] = table;
      this.seen[k] = seen;
    }
    const versions = this.versions;
    for (let s = 0; s < versions.length; s++) {
      if (seen[s] === versions[s]) continue;
      table.set(this.profiles[s]!.runsOf(k, origin).first, s * CLASSES);
      seen[s] = versions[s]!;
    }
    return table;
  }
}

function regular(startS: number, endS: number): boolean {
  return endS > startS && Number.isFinite(endS);
}

/** Scratch result of one domain's search. */
interface Found {
  startS: number;
  free: number;
}

/**
 * Earliest fits against a growing set of reservations, for booking many requests in a row
 * (the start estimates of every waiting request). Gives exactly what `earliestFit` gives on
 * the same book, but keeps each domain's free-card profile and its runs of >= k free cards
 * between requests instead of re-deriving them from the running work and every hold on every
 * call, and skips domains whose lower bound (`Runs.first`) is later than the best start found.
 * Every booking must go through `book()` so the book and the profiles stay in step.
 */
export class ProfileIndex {
  private readonly types = new Map<TypeIndex, TypeProfiles>();
  private readonly found: Found = { startS: 0, free: 0 };
  private readonly best = { startS: 0, free: 0, slot: -1 };

  constructor(
    private readonly reservations: ReservationBook,
    /** No search starts before this (the pass's now): the lower bounds are clipped there. */
    private readonly origin: number,
  ) {}

  private profilesOf(type: TypeIndex): TypeProfiles {
    let tp = this.types.get(type);
    if (!tp) {
      tp = new TypeProfiles(
        type.domains.map((d) => new DomainProfile(d, this.reservations)),
        this.reservations,
      );
      this.types.set(type, tp);
    }
    return tp;
  }

  /** Same answer as `earliestFit(type, cards, durationS, from, book)`. */
  earliestFit(type: TypeIndex, cards: number, durationS: number, from: number): EarliestFit | null {
    const tp = this.profilesOf(type);
    if (tp.irregular || !Number.isInteger(cards) || cards < 0 || from < this.origin || !regular(from, from + durationS)) {
      return earliestFit(type, cards, durationS, from, this.reservations);
    }
    if (cards <= type.domainSize) return this.single(tp, cards, durationS, from);
    const m = domainsNeeded(type, cards);
    if (tp.heldWhole === 0) return earliestWhole(type, m, durationS, from, this.reservations);
    return this.whole(type, tp.profiles, m, durationS, from);
  }

  /** Books the fit in the reservation book and in the profiles. */
  book(type: TypeIndex, jobId: string, startS: number, durationS: number, domains: readonly Domain[], cards: number): void {
    const res = this.reservations.add(jobId, startS, durationS, domains, cards);
    const tp = this.profilesOf(type);
    if (!regular(startS, res.endS)) tp.irregular = true;
    for (const d of domains) {
      const p = tp.profiles[d.slot]!;
      if (!p.held && d.whole) tp.heldWhole++;
      p.held = true;
      p.take(startS, res.endS, domains.length === 1 ? cards : d.capacity);
      tp.versions[d.slot] = p.version;
    }
  }

  /**
   * Earliest start in one domain (see earliestIn): the first run of >= k free cards that is
   * still `durationS` long after `from`; Infinity when that is later than `limit`.
   */
  private startIn(p: DomainProfile, k: number, durationS: number, from: number, limit: number): boolean {
    const r = p.runsOf(k, this.origin);
    let i = r.firstRun[classOf(durationS)]!;
    // Runs over before `from` cannot host it: binary search the first that ends after.
    let hi = r.n;
    if (i < hi && r.ends[i]! <= from) {
      let lo = i + 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (r.ends[mid]! <= from) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    for (; i < r.n; i++) {
      const start = r.starts[i]! > from ? r.starts[i]! : from;
      if (start > limit) return false;
      if (r.ends[i]! - start >= durationS) {
        this.found.startS = start;
        this.found.free = start === r.starts[i] ? p.levels[r.segs[i]!]! : p.levels[p.segmentAt(start)]!;
        return true;
      }
    }
    return false;
  }

  /** earliestSingle: the earliest domain, then the tightest at that time, then the lowest. */
  private single(tp: TypeProfiles, k: number, durationS: number, from: number): EarliestFit | null {
    const cls = classOf(durationS);
    const table = tp.bounds(k, this.origin);
    const profiles = tp.profiles;
    let first = -1;
    let firstBound = Number.POSITIVE_INFINITY;
    for (let s = 0, at = cls; s < profiles.length; s++, at += CLASSES) {
      if (table[at]! < firstBound) {
        firstBound = table[at]!;
        first = s;
      }
    }
    // Domains short of k cards for good have no runs, so an infinite bound.
    if (first < 0) return null;
    // The domain with the lowest bound first: it usually gives the answer, and a bound that
    // skips nearly every other domain without searching it (bounds are clipped at from <= best).
    const best = this.best;
    best.startS = Number.POSITIVE_INFINITY;
    best.free = Number.POSITIVE_INFINITY;
    best.slot = -1;
    this.consider(profiles, first, k, durationS, from);
    for (let s = 0, at = cls; s < profiles.length; s++, at += CLASSES) {
      if (s !== first && table[at]! <= best.startS) this.consider(profiles, s, k, durationS, from);
    }
    const bestSlot = best.slot;
    return bestSlot >= 0 ? { startS: best.startS, domains: [profiles[bestSlot]!.domain] } : null;
  }

  /** Among equally early domains, prefer the tightest (best fit at that time), then the lowest. */
  private consider(profiles: DomainProfile[], s: number, k: number, durationS: number, from: number): void {
    const best = this.best;
    if (!this.startIn(profiles[s]!, k, durationS, from, best.startS)) return;
    const { startS, free } = this.found;
    if (startS < best.startS || free < best.free || (free === best.free && s < best.slot)) {
      best.startS = startS;
      best.free = free;
      best.slot = s;
    }
  }
  /**
   * earliestWhole when some whole domain carries reservations (earliestAcrossGaps): each whole
   * domain offers the runs in which it is entirely free; a run [s, e) hosts the gang from any
   * T in [max(s, from), e - dur]. Sweep those windows in time order, openings first at equal
   * times and then by domain, and stop when m are open. Only windows opening no later than
   * the m-th earliest "free for good" time can matter.
   */
  private whole(type: TypeIndex, profiles: DomainProfile[], m: number, durationS: number, from: number): EarliestFit | null {
    const whole = type.wholeList;
    if (whole.length < m) return null;
    const cls = classOf(durationS);
    // m-th smallest start of the last (endless) run: by then m domains are free for good.
    const lasts: number[] = [];
    for (const d of whole) {
      const r = profiles[d.slot]!.runsOf(d.capacity, this.origin);
      const last = Math.max(r.starts[r.n - 1]!, from);
      if (lasts.length === m && last >= lasts[m - 1]!) continue;
      let i = Math.min(lasts.length, m - 1);
      if (lasts.length < m) lasts.push(last);
      while (i > 0 && lasts[i - 1]! > last) {
        lasts[i] = lasts[i - 1]!;
        i--;
      }
      lasts[i] = last;
    }
    const horizon = lasts[m - 1]!;
    const at: number[] = [];
    const open: boolean[] = [];
    const slot: number[] = [];
    for (const d of whole) {
      const r = profiles[d.slot]!.runsOf(d.capacity, this.origin);
      for (let i = r.firstRun[cls]!; i < r.n; i++) {
        const end = r.ends[i]!;
        if (end <= from) continue;
        const start = Math.max(r.starts[i]!, from);
        if (start > horizon) break;
        if (end - start < durationS) continue;
        at.push(start);
        open.push(true);
        slot.push(d.slot);
        if (end !== Number.POSITIVE_INFINITY) {
          at.push(end - durationS);
          open.push(false);
          slot.push(d.slot);
        }
      }
    }
    const events = Array.from({ length: at.length }, (_, i) => i);
    events.sort((a, b) => at[a]! - at[b]! || (open[a] === open[b] ? slot[a]! - slot[b]! : open[a] ? -1 : 1));
    const active = new Set<number>();
    for (const e of events) {
      if (!open[e]) {
        active.delete(slot[e]!);
        continue;
      }
      active.add(slot[e]!);
      if (active.size >= m) {
        const chosen = [...active].sort((a, b) => a - b).slice(0, m);
        return { startS: at[e]!, domains: chosen.map((s) => profiles[s]!.domain) };
      }
    }
    return null;
  }
}
