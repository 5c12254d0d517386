import type { Domain, TypeIndex } from './cluster-state.js';
import type { ReservationBook } from './reservations.js';

/** Domains a request of `cards` needs: one if it fits in a domain, else whole domains. */
export function domainsNeeded(type: TypeIndex, cards: number): number {
  return cards <= type.domainSize ? 1 : Math.ceil(cards / type.domainSize);
}

/** Can the request ever run on this cluster (all cards healthy and free)? */
export function canEverFit(type: TypeIndex | undefined, cards: number): boolean {
  if (!type || cards < 1) return false;
  if (cards <= type.domainSize) return type.maxCapacity >= cards;
  return type.wholeDomains >= domainsNeeded(type, cards);
}

/**
 * Best fit now: the domain with the fewest free cards that still fits (keeps whole domains
 * whole for gangs), skipping domains where the start would delay a reservation.
 * Larger requests take whole, fully free domains. Returns null when nothing fits now.
 */
export function fitNow(
  type: TypeIndex,
  cards: number,
  now: number,
  endS: number,
  book: ReservationBook | null,
): Domain[] | null {
  if (cards <= type.domainSize) {
    for (let f = cards; f <= type.maxCapacity; f++) {
      const bucket = type.buckets[f]!;
      if (bucket.size === 0) continue;
      const d = book ? bucket.find((x) => book.allows(x, cards, now, endS)) : bucket.find(() => true);
      if (d) return [d];
    }
    return null;
  }
  const m = domainsNeeded(type, cards);
  const bucket = type.buckets[type.domainSize];
  if (!bucket || bucket.size < m) return null;
  const picked: Domain[] = [];
  for (const d of bucket) {
    if (!d.whole) continue;
    if (book && !book.allows(d, d.capacity, now, endS)) continue;
    picked.push(d);
    if (picked.length === m) return picked;
  }
  return null;
}

/** Quick "is there room at all" check before the full fit, to keep long queues cheap. */
export function mightFitNow(type: TypeIndex, cards: number): boolean {
  if (cards <= type.domainSize) return type.maxFree() >= cards;
  const bucket = type.buckets[type.domainSize];
  return !!bucket && bucket.size >= domainsNeeded(type, cards);
}

export interface EarliestFit {
  readonly startS: number;
  readonly domains: Domain[];
}

/** Earliest start at or after `from` that does not disturb existing reservations; null = never. */
export function earliestFit(
  type: TypeIndex,
  cards: number,
  durationS: number,
  from: number,
  book: ReservationBook,
): EarliestFit | null {
  return cards <= type.domainSize
    ? earliestSingle(type, cards, durationS, from, book)
    : earliestWhole(type, domainsNeeded(type, cards), durationS, from, book);
}

function earliestSingle(type: TypeIndex, k: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  let best = Number.POSITIVE_INFINITY;
  let bestDomain: Domain | null = null;
  let bestFree = Number.POSITIVE_INFINITY;
  const visit = (d: Domain): boolean => {
    if (d.capacity < k) return false;
    // A domain short of cards gains none before its first running allocation ends: skip it
    // when that is already later than the best start found (most domains, once one is found).
    // Reservations only take cards away, so the fit ignoring them is a lower bound too.
    if (d.free < k && d.parts.length > 0 && d.parts[0]!.alloc.endS > best) return false;
    if (book.has(d) && d.earliestFree(k, from) > best) return false;
    const T = book.earliestIn(d, k, dur, from);
    if (T > best || !Number.isFinite(T)) return false;
    // Among equally early domains, prefer the tightest (best fit at that time), then the lowest.
    const free = d.freeAt(T) - book.reservedAt(d, T);
    if (T < best || free < bestFree || (free === bestFree && d.slot < bestDomain!.slot)) {
      best = T;
      bestDomain = d;
      bestFree = free;
    }
    return false;
  };
  // Most free cards first: they need the fewest ends, so a good bound is found early.
  for (let f = type.maxCapacity; f >= 0; f--) type.buckets[f]!.find(visit);
  return bestDomain ? { startS: best, domains: [bestDomain] } : null;
}

/** Gangs of m whole domains (see earliestFit). */
export function earliestWhole(type: TypeIndex, m: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  // The m soonest-free domains without reservations, kept in a small sorted array: one pass
  // over the domains instead of sorting them all (this runs for every gang reservation).
  const best: { d: Domain; t: number }[] = [];
  const held: { d: Domain; t: number }[] = [];
  let plainCount = 0;
  for (const d of type.wholeList) {
    const t = d.lastEnd(from);
    if (book.has(d)) {
      held.push({ d, t });
      continue;
    }
    plainCount++;
    if (best.length === m && t >= best[m - 1]!.t) continue;
    let i = Math.min(best.length, m - 1);
    if (best.length < m) best.push({ d, t });
    while (i > 0 && best[i - 1]!.t > t) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = { d, t };
  }
  if (plainCount + held.length < m) return null;
  if (held.length === 0) return { startS: best[m - 1]!.t, domains: best.map((x) => x.d) };
  return earliestAcrossGaps([...best, ...held], m, dur, book);
}

/**
 * Some domains carry reservations. Each candidate domain offers gaps in which it is fully
 * free (after its running work, between its holds); a gap [s, e) can host the gang from any
 * T in [s, e - dur]. Sweep those intervals in time order and stop at the first T covered by
 * m domains: O(gaps log gaps), even when hundreds of requests are booked (estimates).
 */
function earliestAcrossGaps(domains: { d: Domain; t: number }[], m: number, dur: number, book: ReservationBook): EarliestFit | null {
  const events: { at: number; open: boolean; d: Domain }[] = [];
  for (const { d, t } of domains) {
    let cursor = t;
    const holds = book.holdWindows(d).sort((a, b) => a[0] - b[0]);
    for (const [start, end] of holds) {
      if (end <= cursor) continue;
      if (start - cursor >= dur && start > cursor) {
        events.push({ at: cursor, open: true, d }, { at: start - dur, open: false, d });
      }
      cursor = Math.max(cursor, end);
    }
    events.push({ at: cursor, open: true, d });
  }
  // At equal times, openings first: a gap closing at T still hosts a start at T.
  events.sort((a, b) => a.at - b.at || (a.open === b.open ? a.d.slot - b.d.slot : a.open ? -1 : 1));
  const active = new Set<Domain>();
  for (const e of events) {
    if (!e.open) {
      active.delete(e.d);
      continue;
    }
    active.add(e.d);
    if (active.size >= m) {
      const chosen = [...active].sort((a, b) => a.slot - b.slot).slice(0, m);
      return { startS: e.at, domains: chosen };
    }
  }
  return null;
}
