import type { Domain, TypeIndex } from './cluster-state.js';
import { domainsNeeded, earliestFit, earliestWhole, type EarliestFit } from './fit.js';
import type { ReservationBook } from './reservations.js';
import { CLASSES, DomainProfile, Runs, classOf, regular } from './domain-profile.js';
import { TypeProfiles, type Bounds } from './type-profiles.js';

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
 * call, and skips domains whose lower bound (`Bounds.first`) is later than the best start found.
 * Every booking must go through `book()` so the book and the profiles stay in step.
 */
export class ProfileIndex {
  private readonly types = new Map<TypeIndex, TypeProfiles>();
  private readonly found: Found = { startS: 0, free: 0 };
  private readonly best = { startS: 0, free: 0, slot: -1 };
  /** Scratch of the gang search. */
  private readonly lasts: number[] = [];
  private readonly at: number[] = [];
  private readonly open: boolean[] = [];
  private readonly slot: number[] = [];
  private readonly events: number[] = [];

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
        this.origin,
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
    return this.whole(type, tp, m, durationS, from);
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
      const taken = domains.length === 1 ? cards : d.capacity;
      const [lowest, highest] = p.take(startS, res.endS, taken);
      const row = d.slot * (tp.maxK + 1);
      for (let k = Math.max(0, lowest - taken + 1); k <= Math.min(tp.maxK, highest); k++) tp.versions[row + k]!++;
      tp.booked.push(d.slot);
    }
  }

  /**
   * Earliest start in one domain (see earliestIn): the first run of >= k free cards that is
   * still `durationS` long after `from`; false when there is none by `limit`.
   */
  private startIn(p: DomainProfile, r: Runs, firstRun: number, durationS: number, from: number, limit: number): boolean {
    let i = firstRun;
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
        this.found.free = p.levels[p.segmentAt(start)]!;
        return true;
      }
    }
    return false;
  }

  /** earliestSingle: the earliest domain, then the tightest at that time, then the lowest. */
  private single(tp: TypeProfiles, k: number, durationS: number, from: number): EarliestFit | null {
    if (k > tp.maxK) return null;
    const cls = classOf(durationS);
    const b = tp.freshBounds(k);
    const first = b.first;
    const n = tp.profiles.length;
    let lowest = -1;
    let lowestBound = Number.POSITIVE_INFINITY;
    const row = cls * n;
    for (let s = 0; s < n; s++) {
      if (first[row + s]! < lowestBound) {
        lowestBound = first[row + s]!;
        lowest = s;
      }
    }
    // Domains that never have k cards free have no runs, so an infinite bound.
    if (lowest < 0) return null;
    // The domain with the lowest bound first: it usually gives the answer, and a bound that
    // skips nearly every other domain without searching it (bounds are clipped at from <= best).
    const best = this.best;
    best.startS = Number.POSITIVE_INFINITY;
    best.free = Number.POSITIVE_INFINITY;
    best.slot = -1;
    this.consider(tp, b, lowest, k, cls, durationS, from);
    for (let s = 0; s < n; s++) {
      if (s !== lowest && first[row + s]! <= best.startS) this.consider(tp, b, s, k, cls, durationS, from);
    }
    return best.slot >= 0 ? { startS: best.startS, domains: [tp.profiles[best.slot]!.domain] } : null;
  }

  /** Among equally early domains, prefer the tightest (best fit at that time), then the lowest. */
  private consider(tp: TypeProfiles, b: Bounds, s: number, k: number, cls: number, durationS: number, from: number): void {
    const best = this.best;
    const p = tp.profiles[s]!;
    if (!this.startIn(p, p.runsOf(k), b.firstRun[cls * tp.profiles.length + s]!, durationS, from, best.startS)) return;
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
  private whole(type: TypeIndex, tp: TypeProfiles, m: number, durationS: number, from: number): EarliestFit | null {
    const whole = type.wholeList;
    if (whole.length < m) return null;
    const cls = classOf(durationS);
    // m-th smallest start of the last (endless) run: by then m domains are free for good.
    const lasts = this.lasts;
    lasts.length = 0;
    for (const d of whole) {
      const r = tp.refresh(tp.boundsOf(d.capacity), d.slot, d.capacity);
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
    // Windows that close before a lower bound of the answer cannot change it (fewer than m
    // are open until then), so each domain's windows are read from the first that is still open.
    let lower = from;
    for (let mm = 2; mm <= m && mm < tp.gangStarts.length; mm++) {
      const starts = tp.gangStarts[mm];
      if (starts) for (let c = 0; c < cls; c++) if (starts[c]! > lower) lower = starts[c]!;
    }
    const { at, open, slot, events } = this;
    at.length = open.length = slot.length = events.length = 0;
    for (const d of whole) {
      const b = tp.boundsOf(d.capacity);
      const row = cls * tp.profiles.length + d.slot;
      if (b.first[row]! > horizon) continue;
      const r = tp.profiles[d.slot]!.runsOf(d.capacity);
      let i = b.firstRun[row]!;
      if (lower > from) {
        let hi = r.n;
        while (i < hi) {
          const mid = (i + hi) >>> 1;
          if (r.ends[mid]! - durationS < lower) i = mid + 1;
          else hi = mid;
        }
      }
      for (; i < r.n; i++) {
        const end = r.ends[i]!;
        if (end <= from) continue;
        const start = Math.max(r.starts[i]!, from);
        if (start > horizon) break;
        if (end - start < durationS) continue;
        events.push(at.length);
        at.push(start);
        open.push(true);
        slot.push(d.slot);
        if (end !== Number.POSITIVE_INFINITY) {
          events.push(at.length);
          at.push(end - durationS);
          open.push(false);
          slot.push(d.slot);
        }
      }
    }
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
        if (from === this.origin) {
          const starts = (tp.gangStarts[m] ??= new Float64Array(CLASSES).fill(Number.NEGATIVE_INFINITY));
          if (at[e]! > starts[cls]!) starts[cls] = at[e]!;
        }
        return { startS: at[e]!, domains: chosen.map((s) => tp.profiles[s]!.domain) };
      }
    }
    return null;
  }
}
