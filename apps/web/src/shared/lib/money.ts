import { formatCny } from '@suanli/domain';

/** The API sends fen as a decimal string so no amount ever passes through a float. */
export function formatFen(fen: string | null | undefined): string {
  if (fen == null || !/^-?\d+$/.test(fen)) return '—';
  return formatCny(BigInt(fen));
}

export function isZeroFen(fen: string | null | undefined): boolean {
  return fen != null && /^-?0+$/.test(fen);
}
