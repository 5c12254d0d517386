import type { Fen } from '../money/money.js';
import { allocateProportionally, divideHalfUp } from './fen-math.js';

/** ¥1,000,000 per card-hour: far above any real price, so hitting it means a typo (fen vs yuan). */
export const MAX_CARD_PRICE_FEN = 100_000_000n;

export type CardPriceProblem = 'PRICE_NOT_POSITIVE' | 'PRICE_TOO_LARGE' | 'MARKET_PRICE_NOT_POSITIVE' | 'MARKET_PRICE_TOO_LARGE';

/** Problems with a card-hour price and its optional market reference price; empty = fine. */
export function checkCardPrice(priceFen: Fen, marketPriceFen: Fen | null): CardPriceProblem[] {
  const problems: CardPriceProblem[] = [];
  if (priceFen <= 0n) problems.push('PRICE_NOT_POSITIVE');
  if (priceFen > MAX_CARD_PRICE_FEN) problems.push('PRICE_TOO_LARGE');
  if (marketPriceFen !== null && marketPriceFen <= 0n) problems.push('MARKET_PRICE_NOT_POSITIVE');
  if (marketPriceFen !== null && marketPriceFen > MAX_CARD_PRICE_FEN) problems.push('MARKET_PRICE_TOO_LARGE');
  return problems;
}

/**
 * The discount against the market price in basis points, (market − price) / market × 10000,
 * rounded half up (ties toward +∞). Signed: negative when the price is above market, so the UI
 * can show a premium honestly instead of a clamped 0.
 */
export function discountBasisPoints(priceFen: Fen, marketPriceFen: Fen): bigint {
  if (marketPriceFen <= 0n) throw new RangeError('market price must be positive');
  return divideHalfUp((marketPriceFen - priceFen) * 10000n, marketPriceFen);
}

/**
 * Splits `totalFen` (e.g. a credit note, possibly negative) over lines in proportion to `ratios`
 * (e.g. the lines' amounts); the parts always sum to the total, never losing or creating a fen.
 * Ratios must be non-negative with a positive sum.
 */
export function allocateFen(totalFen: Fen, ratios: readonly bigint[]): Fen[] {
  if (ratios.length === 0 || ratios.some((ratio) => ratio < 0n) || !ratios.some((ratio) => ratio > 0n))
    throw new RangeError('ratios must be non-negative with at least one positive');
  return allocateProportionally(totalFen, ratios);
}
