import type { Job } from '../../model/job.js';
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
 *    usage, per unit of weight), the lightest first, re-ranked after each start; inside an
 *    organisation the smallest job (card-seconds) goes first. A flood from one firm thus sits
 *    behind a small firm's few jobs, and short jobs are not stuck behind week-long ones.
 * 3. The first `headReservations` gangs of the walk that cannot start now also get a
 *    reservation (so the small firm's 8-card gang is not starved by 1-card backfill), and may
 *    preempt preemptible lower-class work, with notice, when that is sooner.
 * 4. Everything else backfills: it starts now only where it delays no reservation.
 */
export function suanliPass(ctx: PassContext, wantOrder: boolean): PassOutcome {
  const run = new PassRun(ctx);
  const handled = new Set<Job>();
  for (const rank of ctx.queue.classRanksDescending()) {
    if (!wantOrder && run.clusterFull()) break;
    guardLongestWaiting(run, rank, handled, wantOrder);
    walkFairShare(run, rank, handled, wantOrder);
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

function guardLongestWaiting(run: PassRun, rank: number, handled: Set<Job>, wantOrder: boolean): void {
  const { now, config, queue } = run.ctx;
  const share = new FairShare(run.ctx);
  const adaptive = config.starvationMeanWaitFactor > 0 ? config.starvationMeanWaitFactor * queue.meanWaitS(now) : Number.POSITIVE_INFINITY;
  const starvingAfter = Math.min(config.starvationAfterS, adaptive);
  // Three independent guards, each for the longest-waiting requests of its kind.
  let aged = 0; // waited past the starvation backstop
  let ownGangs = 0; // gangs of organisations that stay within their equal share
  let patientGangs = 0; // gangs that have waited longer than gangPatience x their run time
  const patientLimit = config.gangPatience > 0 ? config.gangReservations : 0;
  const full = () => aged >= config.oldestReservations && ownGangs >= config.gangReservations && patientGangs >= patientLimit;
  for (const job of queue.inSubmitOrder()) {
    if (full()) break;
    if (job.rank !== rank) continue;
    const wait = now - job.submitS;
    let kind: 'aged' | 'own' | 'patient' | null = null;
    if (aged < config.oldestReservations && wait >= starvingAfter && wait > 0) kind = 'aged';
    else if (job.cards > 1 && ownGangs < config.gangReservations && run.ctx.state.held(job.orgId) + run.cardsHeldBy(job) <= share.equalShareCards(job.orgId)) kind = 'own';
    else if (job.cards > 1 && config.gangPatience > 0 && patientGangs < config.gangReservations && wait >= config.gangPatience * job.durationS) kind = 'patient';
    if (!kind || !eligible(run, job)) continue;
    if (kind === 'aged') aged++;
    else if (kind === 'own') ownGangs++;
    else patientGangs++;
    handled.add(job);
    if (run.tryStart(job)) continue;
    reserveOrPreempt(run, job);
    if (wantOrder) run.order.push(job);
  }
}

function walkFairShare(run: PassRun, rank: number, handled: Set<Job>, wantOrder: boolean): void {
  const share = new FairShare(run.ctx);
  const cursors: OrgCursor[] = [];
  for (const [orgId, jobs] of run.ctx.queue.orgQueues(rank)) {
    const cursor: OrgCursor = { orgId, jobs, next: 0, head: undefined, fairShareLog: share.orderLog(orgId), tierOffset: share.tierOffset(orgId), key: 0 };
    advance(run, cursor, handled);
    cursors.push(cursor);
  }
  const heap = new OrgHeap(cursors);
  let heads = run.ctx.config.headReservations;

  while (heap.size > 0) {
    const cursor = heap.top()!;
    const job = cursor.head!;
    advance(run, cursor, handled);
    if (!eligible(run, job)) {
      if (wantOrder) run.order.push(job);
      heap.topChanged();
      continue;
    }
    if (run.tryStart(job)) {
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
    } else if (!wantOrder && heads === 0 && run.clusterFull()) {
      return;
    }
    if (wantOrder) run.order.push(job);
    heap.topChanged();
  }
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

