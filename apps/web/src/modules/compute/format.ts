import type { TFunction } from 'i18next';

/** A time limit in seconds as hours (or minutes under an hour): "4 小时" / "4 h". */
export function formatDuration(seconds: number, t: TFunction): string {
  if (seconds < 3600) return t('compute.minutes', { count: Math.round(seconds / 60) });
  const hours = Math.round((seconds / 3600) * 10) / 10;
  return t('compute.hours', { count: hours });
}

/** Time left until `endsAt` (ISO), as "3 小时 12 分" / "3 h 12 min". */
export function formatRemaining(endsAt: string | null | undefined, now: number, t: TFunction): string {
  if (!endsAt) return '—';
  const left = Math.max(0, Math.round((Date.parse(endsAt) - now) / 60_000));
  const hours = Math.floor(left / 60);
  const minutes = left % 60;
  return hours > 0 ? t('compute.remainingHours', { hours, minutes }) : t('compute.remainingMinutes', { minutes });
}
