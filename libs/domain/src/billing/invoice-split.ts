import type { Fen } from '../money/money.js';
import { basisPointsOfFenDown } from './fen-math.js';
import { checkPayerOrder, DEFAULT_PAYER_ORDER, type Payer } from './payers.js';

export interface SplitLineIn {
  key: string;
  amountFen: bigint;
  free: boolean;
  voucherEligible: boolean;
  equityEligible: boolean;
  /**
   * The equity credit pool this line may draw on (a project's credit line); without one an
   * equity-eligible line draws on the shared equityAvailableFen.
   */
  equityPool?: string;
}
export interface UsableVoucher {
  id: string;
  balanceFen: bigint;
  coverageBasisPoints: bigint /* 0..10000 */;
  validUntil: Date;
}
export interface Redemption {
  voucherId: string;
  amountFen: bigint;
}
export interface SplitLineOut {
  key: string;
  amountFen: bigint;
  freeFen: bigint;
  voucherFen: bigint;
  equityFen: bigint;
  cashFen: bigint;
  redemptions: Redemption[];
}
export interface SplitInvoiceIn {
  lines: readonly SplitLineIn[];
  vouchers: readonly UsableVoucher[];
  equityAvailableFen: bigint;
  /** What each named equity pool may pay in total (a line names its pool in equityPool). */
  equityPools?: Readonly<Record<string, bigint>>;
  order?: readonly Payer[];
}
export interface SplitInvoiceOut {
  lines: SplitLineOut[];
  /** Every voucher passed in, in the order they were drawn on (0n if unused). */
  voucherUseFen: Record<string, bigint>;
  /** Σ equityFen over all lines: the shared amount and every pool. */
  equityUseFen: bigint;
  /** Every pool passed in, with what the lines drew from it (0n if unused). */
  equityPoolUseFen: Record<string, bigint>;
}

export class SplitInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SplitInputError';
  }
}

/** Earliest expiry first, so the voucher about to lapse is used before one that will keep. */
function drawOrder(vouchers: readonly UsableVoucher[]): UsableVoucher[] {
  const ids = new Set<string>();
  for (const voucher of vouchers) {
    if (ids.has(voucher.id)) throw new SplitInputError(`voucher ${voucher.id} is listed twice`);
    ids.add(voucher.id);
    if (voucher.balanceFen < 0n) throw new SplitInputError(`voucher ${voucher.id} has a negative balance`);
    if (voucher.coverageBasisPoints < 0n || voucher.coverageBasisPoints > 10000n)
      throw new SplitInputError(`voucher ${voucher.id} coverage must be 0..10000 basis points`);
    if (Number.isNaN(voucher.validUntil.getTime())) throw new SplitInputError(`voucher ${voucher.id} has no valid date`);
  }
  // Compare ids by code unit, not locale, so the order is the same on every machine.
  return [...vouchers].sort(
    (a, b) => a.validUntil.getTime() - b.validUntil.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const min = (...values: bigint[]): bigint => values.reduce((a, b) => (b < a ? b : a));

/**
 * Draws vouchers for one line. Each voucher pays at most floor(amount × its coverage) and its
 * balance; together the vouchers that actually paid are capped by floor(amount × the highest
 * coverage among them), so stacking two 50% vouchers never covers 100% of a line.
 */
function drawVouchers(amount: Fen, limit: Fen, vouchers: readonly UsableVoucher[], balances: Map<string, Fen>): Redemption[] {
  const redemptions: Redemption[] = [];
  let used = 0n;
  let highestCoverage = 0n;
  for (const voucher of vouchers) {
    const coverage = voucher.coverageBasisPoints > highestCoverage ? voucher.coverageBasisPoints : highestCoverage;
    const take = min(
      basisPointsOfFenDown(amount, voucher.coverageBasisPoints),
      balances.get(voucher.id)!,
      basisPointsOfFenDown(amount, coverage) - used,
      limit - used,
    );
    if (take <= 0n) continue;
    redemptions.push({ voucherId: voucher.id, amountFen: take });
    balances.set(voucher.id, balances.get(voucher.id)! - take);
    used += take;
    highestCoverage = coverage;
  }
  return redemptions;
}

/**
 * Deterministic: lines in the given order; vouchers earliest validUntil first (then id). A free
 * line is wholly FREE. A voucher pays at most floor(amount × coverage / 10000) of a line (rounded
 * DOWN, so a voucher never exceeds its ratio) and at most its balance; when several vouchers apply
 * to one line, their combined share is capped by the highest coverage among them applied to the
 * line amount. Equity pays at most equityAvailableFen in total over the lines without a pool, and
 * at most equityPools[p] over the lines naming pool p. Cash is the rest. Invariants:
 * free+voucher+equity+cash = amount for every line; sum of redemptions per voucher ≤ its balance;
 * never negative. Inputs that would break these (negative amounts, bad coverage, duplicate voucher
 * ids, a bad order) throw SplitInputError / PayerOrderError instead.
 */
export function splitInvoice(input: SplitInvoiceIn): SplitInvoiceOut {
  const order = checkPayerOrder(input.order ?? DEFAULT_PAYER_ORDER);
  if (input.equityAvailableFen < 0n) throw new SplitInputError('equityAvailableFen must not be negative');
  const vouchers = drawOrder(input.vouchers);
  const balances = new Map(vouchers.map((voucher) => [voucher.id, voucher.balanceFen]));
  let equityLeft = input.equityAvailableFen;
  const poolsLeft = new Map<string, bigint>(Object.entries(input.equityPools ?? {}));
  for (const [pool, fen] of poolsLeft) if (fen < 0n) throw new SplitInputError(`equity pool ${pool} must not be negative`);

  const lines = input.lines.map((line): SplitLineOut => {
    if (line.amountFen < 0n) throw new SplitInputError(`line ${line.key} has a negative amount`);
    const out: SplitLineOut = { key: line.key, amountFen: line.amountFen, freeFen: 0n, voucherFen: 0n, equityFen: 0n, cashFen: 0n, redemptions: [] };
    if (line.free) return { ...out, freeFen: line.amountFen };
    let remaining = line.amountFen;
    for (const payer of order) {
      if (payer === 'VOUCHER' && line.voucherEligible) {
        out.redemptions = drawVouchers(line.amountFen, remaining, vouchers, balances);
        out.voucherFen = out.redemptions.reduce((sum, r) => sum + r.amountFen, 0n);
        remaining -= out.voucherFen;
      } else if (payer === 'EQUITY' && line.equityEligible) {
        if (line.equityPool === undefined) {
          out.equityFen = min(remaining, equityLeft);
          equityLeft -= out.equityFen;
        } else {
          const left = poolsLeft.get(line.equityPool);
          if (left === undefined) throw new SplitInputError(`line ${line.key} names an unknown equity pool ${line.equityPool}`);
          out.equityFen = min(remaining, left);
          poolsLeft.set(line.equityPool, left - out.equityFen);
        }
        remaining -= out.equityFen;
      }
    }
    return { ...out, cashFen: remaining };
  });

  return {
    lines,
    // fromEntries defines own properties, so even an id like "__proto__" is a plain key.
    voucherUseFen: Object.fromEntries(vouchers.map((v) => [v.id, v.balanceFen - balances.get(v.id)!])),
    equityUseFen: lines.reduce((sum, line) => sum + line.equityFen, 0n),
    equityPoolUseFen: Object.fromEntries([...poolsLeft].map(([pool, left]) => [pool, input.equityPools![pool]! - left])),
  };
}
