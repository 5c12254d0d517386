import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

/** The centre is in Chengdu: every time is shown in China Standard Time whatever the browser's zone. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

/** Formats an API timestamp (UTC ISO string) as `2026-11-25 22:38` in Asia/Shanghai. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm');
}

/** `11-25 22:38`: for dense places like board cards, with the full time in a tooltip. */
export function formatShortDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('MM-DD HH:mm');
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}

export function fromNow(iso: string, language: string): string {
  return dayjs.utc(iso).locale(language === 'en' ? 'en' : 'zh-cn').fromNow();
}
