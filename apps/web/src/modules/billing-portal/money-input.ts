import { formatCny, MoneyFormatError, parseCny } from '@suanli/domain';

/**
 * Typed yuan ("1,234.56", "１２３４", "¥ 50") to fen as a decimal string ("123456"), exactly (string
 * arithmetic through bigint, never a float); null when it is not an amount with at most two decimals.
 */
export function yuanToFen(typed: string | null | undefined): string | null {
  if (typed == null) return null;
  const text = typed
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s¥￥]/g, '');
  if (text === '') return null;
  try {
    return parseCny(text).toString();
  } catch (error) {
    if (error instanceof MoneyFormatError) return null;
    throw error;
  }
}

/** Fen as a decimal string to plain yuan for an input ("123456" → "1234.56"); '' for no amount. */
export function fenToYuan(fen: string | null | undefined): string {
  if (fen == null || !/^-?\d+$/.test(fen)) return '';
  return formatCny(BigInt(fen), { symbol: false }).replace(/,/g, '');
}

/** A voucher's unspent share of its face value, 0..100 for a progress bar (integer arithmetic). */
export function balancePercent(balanceFen: string, faceValueFen: string): number {
  const face = BigInt(faceValueFen);
  if (face <= 0n) return 0;
  const percent = Number((BigInt(balanceFen) * 1000n) / face) / 10;
  return Math.max(0, Math.min(100, percent));
}

/** Basis points as a percentage for display: 5000 → 50, 3333 → 33.33. */
export function basisPointsToPercent(basisPoints: number): number {
  return basisPoints / 100;
}

/** The last day a voucher may be used, for "valid until": its end is exclusive, so the instant before it. */
export function lastValidInstant(validUntil: string): string {
  const end = new Date(validUntil).getTime();
  return Number.isNaN(end) ? validUntil : new Date(end - 1).toISOString();
}
