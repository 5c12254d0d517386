import type { PassContext } from '../pass.js';

/** Larger than any spread of log2 sizes and aging, so it acts as a strict tier. */
const OVER_SHARE_OFFSET = 1e6;

/**
 * Fair share by max-min (water-filling) over what organisations want right now: cards held
 * plus cards asked for. An organisation wanting less than an equal (weighted) split gets all
 * of it; the rest is split among the others by weight. That allocation is the organisation's
 * fair share; its load (cards held now and decayed recent use) over that share scales its
 * requests' place in the order. The plain equal split by weight decides which organisations'
 * gangs the gang guard protects.
 */
/** What one pass reads of an organisation, read once (the standings do not change during a pass). */
interface OrgTerms {
  readonly weight: number;
  readonly recentCards: number;
  /** Max-min share (0 for an organisation that wants nothing now). */
  share: number;
}

export class FairShare {
  /**
   * Per organisation asked about: its weight, its decayed recent use and its share. The walk
   * asks for each organisation's load and share after every start; reading them here instead of
   * through ctx.orgs each time (a lazy, decaying view in the simulator) saves most of that cost.
   */
  private readonly terms = new Map<string, OrgTerms>();
  private readonly equalUnit: number;
  /** Mean decayed recent use (cards) of the organisations that want cards now. */
  private readonly meanRecentCards: number;

  constructor(private readonly ctx: PassContext) {
    const wants = new Map<string, { org: string; want: number; w: number }>();
    const entry = (org: string) => {
      let e = wants.get(org);
      if (!e) {
        e = { org, want: 0, w: this.weight(org) };
        wants.set(org, e);
      }
      return e;
    };
    for (const [org, cards] of ctx.queue.pendingCardsByOrg()) entry(org).want += cards;
    for (const [org, held] of ctx.state.orgHeld) if (held > 0) entry(org).want += held;
    let recentSum = 0;
    for (const org of wants.keys()) recentSum += this.termsOf(org).recentCards;
    this.meanRecentCards = wants.size > 0 ? recentSum / wants.size : 0;
    let cards = 0;
    for (const type of ctx.state.types.values()) cards += type.healthyCards;
    const orgs = [...wants.values()].sort((a, b) => a.want / a.w - b.want / b.w || (a.org < b.org ? -1 : 1));
    let weights = 0;
    for (const e of orgs) weights += e.w;
    this.equalUnit = weights > 0 ? cards / weights : cards;
    let remaining = cards;
    for (const e of orgs) {
      const granted = Math.min(e.want, weights > 0 ? (remaining / weights) * e.w : 0);
      this.termsOf(e.org).share = granted;
      remaining -= granted;
      weights -= e.w;
    }
  }

  private termsOf(orgId: string): OrgTerms {
    let t = this.terms.get(orgId);
    if (!t) {
      const standing = this.ctx.orgs.get(orgId);
      const w = standing?.weight;
      t = { weight: w != null && w > 0 ? w : 1, recentCards: standing?.recentCards ?? 0, share: 0 };
      this.terms.set(orgId, t);
    }
    return t;
  }

  weight(orgId: string): number {
    return this.termsOf(orgId).weight;
  }

  /** The cluster split by weight among organisations that want cards now, ignoring demand. */
  equalShareCards(orgId: string): number {
    return this.equalUnit * this.weight(orgId);
  }

  shareCards(orgId: string): number {
    return this.terms.get(orgId)?.share ?? 0;
  }

  /**
   * Cards held now and recent average use count half each: a firm bursting above its share
   * right now and a firm that used the cluster heavily all week both rank lower.
   */
  loadCards(orgId: string): number {
    const held = this.ctx.state.held(orgId);
    const recent = this.termsOf(orgId).recentCards;
    return (held + recent) / 2;
  }

  /** load / share: above 1 the organisation is over its fair share. */
  ratio(orgId: string): number {
    const share = this.shareCards(orgId);
    return share > 0 ? this.loadCards(orgId) / share : Number.POSITIVE_INFINITY;
  }

  /**
   * Cards held at or above the max-min share: served after everyone still below theirs (strict
   * tiers), minus the small-organisation lane's boost (see PolicyConfig.smallOrgLaneBoost).
   */
  tierOffset(orgId: string): number {
    const { strictFairShareTiers, smallOrgLaneBoost, smallOrgUsageFraction, smallOrgLaneShares } = this.ctx.config;
    const held = this.ctx.state.held(orgId);
    let offset = strictFairShareTiers && held >= this.shareCards(orgId) ? OVER_SHARE_OFFSET : 0;
    if (smallOrgLaneBoost > 0 && held < smallOrgLaneShares * this.equalShareCards(orgId)) {
      const recent = this.termsOf(orgId).recentCards;
      // Strict: at a cold start (nobody has any history) nobody is in the lane.
      if (recent < smallOrgUsageFraction * this.meanRecentCards) offset -= smallOrgLaneBoost;
    }
    return offset + this.usageOffset(orgId);
  }

  /**
   * Continuous usage term (PolicyConfig.usageOrderGain): gain x log2(recent use / mean recent use
   * of the organisations wanting cards now), clamped to +-usageOrderRange. No cliff: a light
   * firm's burst keeps most of its advantage while its use grows. 0 when off or at a cold start.
   */
  private usageOffset(orgId: string): number {
    const { usageOrderGain, usageOrderRange } = this.ctx.config;
    if (!(usageOrderGain > 0) || !(this.meanRecentCards > 0)) return 0;
    const recent = this.termsOf(orgId).recentCards;
    const l = Math.log2(Math.max(recent, Number.MIN_VALUE) / this.meanRecentCards);
    return usageOrderGain * Math.min(Math.max(l, -usageOrderRange), usageOrderRange);
  }

  /** log2 of the ratio, floored so an idle organisation's jobs still sort by their size. */
  orderLog(orgId: string): number {
    const r = this.ratio(orgId);
    return Math.min(Math.log2(Math.min(Math.max(r, this.ctx.config.fairShareFloor), 1e6)), this.ctx.config.fairShareCeilingLog2);
  }
}
