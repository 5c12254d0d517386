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

  /** A view for one pass at time t (the PassContext.orgs contract). */
  view(t: number): { get(orgId: string): OrgStanding | undefined } {
    const cache = new Map<string, OrgStanding>();
    return {
      get: (orgId) => {
        let standing = cache.get(orgId);
        if (!standing) {
          // recentCards is computed on first read: weights and quotas are read far more often.
          let recent: number | undefined;
          const recentAt = () => recentAverageCards(this.usageAt(orgId, t), this.halfLifeS);
          standing = {
            weight: this.weights.get(orgId) ?? 1,
            quotaCards: this.quotas.get(orgId) ?? null,
            get recentCards() {
              recent ??= recentAt();
              return recent;
            },
          };
          cache.set(orgId, standing);
        }
        return standing;
      },
    };
  }
}
