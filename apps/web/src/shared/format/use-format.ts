import { useMemo } from 'react';
import { useLocale } from '../i18n/use-locale';
import { formatCardHours, formatFen, formatNumber, formatPercent, formatRatio, formatZonedDateTime, timeZoneLabel } from './format';

/** What useFormat returns, for a helper that renders for a component (e.g. table columns). */
export type Format = ReturnType<typeof useFormat>;

/**
 * The formatting module bound to the reader's language. Card-hours inside a sentence or under a
 * heading that names the unit are `number` (one decimal, grouped); `cardHours` adds the unit.
 */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      number: (value: number, fractionDigits?: number) => formatNumber(value, locale, fractionDigits),
      cardHours: (value: number) => formatCardHours(value, locale),
      ratio: (part: number, whole: number) => formatRatio(part, whole, locale),
      percent: (ratio: number, fractionDigits?: number) => formatPercent(ratio, locale, fractionDigits),
      fen: (fen: string | bigint | null | undefined) => formatFen(fen, locale),
      zonedDateTime: (iso: string | null | undefined) => formatZonedDateTime(iso, locale),
      timeZone: timeZoneLabel(locale),
    }),
    [locale],
  );
}
