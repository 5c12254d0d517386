import { parseCny } from '@suanli/domain';

/** Typed yuan ("1234.56", "1,234.5") → fen as a decimal string ("123456"); null when it is not an amount. Exact: never a float. */
export function yuanToFen(text: string | null | undefined): string | null {
  if (text == null) return null;
  const cleaned = text.replace(/[,，\s¥￥]/g, '');
  if (cleaned === '') return null;
  try {
    return parseCny(cleaned).toString();
  } catch {
    return null;
  }
}

/** Fen as a decimal string → yuan for an input ("123456" → "1234.56"); '' for no amount. */
export function fenToYuan(fen: string | null | undefined): string {
  if (fen == null || !/^-?\d+$/.test(fen)) return '';
  const negative = fen.startsWith('-');
  const digits = (negative ? fen.slice(1) : fen).replace(/^0+(?=\d)/, '').padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** An antd form rule: a positive amount in yuan with at most two decimals. */
export function isPositiveYuan(text: string | null | undefined): boolean {
  const fen = yuanToFen(text);
  return fen !== null && !fen.startsWith('-') && !/^0+$/.test(fen);
}

/** The month before `now`'s month in Asia/Shanghai, as YYYY-MM (the default month to bill). */
export function previousShanghaiMonth(now: Date = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth(); // 0-based: the current month's index is the previous month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

/** A local "YYYY-MM-DD HH:mm" read as Asia/Shanghai time → ISO UTC. */
export function shanghaiToIso(date: string, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh - 8, mm)).toISOString();
}

/** Basis points as a percent: 1500 → 15 (the discount column). */
export function basisPointsToPercent(basisPoints: number | null | undefined): number | null {
  return basisPoints == null ? null : basisPoints / 100;
}
