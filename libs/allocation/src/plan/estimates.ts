import type { Job } from '../model/job.js';
import type { Allocation } from '../placement/cluster-state.js';
import { ProfileIndex } from '../placement/profile-index.js';
import type { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';

/**
 * Estimated start of every waiting request: walk them in the policy's order and book each at
 * its earliest fit after the reservations already made (a conservative-backfill profile).
 * Running work is assumed to use its whole time limit, so estimates err late, not early.
 * The ProfileIndex gives exactly earliestFit's answers, fast enough for thousands waiting.
 */
export function estimateStarts(ctx: PassContext, order: readonly Job[], book: ReservationBook): Map<Job, number | null> {
  const estimates = new Map<Job, number | null>();
  const index = new ProfileIndex(book, ctx.now);
  const quotas = new QuotaRelease(ctx);
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
    const from = Math.max(ctx.now, job.earliestStartS, quotas.freesAt(job));
    const fit = Number.isFinite(from) ? index.earliestFit(type, job.cards, job.durationS, from) : null;
    if (fit) index.book(type, job.id, fit.startS, job.durationS, fit.domains, job.cards);
    estimates.set(job, fit ? fit.startS : null);
  }
  return estimates;
}

/**
 * When enough of an organisation's running work has ended for a job to fit its quota. The
 * running work does not change during the estimates, so each organisation's allocations are
 * sorted by end once per pass, with the cards still held after each end.
 */
class QuotaRelease {
  private readonly byOrg = new Map<string, { ends: number[]; heldAfter: number[] }>();

  constructor(private readonly ctx: PassContext) {}

  freesAt(job: Job): number {
    const { ctx } = this;
    const quota = ctx.orgs.get(job.orgId)?.quotaCards;
    if (quota == null) return ctx.now;
    if (job.cards > quota) return Number.POSITIVE_INFINITY;
    const target = quota - job.cards;
    if (ctx.state.held(job.orgId) <= target) return ctx.now;
    const { ends, heldAfter } = this.releases(job.orgId);
    // heldAfter only falls: the first end after which the organisation holds <= target.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (heldAfter[mid]! <= target) hi = mid;
      else lo = mid + 1;
    }
    return lo < ends.length ? Math.max(ctx.now, ends[lo]!) : ctx.now;
  }

  private releases(orgId: string): { ends: number[]; heldAfter: number[] } {
    let r = this.byOrg.get(orgId);
    if (!r) {
      const mine: Allocation[] = [];
      for (const a of this.ctx.state.allocations.values()) if (a.orgId === orgId) mine.push(a);
      mine.sort((a, b) => a.endS - b.endS);
      let held = this.ctx.state.held(orgId);
      r = { ends: mine.map((a) => a.endS), heldAfter: mine.map((a) => (held -= a.heldCards)) };
      this.byOrg.set(orgId, r);
    }
    return r;
  }
}
