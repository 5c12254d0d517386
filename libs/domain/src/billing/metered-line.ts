import type { Fen } from '../money/money.js';
import { divideHalfUp, multiplyFen, sumFen } from './fen-math.js';

const SECONDS_PER_HOUR = 3600n;

/**
 * One rule, documented: amount = cardSeconds × pricePerCardHourFen / 3600, rounded half up to the
 * fen, applied ONCE per invoice line; the invoice total is the sum of its lines (so lines always
 * add up). Rounding once per line (not per hour or per card) keeps a line reproducible from its
 * own quantity and price, which is what the customer can check.
 */
export function lineAmountFen(cardSeconds: bigint, pricePerCardHourFen: bigint): Fen {
  if (cardSeconds < 0n) throw new RangeError('cardSeconds must not be negative');
  if (pricePerCardHourFen < 0n) throw new RangeError('pricePerCardHourFen must not be negative');
  return divideHalfUp(multiplyFen(pricePerCardHourFen, cardSeconds), SECONDS_PER_HOUR);
}

/** The invoice total is exactly the sum of its (already rounded) lines; nothing is re-rounded. */
export function invoiceTotalFen(lineAmounts: readonly Fen[]): Fen {
  return sumFen(lineAmounts);
}
