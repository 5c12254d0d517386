/**
 * Money is integer fen (1 CNY = 100 fen) held in a bigint, so sums never drift.
 * Parsing and formatting are exact string operations, never through a float.
 */
export type Fen = bigint;

const AMOUNT = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {
  constructor(input: string) {
    super(`not a CNY amount with at most two decimals: "${input}"`);
    this.name = 'MoneyFormatError';
  }
}

export function parseCny(input: string): Fen {
  const match = AMOUNT.exec(input.trim());
  if (!match) throw new MoneyFormatError(input);
  const [, sign, yuan, decimals = ''] = match;
  const fen = BigInt(yuan) * 100n + BigInt(decimals.padEnd(2, '0'));
  return sign ? -fen : fen;
}

export function formatCny(fen: Fen, options: { symbol?: boolean } = {}): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${options.symbol === false ? '' : '¥'}${yuan}.${cents}`;
}

/** Multiplies a price by a ratio given in basis points (1/10000), rounding half up to a fen. */
export function applyBasisPoints(fen: Fen, basisPoints: bigint): Fen {
  const product = fen * basisPoints;
  const quotient = product / 10000n;
  const remainder = product % 10000n;
  if (remainder * 2n >= 10000n) return quotient + 1n;
  if (remainder * 2n <= -10000n) return quotient - 1n;
  return quotient;
}
