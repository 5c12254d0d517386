import type { Job } from '../../model/job.js';
import type { Domain } from '../../placement/cluster-state.js';
import type { PassContext, PassOutcome } from '../pass.js';
import { PassRun } from '../pass.js';
import { FairShare } from './fair-share.js';
import { OrgHeap, type OrgCursor } from './org-heap.js';
import { preemptFor } from './preemption.js';

/**
 * The Suanli policy. Classes are served from the highest rank down; inside a class:
 *
 * 1. Starvation guard: the `oldestReservations` longest-waiting requests start now or get a
 *    reservation at their earliest fit. Nothing later in the pass may delay them, so every
 *    request eventually becomes "oldest" and starts, big gangs included.
 * 2. Fair-share walk: organisations are visited by load (cards held now plus decayed recent
 *    usage, per unit of weight), the lightest first, re-ranked after each start; each
 *    organisation offers its smallest job (card-seconds) first, aged six times faster inside
 *    its own queue than between organisations (orgAgingHalfLifeS), so its later small jobs
 *    rarely pass the ones it already waits for and the estimate it was shown holds. A flood
 *    from one firm thus sits behind a small firm's few jobs, and short jobs are not stuck
 *    behind week-long ones.
 * 3. The first `headReservations` gangs of the walk that cannot start now also get a
 *    reservation (so the small firm's 8-card gang is not starved by 1-card backfill), and may
 *    preempt preemptible lower-class work, with notice, when that is sooner.
 * 4. Everything else backfills: it starts now only where it delays no reservation.
 */
export function suanliPass(ctx: PassContext, wantOrder: boolean): PassOutcome {
  const run = new PassRun(ctx, ctx.config.placement);
  // Decisions only (the order and the reservations are not asked for) and none possible: skip
  // the fair shares and the walk. A pass that lists its order still walks, and decides the same.
  if (!wantOrder && run.nothingCanStart()) return run.outcome();
  const handled = new Set<Job>();
  let share: FairShare | null = null;
  for (const rank of ctx.queue.classRanksDescending()) {
    if (!wantOrder && run.nothingMoreFor(rank)) continue;
    share ??= new FairShare(ctx);
    guardOverdue(run, rank, handled, wantOrder);
    guardLongestWaiting(run, share, rank, handled, wantOrder);
    walkFairShare(run, share, rank, handled, wantOrder);
  }
  return run.outcome();
}

function eligible(run: PassRun, job: Job): boolean {
  return !run.notYetAllowed(job) && !run.quotaBlocks(job) && run.everFits(job);
}

function reserveOrPreempt(run: PassRun, job: Job): void {
  let fit = run.earliest(job);
  // Only a class with some class below it can preempt; the common all-STANDARD case skips it.
  const canPreempt = Object.values(run.ctx.config.classRank).some((r) => r < job.rank);
  if (canPreempt && preemptFor(run, job, fit?.startS ?? null)) fit = run.earliest(job);
  run.reserve(job, fit);
}

/**
 * Overdue requests (a promise already broken, e.g. adaptation past its two weeks) lead their
 * class, oldest first: each starts now if it fits, and the first that cannot holds a
 * reservation nothing later in the pass may delay.
 */
function guardOverdue(run: PassRun, rank: number, handled: Set<Job>, wantOrder: boolean): void {
  if (run.ctx.queue.overdueCount === 0) return;
  let reserved = false;
  for (const job of run.ctx.queue.inSubmitOrder()) {
    if (!job.overdue || job.rank !== rank || handled.has(job) || !eligible(run, job)) continue;
    handled.add(job);
    if (run.tryStart(job)) continue;
    if (!reserved) {
      reserved = true;
      reserveOrPreempt(run, job);
    }
    if (wantOrder) run.order.push(job);
  }
}

/** How many waiting gangs, oldest first, the gang guard looks at per pass (bounds the pass time). */
const GANG_SCAN_LIMIT = 256;

function guardLongestWaiting(run: PassRun, share: FairShare, rank: number, handled: Set<Job>, wantOrder: boolean): void {
  const { now, config, queue } = run.ctx;
  const adaptive = config.starvationMeanWaitFactor > 0 ? config.starvationMeanWaitFactor * queue.meanWaitS(now) : Number.POSITIVE_INFINITY;
  const starvingAfter = Math.min(config.starvationAfterS, adaptive);
  const guard = (job: Job) => {
    handled.add(job);
    if (run.tryStart(job)) return;
    reserveOrPreempt(run, job);
    if (wantOrder) run.order.push(job);
  };

  // Starvation backstop: the longest-waiting requests past the threshold (submit order).
  let aged = 0;
  for (const job of queue.inSubmitOrder()) {
    if (aged >= config.oldestReservations || now - job.submitS < starvingAfter || now === job.submitS) break;
    if (job.rank !== rank || !eligible(run, job)) continue;
    aged++;
    guard(job);
  }

  // Gang guard: the longest-waiting gangs of organisations that stay within their equal share,
  // and (if gangPatience > 0) gangs that waited gangPatience times their run time.
  let own = 0;
  let patient = 0;
  const patientLimit = config.gangPatience > 0 ? config.gangReservations : 0;
  let scanned = 0;
  for (const job of queue.gangsInSubmitOrder()) {
    if ((own >= config.gangReservations && patient >= patientLimit) || ++scanned > GANG_SCAN_LIMIT) break;
    if (job.rank !== rank || handled.has(job) || !eligible(run, job)) continue;
    const limit = config.gangGuardShare === 'max-min' ? share.shareCards(job.orgId) : share.equalShareCards(job.orgId);
    const protectedGang = run.ctx.state.held(job.orgId) + run.cardsHeldBy(job) <= limit;
    if (own < config.gangReservations && protectedGang) {
      own++;
      guard(job);
    } else if (patient < patientLimit && now - job.submitS >= config.gangPatience * job.durationS) {
      patient++;
      guard(job);
    }
  }
}

