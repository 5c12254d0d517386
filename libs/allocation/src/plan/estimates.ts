import type { Job } from '../model/job.js';
import type { ClusterState } from '../placement/cluster-state.js';
import { earliestFit } from '../placement/fit.js';
import type { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';

/**
 * Estimated start of every waiting request: walk them in the policy's order and book each at
 * its earliest fit after the reservations already made (a conservative-backfill profile).
 * Running work is assumed to use its whole time limit, so estimates err late, not early.
 */
export function estimateStarts(ctx: PassContext, order: readonly Job[], book: ReservationBook): Map<Job, number | null> {
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
    const fit = Number.isFinite(from) ? earliestFit(type, job.cards, job.durationS, from, book) : null;
    if (fit) book.add(job.id, fit.startS, job.durationS, fit.domains, job.cards);
    estimates.set(job, fit ? fit.startS : null);
  }
  return estimates;
}

/** When enough of the organisation's running work has ended for the job to fit its quota. */
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
