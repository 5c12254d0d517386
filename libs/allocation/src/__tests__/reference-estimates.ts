import type { Job } from '../model/job.js';
import type { ClusterState, Domain, TypeIndex } from '../placement/cluster-state.js';
import type { EarliestFit } from '../placement/fit.js';
import type { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';

/**
 * Reference for the start estimates: the straightforward algorithm the library used before
 * the ProfileIndex (kept here, self-contained, to check the fast one against). For every
 * waiting job in order: earliest fit by re-deriving each domain's free-card step function from
 * its running work and every hold, on every domain; book it; next. O(jobs x domains x holds).
 */
export function referenceEstimateStarts(ctx: PassContext, order: readonly Job[], book: ReservationBook): Map<Job, number | null> {
  const estimates = new Map<Job, number | null>();
  for (const job of order) {
    const held = book.byJob.get(job.id);
    if (held) {
      estimates.set(job, held.startS);
      continue;
    }
    const type = ctx.state.type(job.cardType);
    if (!type) {
      estimates.set(job, null);
      continue;
    }
    const from = Math.max(ctx.now, job.earliestStartS, quotaFreesAt(ctx, job));
    const fit = Number.isFinite(from) ? referenceEarliestFit(type, job.cards, job.durationS, from, book) : null;
    if (fit) book.add(job.id, fit.startS, job.durationS, fit.domains, job.cards);
    estimates.set(job, fit ? fit.startS : null);
  }
  return estimates;
}

function quotaFreesAt(ctx: PassContext, job: Job): number {
  const quota = ctx.orgs.get(job.orgId)?.quotaCards;
  if (quota == null) return ctx.now;
  if (job.cards > quota) return Number.POSITIVE_INFINITY;
  return heldDropsTo(ctx.state, job.orgId, quota - job.cards, ctx.now);
}

function heldDropsTo(state: ClusterState, orgId: string, target: number, now: number): number {
  let held = state.held(orgId);
  if (held <= target) return now;
  const mine = [...state.allocations.values()].filter((a) => a.orgId === orgId).sort((a, b) => a.endS - b.endS);
  for (const a of mine) {
    held -= a.heldCards;
    if (held <= target) return Math.max(now, a.endS);
  }
  return now;
}

export function referenceEarliestFit(type: TypeIndex, cards: number, durationS: number, from: number, book: ReservationBook): EarliestFit | null {
  if (cards <= type.domainSize) return earliestSingle(type, cards, durationS, from, book);
  return earliestWhole(type, Math.ceil(cards / type.domainSize), durationS, from, book);
}

/** Free cards at t ignoring reservations: running work returns its healthy cards at its end. */
function freeAt(d: Domain, t: number): number {
  let free = d.free;
  for (const p of d.parts) if (p.alloc.endS <= t) free += p.returning;
  return free;
}

function reservedAt(book: ReservationBook, d: Domain, t: number): number {
  let cards = 0;
  for (const h of book.holdsOn(d)) if (h.startS <= t && t < h.endS) cards += h.cards;
  return cards;
}

/** Earliest T >= from with k cards free (net of holds) during [T, T + dur): one sweep of events. */
function earliestIn(book: ReservationBook, d: Domain, k: number, dur: number, from: number): number {
  if (d.capacity < k) return Number.POSITIVE_INFINITY;
  const events: [number, number][] = [];
  let level = d.free;
  for (const p of d.parts) {
    if (p.alloc.endS <= from) level += p.returning;
    else events.push([p.alloc.endS, p.returning]);
  }
  for (const h of book.holdsOn(d)) {
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
    if (!Number.isNaN(runStart) && t - runStart >= dur) return runStart;
    while (i < events.length && events[i]![0] === t) level += events[i++]![1];
    if (level < k) runStart = Number.NaN;
    else if (Number.isNaN(runStart)) runStart = t;
  }
  return Number.isNaN(runStart) ? Number.POSITIVE_INFINITY : runStart;
}

/** Every domain: earliest start, then the fewest free cards at that time, then the lowest. */
function earliestSingle(type: TypeIndex, k: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  let best = Number.POSITIVE_INFINITY;
  let bestDomain: Domain | null = null;
  let bestFree = Number.POSITIVE_INFINITY;
  for (const d of type.domains) {
    const T = earliestIn(book, d, k, dur, from);
    if (!Number.isFinite(T) || T > best) continue;
    const free = freeAt(d, T) - reservedAt(book, d, T);
    if (T < best || free < bestFree || (free === bestFree && d.slot < bestDomain!.slot)) {
      best = T;
      bestDomain = d;
      bestFree = free;
    }
  }
  return bestDomain ? { startS: best, domains: [bestDomain] } : null;
}

function lastEnd(d: Domain, from: number): number {
  let end = from;
  for (const p of d.parts) end = Math.max(end, p.alloc.endS);
  return end;
}

/** m whole domains (as before): the m soonest free without holds, plus a sweep over the gaps of held ones. */
function earliestWhole(type: TypeIndex, m: number, dur: number, from: number, book: ReservationBook): EarliestFit | null {
  const best: { d: Domain; t: number }[] = [];
  const held: { d: Domain; t: number }[] = [];
  let plainCount = 0;
  for (const d of type.wholeList) {
    const t = lastEnd(d, from);
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

function earliestAcrossGaps(domains: { d: Domain; t: number }[], m: number, dur: number, book: ReservationBook): EarliestFit | null {
  const events: { at: number; open: boolean; d: Domain }[] = [];
  for (const { d, t } of domains) {
    let cursor = t;
    const holds = book.holdsOn(d).map((h) => [h.startS, h.endS] as const).sort((a, b) => a[0] - b[0]);
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