function walkFairShare(run: PassRun, share: FairShare, rank: number, handled: Set<Job>, wantOrder: boolean): void {
  const cursors: OrgCursor[] = [];
  for (const [orgId, jobs] of run.ctx.queue.orgQueues(rank)) {
    const cursor: OrgCursor = { orgId, jobs, next: 0, head: undefined, fairShareLog: share.orderLog(orgId), tierOffset: share.tierOffset(orgId), key: 0 };
    advance(run, cursor, handled);
    cursors.push(cursor);
  }
  const heap = new OrgHeap(cursors);
  let heads = run.ctx.config.headReservations;
  const keepWhole = run.ctx.config.keepWholeDomains;
  const deferred: Job[] = [];

  while (heap.size > 0) {
    const cursor = heap.top()!;
    const job = cursor.head!;
    advance(run, cursor, handled);
    // Visited: a gang the walk has passed cannot start later in this pass (cards only get taken).
    if (keepWhole) handled.add(job);
    if (!eligible(run, job)) {
      if (wantOrder) run.order.push(job);
      heap.topChanged();
      continue;
    }
    const domains = run.fitNow(job);
    if (domains) {
      if (keepWhole && breaksWholeDomain(run, job, domains) && gangWantsWholeDomain(run, job, rank, handled)) {
        deferred.push(job);
        heap.topChanged();
        continue;
      }
      run.startOn(job, domains);
      cursor.fairShareLog = share.orderLog(cursor.orgId);
      cursor.tierOffset = share.tierOffset(cursor.orgId);
      cursor.key = cursor.head ? cursor.head.orderKey + cursor.fairShareLog + cursor.tierOffset : 0;
      heap.topChanged();
      continue;
    }
    // A 1-card request needs no reservation: it takes the next card that frees, being ahead
    // in the walk. Reservations are for gangs, which need a domain to drain.
    if (heads > 0 && job.cards > 1) {
      heads--;
      reserveOrPreempt(run, job);
    } else if (!wantOrder && (run.nothingMoreFor(rank) || (heads === 0 && run.noWaitingRequestFits()))) {
      // Without reservations left to make, the rest of the walk could only start requests (no
      // notice is given without a reservation): once none fits, it would refuse them all.
      break;
    }
    if (wantOrder) run.order.push(job);
    heap.topChanged();
  }
  // What was kept off whole domains takes what the gangs left (as backfill: no reservation delayed).
  for (const job of deferred) if (!run.tryStart(job) && wantOrder) run.order.push(job);
}

/** The job would take a wholly free domain although it needs only part of one. */
function breaksWholeDomain(run: PassRun, job: Job, domains: readonly Domain[]): boolean {
  const type = run.ctx.state.type(job.cardType);
  const d = domains[0]!;
  return !!type && domains.length === 1 && job.cards < type.domainSize && d.capacity === type.domainSize && d.free === d.capacity;
}

/**
 * A waiting gang of this class, not yet visited by the walk, that the wholly free domains could
 * start now, that has already waited at least the small request's time limit and asks for no
 * longer than it. Then the small request would keep the gang off that domain for longer than the
 * gang's own run, after the gang already waited longer than the small request would run: the
 * small one waits instead, for a partly used domain (it is tried again after the walk).
 */
function gangWantsWholeDomain(run: PassRun, job: Job, rank: number, handled: Set<Job>): boolean {
  const type = run.ctx.state.type(job.cardType)!;
  const wholeFree = type.buckets[type.domainSize]?.size ?? 0;
  let scanned = 0;
  for (const g of run.ctx.queue.gangsInSubmitOrder()) {
    if (++scanned > GANG_SCAN_LIMIT) return false;
    if (g.rank !== rank || g.cardType !== job.cardType || handled.has(g) || g.cards < type.domainSize) continue;
    if (g.limitS > job.limitS || run.ctx.now - g.submitS < job.limitS) continue;
    if (Math.ceil(g.cards / type.domainSize) <= wholeFree && eligible(run, g)) return true;
  }
  return false;
}

function advance(run: PassRun, cursor: OrgCursor, handled: Set<Job>): void {
  while (cursor.next < cursor.jobs.length) {
    const job = cursor.jobs[cursor.next++]!;
    if (!run.ctx.queue.isGone(job) && !handled.has(job)) {
      cursor.head = job;
      cursor.key = job.orderKey + cursor.fairShareLog + cursor.tierOffset;
      return;
    }
  }
  cursor.head = undefined;
}

