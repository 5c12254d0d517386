/**
 * The only module in billing that knows about dinero.js. Callers pass and receive plain bigint fen
 * (see money/money.ts), so dinero's objects never leak into invoices, the API or the database.
 * We use dinero's bigint build: amounts can exceed 2^53 fen once card-seconds are multiplied in.
 */
import { add, allocate, calculator, dinero, down, halfUp, multiply, toSnapshot, transformScale } from 'dinero.js/bigint';
import type { Dinero } from 'dinero.js/bigint';
import { CNY } from 'dinero.js/bigint/currencies';
import type { Fen } from '../money/money.js';

type Cny = Dinero<bigint>;

/** Scale 2 = fen, CNY's own exponent. */
const FEN_SCALE = CNY.exponent;

function toDinero(fen: Fen): Cny {
  return dinero({ amount: fen, currency: CNY });
}

/** Every result comes back at fen scale; `down` only matters if a caller left a finer scale behind. */
function toFen(money: Cny): Fen {
  return toSnapshot(transformScale(money, FEN_SCALE, down)).amount;
}

export function sumFen(amounts: readonly Fen[]): Fen {
  return toFen(amounts.reduce<Cny>((total, amount) => add(total, toDinero(amount)), toDinero(0n)));
}

export function multiplyFen(fen: Fen, factor: bigint): Fen {
  return toFen(multiply(toDinero(fen), factor));
}

/**
 * fen × basisPoints / 10000, rounded DOWN (toward −∞). Dinero multiplies by a scaled amount
 * ({ amount: bp, scale: 4 } is bp/10000), and transformScale back to fen with `down` floors it.
 */
export function basisPointsOfFenDown(fen: Fen, basisPoints: bigint): Fen {
  return toFen(transformScale(multiply(toDinero(fen), { amount: basisPoints, scale: 4n }), FEN_SCALE, down));
}

/**
 * numerator / divisor rounded half up (ties toward +∞), for divisors that are not powers of ten.
 * Dinero v2 has no divide on money (rates must be decimal-scaled, and 1/3600 never terminates),
 * so we call dinero's own `halfUp` divide operation with its bigint calculator directly; the
 * rounding rule is dinero's, the division is exact integer arithmetic.
 */
export function divideHalfUp(numerator: bigint, divisor: bigint): bigint {
  if (divisor <= 0n) throw new RangeError('divisor must be positive');
  return halfUp(numerator, divisor, calculator);
}

/**
 * Splits `totalFen` in proportion to `ratios` without losing or creating a fen: dinero floors
 * each share and hands the leftover fen, one each, to the largest ratios first.
 * Ratios must be non-negative with a positive sum (dinero asserts this too).
 */
export function allocateProportionally(totalFen: Fen, ratios: readonly bigint[]): Fen[] {
  return allocate(toDinero(totalFen), [...ratios]).map(toFen);
}
