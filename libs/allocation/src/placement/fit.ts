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

/**
 * The domain where k cards are free for `dur` soonest; among equally early ones the tightest
 * (fewest free cards at that time, net of reservations), then the lowest slot. That is the
 * smallest (start, free, slot) over all domains, so the domains may be visited in any order.
 * A domain without holds starts at its readyAt (clipped at `from`); for one with holds that is
 * a lower bound, and only those are searched in full. Runs for every reservation of every
 * pass: the scan reads one flat row of readyAt and touches a domain only when it may win.
 */
function earliestSingle(type: TypeIndex, k: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  // No domain has more cards than maxCapacity (and NaN asks for none that can be had).
  if (!(k <= type.maxCapacity)) return null;
  const n = type.domains.length;
  // Whole cards: k cards are free exactly when ceil(k) are; k <= 0 always is.
  const row = Math.max(0, Math.ceil(k)) * n;
  const ready = type.readyAt;
  let best = Number.POSITIVE_INFINITY;
  let bestSlot = -1;
  let bestFree = Number.POSITIVE_INFINITY;
  for (let s = 0; s < n; s++) {
    const r = ready[row + s]!;
    let T = r > from ? r : from;
    if (T > best || !Number.isFinite(T)) continue;
    const d = type.domains[s]!;
    let free: number;
    if (book.has(d)) {
      T = book.earliestIn(d, k, dur, from);
      if (T > best || !Number.isFinite(T)) continue;
      free = d.freeAt(T) - book.reservedAt(d, T);
    } else {
      free = d.freeAt(T);
    }
    if (T < best || free < bestFree || (free === bestFree && s < bestSlot)) {
      best = T;
      bestSlot = s;
      bestFree = free;
    }
  }
  return bestSlot >= 0 ? { startS: best, domains: [type.domains[bestSlot]!] } : null;
}

/** Gangs of m whole domains (see earliestFit). */
export function earliestWhole(type: TypeIndex, m: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  const whole = type.wholeList;
  if (whole.length < m) return null;
  const idle = type.idleAt;
  // Whole domains of this type with holds in this book: all of them enter the gap search.
  const held: { d: Domain; t: number }[] = [];
  for (const d of book.domainsHeld) {
    if (book.has(d) && d.whole && d.cardType === type.cardType) held.push({ d, t: clipped(idle[d.slot]!, from) });
  }
  // The m soonest-free domains without holds (ties: lower slot), kept sorted in small arrays:
  // one pass over idleAt instead of sorting the domains (this runs for every gang reservation).
  const slots = type.wholeSlots;
  const bestT: number[] = [];
  const bestI: number[] = [];
  for (let i = 0; i < slots.length; i++) {
    const t = clipped(idle[slots[i]!]!, from);
    if (bestT.length === m && t >= bestT[m - 1]!) continue;
    if (held.length > 0 && book.has(whole[i]!)) continue;
    let j = Math.min(bestT.length, m - 1);
    if (bestT.length < m) {
      bestT.push(t);
      bestI.push(i);
    }
    while (j > 0 && bestT[j - 1]! > t) {
      bestT[j] = bestT[j - 1]!;
      bestI[j] = bestI[j - 1]!;
      j--;
    }
    bestT[j] = t;
    bestI[j] = i;
  }
  if (held.length === 0) return { startS: bestT[m - 1]!, domains: bestI.map((i) => whole[i]!) };
  return earliestAcrossGaps([...bestI.map((i, j) => ({ d: whole[i]!, t: bestT[j]! })), ...held], m, dur, book);
}

/** A domain's lastEnd(from) from its idleAt. */
function clipped(idleAt: number, from: number): number {
  return idleAt > from ? idleAt : from;
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
