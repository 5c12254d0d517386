import { formatCny, type Fen } from '@suanli/domain';

/** Billing documents show every time in the data centre's zone, labelled as such. */
export const DOCUMENT_TIME_ZONE = 'Asia/Shanghai';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: DOCUMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

export interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** '+08:00' */
  offset: string;
}

/** The instant's wall clock in Asia/Shanghai, from Intl (no hand-written offset). */
export function shanghaiWallClock(at: Date): WallClock {
  const parts = PARTS.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const zone = part('timeZoneName'); // 'GMT+08:00' ('GMT' for a zero offset)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    offset: zone === 'GMT' ? '+00:00' : zone.replace('GMT', ''),
  };
}

/** '2026-12-01 09:30' (Shanghai), for people; the caller appends the zone label. */
export function shanghaiMinute(at: Date): string {
  const c = shanghaiWallClock(at);
  return `${c.year}-${c.month}-${c.day} ${c.hour}:${c.minute}`;
}

/** '2026-12-01' (Shanghai). */
export function shanghaiDate(at: Date): string {
  const c = shanghaiWallClock(at);
  return `${c.year}-${c.month}-${c.day}`;
}

/** '2026-12-01T09:30:00+08:00', for machines (CSV). */
export function shanghaiIso(at: Date): string {
  const c = shanghaiWallClock(at);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}:${c.second}${c.offset}`;
}

/**
 * The Shanghai wall clock as a Date whose UTC fields carry it. Spreadsheet date cells have no
 * zone; exceljs writes a Date's UTC fields, so the cell shows Shanghai time.
 */
export function shanghaiWallClockDate(at: Date): Date {
  const c = shanghaiWallClock(at);
  return new Date(Date.UTC(+c.year, +c.month - 1, +c.day, +c.hour, +c.minute, +c.second, at.getUTCMilliseconds()));
}

/** '1234.56' / '-0.05': exact, no symbol, no grouping (machine-readable). */
export function plainYuan(fen: Fen): string {
  return formatCny(fen, { symbol: false }).replaceAll(',', '');
}

/** Card-seconds as card-hours with two decimals, rounded half away from zero, exactly (bigint). */
export function formatCardHours(cardSeconds: bigint): string {
  const negative = cardSeconds < 0n;
  const abs = negative ? -cardSeconds : cardSeconds;
  const hundredths = (abs * 100n + 1800n) / 3600n;
  const whole = formatInteger(hundredths / 100n);
  const decimals = (hundredths % 100n).toString().padStart(2, '0');
  return `${negative && hundredths > 0n ? '-' : ''}${whole}.${decimals}`;
}

/** An integer with thousands separators: '44,460'. */
export function formatInteger(value: bigint): string {
  return value.toLocaleString('en-US');
}
