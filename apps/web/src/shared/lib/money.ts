import type { Language } from '../../i18n/languages';
import { formatFen as formatFenIn } from '../format/format';

/** The API sends fen as a decimal string so no amount ever passes through a float. */
export function formatFen(fen: string | null | undefined, locale: Language = 'zh-CN'): string {
  return formatFenIn(fen, locale);
}

export function isZeroFen(fen: string | null | undefined): boolean {
  return fen != null && /^-?0+$/.test(fen);
}
