import { divideHalfUp } from '../billing/fen-math.js';
import type { Fen } from '../money/money.js';
import type { FenPerShare } from './equity-maths.js';
import { WHOLE_BASIS_POINTS } from './term-sheet.js';

/**
 * What a holding of shares is worth at a price per share: shares × price exactly (the price is a
 * fen fraction), rounded half up to a fen once. The portfolio rounds per startup and adds whole fen.
 */
export function impliedValueFen(shares: bigint, price: FenPerShare): Fen {
  return divideHalfUp(shares * price.numerator, price.denominator);
}

/** held ÷ outOf in basis points, rounded half up; 0 when there is nothing to hold a part of. */
export function holdingBasisPoints(held: bigint, outOf: bigint): bigint {
  return outOf > 0n ? divideHalfUp(held * WHOLE_BASIS_POINTS, outOf) : 0n;
}
