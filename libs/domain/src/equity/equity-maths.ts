import { divideHalfUp } from '../billing/fen-math.js';
import type { Fen } from '../money/money.js';
import { assertComputable, WHOLE_BASIS_POINTS } from './term-sheet.js';
import type { TermSheetTerms } from './term-sheet.js';

/**
 * Fen per share as an exact fraction in lowest terms (denominator > 0). Prices per share are
 * rarely whole fen (¥18,000,000 over 7,000,000 shares is 257.142857… fen), so the maths keeps
 * the fraction and only the display rounds.
 */
export interface FenPerShare {
  numerator: bigint;
  denominator: bigint;
}

/** Six decimals of a yuan = four decimals of a fen: the precision a price per share is shown at. */
export const MICRO_YUAN_PER_FEN = 10000n;

export interface DerivedEquity {
  /** pre-money + credit: the credit is the centre's investment. */
  postMoneyValuationFen: Fen;
  /** Percentage view: credit ÷ post-money, in basis points rounded half up. */
  centrePercentBasisPoints: bigint;
  /** Share view: pre-money ÷ pre-money fully-diluted shares, exact. */
  pricePerShare: FenPerShare;
  /** The same price for display: micro-yuan (1/10000 fen) per share, rounded half up. */
  pricePerShareMicroYuan: bigint;
  /** Share view: credit ÷ price per share, rounded DOWN, so the centre never gets shares worth more than its credit. */
  centreShares: bigint;
  /** Pre-money fully-diluted shares + centreShares. */
  postMoneyShares: bigint;
  /** Share view as a percentage: centreShares ÷ postMoneyShares, basis points rounded half up. */
  centreSharesPercentBasisPoints: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** numerator / denominator in lowest terms; the denominator must be positive. */
export function fenPerShare(numerator: bigint, denominator: bigint): FenPerShare {
  if (denominator <= 0n) throw new RangeError('a price per share needs a positive share count');
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

/** Rounding rule for showing a price per share: half up (ties toward +∞) to a micro-yuan (1/10000 fen). */
export function pricePerShareMicroYuan(price: FenPerShare): bigint {
  return divideHalfUp(price.numerator * MICRO_YUAN_PER_FEN, price.denominator);
}

/**
 * '2000.000000': micro-yuan as a plain decimal string of yuan with six decimals, no symbol and no
 * grouping — the form machine-read formats (the OCF export's Monetary amounts) need.
 */
export function microYuanDecimal(microYuan: bigint): string {
  const negative = microYuan < 0n;
  const abs = negative ? -microYuan : microYuan;
  return `${negative ? '-' : ''}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}

/** '¥2,000.000000': a price per share in yuan with six decimals (four decimals of a fen), from micro-yuan. */
export function formatPricePerShare(microYuan: bigint): string {
  const decimal = microYuanDecimal(microYuan);
  const negative = decimal.startsWith('-');
  const grouped = (negative ? decimal.slice(1) : decimal).replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',');
  return `${negative ? '-' : ''}¥${grouped}`;
}

/**
 * Both views of the equity the issue asks for, from the terms alone. Rounding rules:
 * - the price per share is exact (a fraction); only pricePerShareMicroYuan rounds, half up;
 * - centreShares = ⌊credit × preShares ÷ preMoney⌋, rounded DOWN: centreShares × price ≤ credit,
 *   and one more share would cost more than the credit;
 * - both percentages are basis points rounded half up.
 * The views agree within one share: centrePercent (exact) × postMoneyShares − centreShares is in [0, 1),
 * because for the exact share count x and δ = x − ⌊x⌋ it equals δ × (1 − credit ÷ postMoney).
 * Throws TermSheetError when the arithmetic is impossible (see arithmeticProblems).
 */
export function deriveEquity(terms: TermSheetTerms): DerivedEquity {
  assertComputable(terms);
  const { creditFen, preMoneyValuationFen, preMoneyFullyDilutedShares } = terms;
  const postMoneyValuationFen = preMoneyValuationFen + creditFen;
  const pricePerShare = fenPerShare(preMoneyValuationFen, preMoneyFullyDilutedShares);
  const centreShares = (creditFen * preMoneyFullyDilutedShares) / preMoneyValuationFen;
  const postMoneyShares = preMoneyFullyDilutedShares + centreShares;
  return {
    postMoneyValuationFen,
    centrePercentBasisPoints: divideHalfUp(creditFen * WHOLE_BASIS_POINTS, postMoneyValuationFen),
    pricePerShare,
    pricePerShareMicroYuan: pricePerShareMicroYuan(pricePerShare),
    centreShares,
    postMoneyShares,
    centreSharesPercentBasisPoints: divideHalfUp(centreShares * WHOLE_BASIS_POINTS, postMoneyShares),
  };
}
