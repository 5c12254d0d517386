import type { OcfMonetary, OcfStockCancellation, OcfStockIssuance, OcfStockRepurchase, OcfTransaction, OcfVestingCondition, OcfVestingTerms } from './ocf-types.js';

/** A transaction and its place among the others on the same security (0 = the issuance). */
export interface SequencedTransaction {
  tx: OcfTransaction;
  sequence: number;
}

/** What the first issuance of a security says; its balance securities repeat holder, class and price. */
export interface SecurityOrigin {
  issuanceId: string;
  securityId: string;
  customId: string;
  stakeholderId: string;
  stockClassId: string;
  sharePrice: OcfMonetary;
  quantity: bigint;
  date: string;
  considerationText: string | null;
  comments: string[];
}

/** A tranche of a vesting security: what each VESTING_EVENT condition vests. */
export interface ChainTranche {
  index: number;
  shares: bigint;
  description: string;
}

export interface ChainVesting {
  termsId: string;
  name: string;
  description: string;
  tranches: ChainTranche[];
}

/** A cancellation or repurchase before its security and balance ids are known. */
export type Reduction =
  | { kind: 'CANCEL'; txId: string; date: string; quantity: bigint; reasonText: string }
  | { kind: 'REPURCHASE'; txId: string; date: string; quantity: bigint; price: OcfMonetary; considerationText: string };

export class ChainError extends RangeError {}

const conditionId = (termsId: string, index: number) => `${termsId}-tranche-${index + 1}`;

/**
 * One holding as OCF sees it: a security is never changed once issued. A partial cancellation or
 * repurchase ends it and issues the rest as a new "balance" security the same day (OCF's
 * balance_security_id), so each security carries at most one cancellation or repurchase. Vesting
 * (VESTING_EVENT conditions, one per tranche) follows the holding onto its balance securities.
 */
export class SecurityChain {
  readonly transactions: SequencedTransaction[] = [];
  readonly vestingTerms: OcfVestingTerms[] = [];
  private securityId: string;
  private quantity: bigint;
  private balances = 0;
  /** Shares vested on the current security (all of them when it has no vesting terms). */
  private vested: bigint;
  /** Tranche index → its condition id on the current security's vesting terms, for tranches not yet vested. */
  private unvested = new Map<number, { shares: bigint; conditionId: string; description: string }>();

  constructor(
    private readonly origin: SecurityOrigin,
    vesting: ChainVesting | null,
  ) {
    this.securityId = origin.securityId;
    this.quantity = origin.quantity;
    this.vested = vesting ? 0n : origin.quantity;
    if (vesting) {
      for (const tranche of vesting.tranches) {
        this.unvested.set(tranche.index, { shares: tranche.shares, conditionId: conditionId(vesting.termsId, tranche.index), description: tranche.description });
      }
      this.vestingTerms.push(this.terms(vesting.termsId, vesting.name, vesting.description, origin.quantity, []));
    }
    this.issue(origin.issuanceId, origin.securityId, origin.customId, origin.quantity, origin.date, vesting ? vesting.termsId : null, origin.comments, origin.considerationText);
  }

  /** The VestingEvent of a tranche whose condition was met on `date`. */
  vest(index: number, txId: string, date: string): void {
    const tranche = this.unvested.get(index);
    if (!tranche) throw new ChainError(`tranche ${index + 1} of ${this.origin.securityId} has no vesting condition left on ${date}`);
    this.unvested.delete(index);
    this.vested += tranche.shares;
    this.push({ object_type: 'TX_VESTING_EVENT', id: txId, date, security_id: this.securityId, vesting_condition_id: tranche.conditionId });
  }

