import type { Job } from '../model/job.js';
import type { PlannedPreemption, PolicyName, WaitReason } from '../model/types.js';
import { canEverFit, fitNow, mightFitNow } from '../placement/fit.js';
import type { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';
import { FairShare } from '../policies/suanli/fair-share.js';

/**
 * Why a request waits, most specific first: things the requester can act on or must know
 * (capacity, earliest start, quota, preemption notice) before the policy's ordering reasons.
 */
export class WaitExplainer {
  private readonly share: FairShare;
  private readonly noticeFor = new Map<string, number>();
  private readonly higherAhead = new Map<Job, number>();

  constructor(
    private readonly ctx: PassContext,
    private readonly policy: PolicyName,
    private readonly book: ReservationBook,
    order: readonly Job[],
    preemptions: readonly PlannedPreemption[],
    estimates: ReadonlyMap<Job, number | null>,
    private readonly underNotice: ReadonlyMap<string, number>,
  ) {
    this.share = new FairShare(ctx);
    for (const p of preemptions) {
      this.noticeFor.set(p.forRequestId, Math.min(p.preemptAtS, this.noticeFor.get(p.forRequestId) ?? Number.POSITIVE_INFINITY));
    }
    const seenByRank = new Map<number, number>();
    for (const job of order) {
      let higher = 0;
      for (const [rank, n] of seenByRank) if (rank > job.rank) higher += n;
      this.higherAhead.set(job, higher);
      seenByRank.set(job.rank, (seenByRank.get(job.rank) ?? 0) + 1);
    }
    this.estimates = estimates;
  }

  private readonly estimates: ReadonlyMap<Job, number | null>;

  reasonFor(job: Job, aheadInType: number): WaitReason {
    const { state, now } = this.ctx;
    const type = state.type(job.cardType);
    if (!type || !canEverFit(type, job.cards)) {
      return { code: 'EXCEEDS_CLUSTER_CAPACITY', params: { cards: job.cards, cardType: job.cardType } };
    }
    if (job.earliestStartS > now) return { code: 'NOT_BEFORE_EARLIEST_START', params: { earliestStartS: job.earliestStartS } };
    const quota = this.ctx.orgs.get(job.orgId)?.quotaCards;
    if (quota != null && state.held(job.orgId) + job.cards > quota) {
      return { code: 'ORG_QUOTA_REACHED', params: { quotaCards: quota, heldCards: state.held(job.orgId) } };
    }
    const notice = this.noticeFor.get(job.id) ?? this.underNotice.get(job.id);
    if (notice != null) return { code: 'WAITING_FOR_PREEMPTION_NOTICE', params: { preemptAtS: notice } };
    if (mightFitNow(type, job.cards) && fitNow(type, job.cards, now, now + job.durationS, null)) {
      if (this.policy === 'fifo') return { code: 'BEHIND_EARLIER_REQUESTS', params: { count: aheadInType } };
      return { code: 'GANG_RESERVED_FOR_OTHER', params: { otherCards: this.largestOtherReservation(job) } };
    }
    if (this.policy === 'suanli') {
      const higher = this.higherAhead.get(job) ?? 0;
      if (higher > 0) return { code: 'BEHIND_HIGHER_PRIORITY', params: { count: higher } };
      // The same numbers the order uses (FairShare.orderLog): load = (cards held now + recent
      // average use) / 2 over the max-min share of what is wanted now. Recent use is shown as the
      // decayed card-hours: use one half-life (7 days by default) ago counts half.
      const ratio = this.share.ratio(job.orgId);
      if (ratio > 1) {
        const { usageHalfLifeS } = this.ctx.config;
        const recent = this.ctx.orgs.get(job.orgId)?.recentCards ?? 0;
        return {
          code: 'OVER_FAIR_SHARE',
          params: {
            // The decayed usage itself (OrgSpec.usageCardSeconds), in card-hours.
            usedCardHours: Math.round((recent * usageHalfLifeS) / Math.LN2 / 3600),
            windowDays: Math.round((usageHalfLifeS / 86_400) * 10) / 10,
            heldCards: state.held(job.orgId),
            shareCards: Math.round(this.share.shareCards(job.orgId) * 10) / 10,
            times: Number.isFinite(ratio) ? Math.round(ratio * 10) / 10 : 999,
          },
        };
      }
    }
    const until = this.estimates.get(job);
    return {
      code: 'NO_DOMAIN_FREE',
      params: { cards: job.cards, domainSize: Math.min(type.domainSize, Math.max(job.cards, type.domainSize)), ...(until != null ? { until } : {}) },
    };
  }

  private largestOtherReservation(job: Job): number {
    let cards = 0;
    for (const res of this.book.byJob.values()) {
      if (res.jobId === job.id || res.startS > this.ctx.now + job.durationS) continue;
      cards = Math.max(cards, res.domains.length === 1 ? res.domains[0]!.size : res.domains.length * res.domains[0]!.size);
    }
    return cards || job.cards;
  }
}
