import type { Language } from '../../i18n/languages';

/**
 * The one place numbers, money, card-hours and times are turned into text, in the reader's locale
 * (Intl), so a screen never hard-codes `en-US` or a separator. Pure: the locale is an argument;
 * components get these bound to the current language from `useFormat()`.
 */

/** The centre is in Chengdu: every time is shown in China Standard Time whatever the browser's zone. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Grouped, at most `fractionDigits` decimals: 16,955.8 */
export function formatNumber(value: number, locale: Language, fractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

const CARD_HOURS_UNIT: Record<Language, string> = { 'zh-CN': '卡时', en: 'card-h' };

/** "208.2 卡时" / "208.2 card-h" (the number alone for a column headed by the unit: formatNumber). */
export function formatCardHours(value: number, locale: Language): string {
  return `${formatNumber(value, locale)} ${CARD_HOURS_UNIT[locale]}`;
}

/** "1,200 / 1,264": a part of a whole, both grouped, spaced alike. */
export function formatRatio(part: number, whole: number, locale: Language): string {
  return `${formatNumber(part, locale, 0)} / ${formatNumber(whole, locale, 0)}`;
}

/** A share (0.953 → "95.3%"). */
export function formatPercent(ratio: number, locale: Language, fractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(ratio);
}

/**
 * CNY from integer fen, exact at any size: the amount reaches Intl as a decimal string, never as a
 * float (the API sends fen as a decimal string for the same reason). "¥1,234.56"; '—' for no amount.
 */
export function formatFen(fen: string | bigint | null | undefined, locale: Language): string {
  const text = typeof fen === 'bigint' ? fen.toString() : fen;
  if (text == null || !/^-?\d+$/.test(text)) return '—';
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '').padStart(3, '0');
  const decimal = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
  return numberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(decimal);
}

const TIME_ZONE_LABEL: Record<Language, string> = { 'zh-CN': '北京时间', en: 'China time (UTC+8)' };

/** What the times on screen are in, for a column header or a footnote. */
export function timeZoneLabel(locale: Language): string {
  return TIME_ZONE_LABEL[locale];
}

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** `2026-11-25 22:38` in Asia/Shanghai: one numeric shape in both languages, so columns line up. */
export function formatDateTime(iso: string | null | undefined): string {
  const p = iso ? shanghaiParts(iso) : undefined;
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

/** `11-25 22:38`: for dense places like board cards, with the full time in a tooltip. */
export function formatShortDateTime(iso: string | null | undefined): string {
  const p = iso ? shanghaiParts(iso) : undefined;
  return p ? `${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

export function formatDate(iso: string | null | undefined): string {
  const p = iso ? shanghaiParts(iso) : undefined;
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** `2026-11-25 22:38 北京时间`: a time that stands alone, labelled with its zone. */
export function formatZonedDateTime(iso: string | null | undefined, locale: Language): string {
  const text = formatDateTime(iso);
  return text === '—' ? text : `${text} ${timeZoneLabel(locale)}`;
}
