import type { WaitReason } from '../model/types.js';
import { MESSAGES, STAFF_MESSAGES, type Audience, type Locale } from './messages.js';

/** Default clock format: HH:MM in UTC; the web app passes an Asia/Shanghai formatter. */
export function formatUtcClock(s: number): string {
  const day = 86_400;
  const t = ((Math.floor(s) % day) + day) % day;
  const hh = String(Math.floor(t / 3600)).padStart(2, '0');
  const mm = String(Math.floor((t % 3600) / 60)).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** The reason a request waits, in plain words: to its requester by default, or to the centre's staff. */
export function explainWait(
  reason: WaitReason,
  locale: Locale,
  formatTime: (s: number) => string = formatUtcClock,
  audience: Audience = 'requester',
): string {
  const table = MESSAGES[locale] ?? MESSAGES.en;
  const template = (audience === 'staff' ? STAFF_MESSAGES[locale]?.[reason.code] : undefined) ?? table[reason.code];
  if (!template) return locale === 'zh-CN' ? `等待（${reason.code}）` : `waiting (${reason.code})`;
  return template(reason.params, formatTime);
}
