import type { Language } from '../../i18n/languages';
import type { TagFamily } from './matchmaking-enums';

/** Something explained in both languages by the server (a score's reason, a capacity's period). */
export interface Bilingual { textZh: string; textEn: string }

/** The server's words in the reader's language. */
export const inLanguage = (locale: Language, zh: string, en: string) => (locale === 'en' ? en : zh);

export type MatchTagsValue = Record<TagFamily, readonly string[]>;

/**
 * Tags as the scorer compares them: lower-case slugs ("Remote sensing" → "remote-sensing"), each
 * once. The server normalises the same way; doing it here shows the reader what will be stored.
 */
export function normaliseTags(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.normalize('NFC').trim().toLowerCase().replace(/[\s_]+/g, '-')).filter(Boolean))].sort();
}

export function tagsInput(tags: Partial<Record<TagFamily, readonly string[] | null | undefined>>): Record<TagFamily, string[]> {
  return { industries: normaliseTags(tags.industries), technologies: normaliseTags(tags.technologies), stages: normaliseTags(tags.stages), regions: normaliseTags(tags.regions) };
}

/** How far the assignment's total is above the greedy baseline's: "+12 (+8.3 %)"; null without a baseline. */
export function aboveGreedy(total: number, greedy: number, locale: Language): { points: number; percent: string | null } {
  const points = total - greedy;
  if (greedy <= 0) return { points, percent: null };
  const ratio = points / greedy;
  return { points, percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio) };
}

/** A Shanghai day (YYYY-MM-DD) as the instant it starts, for availability bounds chosen by day. */
export const shanghaiDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/** Today in Asia/Shanghai as YYYY-MM-DD, whatever the browser's zone (a meeting's default day). */
export const shanghaiToday = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** The Shanghai day of an instant, YYYY-MM-DD (a stored availability bound shown in a day picker). */
export const shanghaiDayOf = (iso: string) => shanghaiToday(new Date(iso));

export interface FunnelRowLike { month: string; kind: string; proposed: number; accepted: number; met: number; deals: number }
export type FunnelStage = 'proposed' | 'accepted' | 'met' | 'deals';
export const FUNNEL_STAGES: readonly FunnelStage[] = ['proposed', 'accepted', 'met', 'deals'];

/** Sums the funnel's rows by one key (kind or month), keeping the keys in first-seen order. */
export function funnelBy(rows: readonly FunnelRowLike[], key: 'kind' | 'month'): { key: string; counts: Record<FunnelStage, number> }[] {
  const sums = new Map<string, Record<FunnelStage, number>>();
  for (const row of rows) {
    const sum = sums.get(row[key]) ?? { proposed: 0, accepted: 0, met: 0, deals: 0 };
    for (const stage of FUNNEL_STAGES) sum[stage] += row[stage];
    sums.set(row[key], sum);
  }
  return [...sums].map(([k, counts]) => ({ key: k, counts }));
}

export function funnelTotals(rows: readonly FunnelRowLike[]): Record<FunnelStage, number> {
  const total = { proposed: 0, accepted: 0, met: 0, deals: 0 };
  for (const row of rows) for (const stage of FUNNEL_STAGES) total[stage] += row[stage];
  return total;
}

/** The item a refusal of proposeIntroductions names (`field: ['items', '<i>', …]`), if any. */
export function refusedItem<Item>(field: readonly string[] | null | undefined, items: readonly Item[]): Item | undefined {
  if (field?.[0] !== 'items' || !/^\d+$/.test(field[1] ?? '')) return undefined;
  return items[Number(field[1])];
}
