import { formatCny, MoneyFormatError, parseCny } from '@suanli/domain';
import type { Language } from '../../i18n/languages';
import { formatFen as formatFenIn } from '../format/format';

/** The API sends fen as a decimal string so no amount ever passes through a float. */
export function formatFen(fen: string | null | undefined, locale: Language = 'zh-CN'): string {
  return formatFenIn(fen, locale);
}

export function isZeroFen(fen: string | null | undefined): boolean {
  return fen != null && /^-?0+$/.test(fen);
}

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

/** Basis points as a percentage for display: 5000 → 50, 3333 → 33.33; null stays null. */
export function basisPointsToPercent(basisPoints: number): number;
export function basisPointsToPercent(basisPoints: number | null | undefined): number | null;
export function basisPointsToPercent(basisPoints: number | null | undefined): number | null {
  return basisPoints == null ? null : basisPoints / 100;
}
