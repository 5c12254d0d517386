import { addShanghaiMonths } from '../billing/billing-period.js';
import { divideHalfUp } from '../billing/fen-math.js';
import type { Fen } from '../money/money.js';
import type { FenPerShare } from './equity-maths.js';
import { WHOLE_BASIS_POINTS } from './term-sheet.js';

/**
 * What the founders pay to buy `shares` back: shares × pricePerShare × (10000 + premium) ÷ 10000,
 * computed exactly and rounded half up to a fen ONCE, at the end (never per share). `pricePerShare`
 * is the price the centre paid (deriveEquity's pricePerShare).
 */
export function buyBackPriceFen(shares: bigint, pricePerShare: FenPerShare, premiumBasisPoints: bigint): Fen {
  if (shares < 0n) throw new RangeError('shares must not be negative');
  if (premiumBasisPoints < 0n) throw new RangeError('the premium must not be negative');
  return divideHalfUp(
    shares * pricePerShare.numerator * (WHOLE_BASIS_POINTS + premiumBasisPoints),
    pricePerShare.denominator * WHOLE_BASIS_POINTS,
  );
}

/**
 * The buy-back window is [signedAt, end): end is the same Shanghai wall time `months` Shanghai
 * calendar months after signing, clamped to the end of a shorter month (addShanghaiMonths).
 */
export function buyBackWindowEnds(signedAt: Date, months: number): Date {
  return addShanghaiMonths(signedAt, months);
}

/** Whether the founders may still buy back at `now`: signedAt ≤ now < buyBackWindowEnds(signedAt, months). */
export function isBuyBackOpen(signedAt: Date, months: number, now: Date): boolean {
  return now.getTime() >= signedAt.getTime() && now.getTime() < buyBackWindowEnds(signedAt, months).getTime();
}
