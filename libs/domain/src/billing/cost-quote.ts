import { splitInvoice, type Redemption, type UsableVoucher } from './invoice-split.js';
import { lineAmountFen } from './metered-line.js';

/** What the founder sees before submitting a request. */
export interface CostQuote {
  cards: number;
  durationSeconds: number;
  pricePerCardHourFen: bigint;
  amountFen: bigint;
  free: boolean;
  voucherFen: bigint;
  cashFen: bigint;
  /** Added: the FREE part (= amountFen when free) and which vouchers would pay, for display. */
  freeFen: bigint;
  redemptions: Redemption[];
}

function checkCount(name: string, value: number): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer: ${value}`);
  return BigInt(value);
}

/**
 * Prices the request as ONE invoice line with the same rules the invoice will use (lineAmountFen
 * on cards × durationSeconds, then splitInvoice), so the quote and the bill cannot disagree for
 * the same usage. Equity is not quoted: it is settled by agreement, not at request time.
 */
export function quoteCost(input: {
  cards: number;
  durationSeconds: number;
  pricePerCardHourFen: bigint;
  free: boolean;
  vouchers: readonly UsableVoucher[];
}): CostQuote {
  const cardSeconds = checkCount('cards', input.cards) * checkCount('durationSeconds', input.durationSeconds);
  const amountFen = lineAmountFen(cardSeconds, input.pricePerCardHourFen);
  const split = splitInvoice({
    lines: [{ key: 'quote', amountFen, free: input.free, voucherEligible: true, equityEligible: false }],
    vouchers: input.vouchers,
    equityAvailableFen: 0n,
  });
  const line = split.lines[0]!;
  return {
    cards: input.cards,
    durationSeconds: input.durationSeconds,
    pricePerCardHourFen: input.pricePerCardHourFen,
    amountFen,
    free: input.free,
    voucherFen: line.voucherFen,
    cashFen: line.cashFen,
    freeFen: line.freeFen,
    redemptions: line.redemptions,
  };
}
