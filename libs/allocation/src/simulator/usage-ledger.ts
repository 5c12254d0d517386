import { decayUsage, recentAverageCards } from '../fairshare/decay.js';
import type { OrgStanding } from '../policies/pass.js';

interface Account {
  usage: number;
  since: number;
  held: number;
}

/**
 * Decayed usage per organisation, integrated exactly while the simulator runs: between two
 * changes an organisation holds a constant number of cards, whose decayed card-seconds have
 * a closed form. Accounts are settled lazily, when read or when the holding changes.
 */
export class UsageLedger {
  private readonly accounts = new Map<string, Account>();

  constructor(
    private readonly halfLifeS: number,
    private readonly weights: ReadonlyMap<string, number>,
    private readonly quotas: ReadonlyMap<string, number>,
  ) {}

  /** Usage at t, given the cards held since the last settlement. */
  usageAt(orgId: string, t: number): number {
    const a = this.accounts.get(orgId);
    if (!a) return 0;
    const dt = t - a.since;
    if (dt <= 0) return a.usage;
    const H = this.halfLifeS;
    const accrued = H > 0 ? (a.held * H * (1 - Math.pow(2, -dt / H))) / Math.LN2 : a.held * dt;
    return decayUsage(a.usage, dt, H) + accrued;
  }

  /** Records that from t on the organisation holds `held` cards. */
  settle(orgId: string, t: number, held: number): void {
    const usage = this.usageAt(orgId, t);
    this.accounts.set(orgId, { usage, since: t, held });
  }

  private viewTime = 0;
  private readonly standings = new Map<string, OrgStanding>();

  /**
   * The PassContext.orgs view at time t. Standing objects are kept per organisation and their
   * recentCards is computed on read (memoised per time): a pass reads weights far more often
   * than usage, and a new object per organisation per pass was most of the simulator's garbage.
   */
  view(t: number): { get(orgId: string): OrgStanding | undefined } {
    this.viewTime = t;
    return this;
  }

  get(orgId: string): OrgStanding {
    let standing = this.standings.get(orgId);
    if (!standing) {
      let memoAt = Number.NaN;
      let memo = 0;
      // Settling at the view's time leaves usageAt(that time) as it was (dt = 0 gives back the
      // usage just settled), so a memo of this time stays right across settlements.
      const recentAt = () => {
        if (memoAt !== this.viewTime) {
          memoAt = this.viewTime;
          memo = recentAverageCards(this.usageAt(orgId, memoAt), this.halfLifeS);
        }
        return memo;
      };
      standing = {
        weight: this.weights.get(orgId) ?? 1,
        quotaCards: this.quotas.get(orgId) ?? null,
        get recentCards() {
          return recentAt();
        },
      };
      this.standings.set(orgId, standing);
    }
    return standing;
  }
}