  /**
   * Cancels or repurchases `quantity` of the current security. A repurchase takes vested shares
   * only (the holder sells what it owns); a cancellation ends vesting: the balance is fully vested.
   */
  reduce(reduction: Reduction): void {
    const { txId, date, quantity } = reduction;
    if (quantity > this.quantity) throw new ChainError(`${txId} takes ${quantity} shares of ${this.origin.securityId}, which holds ${this.quantity} on ${date}`);
    if (reduction.kind === 'REPURCHASE' && quantity > this.vested) {
      throw new ChainError(`${txId} buys back ${quantity} shares of ${this.origin.securityId}, of which only ${this.vested} are vested on ${date}`);
    }
    const remaining = this.quantity - quantity;
    const balanceSecurityId = remaining > 0n ? `${this.origin.securityId}-balance-${this.balances + 1}` : undefined;
    const balance = balanceSecurityId ? { balance_security_id: balanceSecurityId } : {};
    const common = { id: txId, date, security_id: this.securityId, quantity: quantity.toString(), ...balance };
    const tx: OcfStockCancellation | OcfStockRepurchase =
      reduction.kind === 'CANCEL'
        ? { object_type: 'TX_STOCK_CANCELLATION', ...common, reason_text: reduction.reasonText }
        : { object_type: 'TX_STOCK_REPURCHASE', ...common, price: reduction.price, consideration_text: reduction.considerationText };
    this.push(tx);

    const carried = reduction.kind === 'CANCEL' ? remaining : this.vested - quantity;
    if (reduction.kind === 'CANCEL') this.unvested.clear();
    const previous = this.securityId;
    this.quantity = remaining;
    this.vested = carried;
    if (!balanceSecurityId) return;
    this.balances += 1;
    this.securityId = balanceSecurityId;
    const note = `${previous} 经 ${txId} 后余下 ${remaining} 股 / ${remaining} shares of ${previous} left after ${txId}`;
    if (this.unvested.size === 0) {
      this.issue(`${balanceSecurityId}-issuance`, balanceSecurityId, `${this.origin.customId}-B${this.balances}`, remaining, date, null, [note], null);
      return;
    }
    // The balance still has tranches to vest: its own terms, with portions of the balance's quantity.
    // The shares already vested come across through one condition that vests on the same day.
    const termsId = `${balanceSecurityId}-vesting`;
    const carriedCondition = `${termsId}-carried`;
    const rest = [...this.unvested.entries()];
    for (const [index, tranche] of rest) this.unvested.set(index, { ...tranche, conditionId: conditionId(termsId, index) });
    const carriedConditions: OcfVestingCondition[] =
      carried > 0n ? [{ id: carriedCondition, description: `已归属股份结转 / shares already vested on ${previous}`, portion: { numerator: carried.toString(), denominator: remaining.toString() }, trigger: { type: 'VESTING_EVENT' }, next_condition_ids: [] }] : [];
    this.vestingTerms.push(this.terms(termsId, `${this.vestingTerms[0]?.name ?? 'Vesting'}（余额 ${this.balances} / balance ${this.balances}）`, note, remaining, carriedConditions));
    this.issue(`${balanceSecurityId}-issuance`, balanceSecurityId, `${this.origin.customId}-B${this.balances}`, remaining, date, termsId, [note], null);
    if (carried > 0n) this.push({ object_type: 'TX_VESTING_EVENT', id: `${balanceSecurityId}-carried-vesting`, date, security_id: balanceSecurityId, vesting_condition_id: carriedCondition });
  }

  private terms(id: string, name: string, description: string, quantity: bigint, leading: OcfVestingCondition[]): OcfVestingTerms {
    const tranches = [...this.unvested.entries()].sort(([a], [b]) => a - b);
    return {
      object_type: 'VESTING_TERMS',
      id,
      name,
      description,
      // Portions are tranche shares over the security's shares, so every rounding rule gives the same whole shares.
      allocation_type: 'CUMULATIVE_ROUND_DOWN',
      vesting_conditions: [
        ...leading,
        ...tranches.map(([, tranche]) => ({
          id: tranche.conditionId,
          description: tranche.description,
          portion: { numerator: tranche.shares.toString(), denominator: quantity.toString() },
          trigger: { type: 'VESTING_EVENT' as const },
          // Independent: a later tranche's condition can be met before an earlier one's.
          next_condition_ids: [],
        })),
      ],
    };
  }

  private issue(id: string, securityId: string, customId: string, quantity: bigint, date: string, termsId: string | null, comments: string[], considerationText: string | null): void {
    const issuance: OcfStockIssuance = {
      object_type: 'TX_STOCK_ISSUANCE',
      id,
      date,
      security_id: securityId,
      custom_id: customId,
      stakeholder_id: this.origin.stakeholderId,
      stock_class_id: this.origin.stockClassId,
      quantity: quantity.toString(),
      share_price: this.origin.sharePrice,
      ...(termsId ? { vesting_terms_id: termsId } : {}),
      ...(considerationText ? { consideration_text: considerationText } : {}),
      security_law_exemptions: [],
      stock_legend_ids: [],
      ...(comments.length > 0 ? { comments } : {}),
    };
    this.push(issuance);
  }

  private push(tx: OcfTransaction): void {
    this.transactions.push({ tx, sequence: this.transactions.length });
  }
}
