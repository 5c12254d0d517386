import type { TFunction } from 'i18next';
import type { Format } from '../../shared/format/use-format';
import { formatBasisPoints, formatShares } from './term-form';

/** A release condition as the API sends it (only the field its kind needs is set). */
export interface ReleaseLike {
  kind: string;
  thresholdBasisPoints?: number | bigint | null;
  stage?: string | null;
  at?: string | Date | null;
  milestoneKey?: string | null;
}

/** "上一期已用 80.00%", "2027-06-01 00:00 起"…: a tranche's release condition in words. */
export function releaseText(release: ReleaseLike, t: TFunction, format: Format): string {
  const at = release.at instanceof Date ? (Number.isNaN(release.at.getTime()) ? null : release.at.toISOString()) : release.at;
  return t(`equity.release.${release.kind}`, {
    percent: release.thresholdBasisPoints == null ? '—' : formatBasisPoints(release.thresholdBasisPoints),
    stage: release.stage ? t(`enums.ProjectStage.${release.stage}`, { defaultValue: release.stage }) : '—',
    date: at ? format.zonedDateTime(at) : '—',
    key: release.milestoneKey ?? '—',
  });
}

/** The leaf name of a diff path without its tranche: 'tranches[1].release.kind' → 'release.kind'. */
function leafOf(field: string): { tranche: number | null; leaf: string } {
  const match = /^tranches\[(\d+)\]\.(.+)$/.exec(field);
  return match ? { tranche: Number(match[1]), leaf: match[2]! } : { tranche: null, leaf: field };
}

/** A diff's field path for people: 'tranches[1].release.kind' → '第 2 期 · 释放条件'. */
export function changeLabel(field: string, t: TFunction): string {
  const { tranche, leaf } = leafOf(field);
  const label = t(`equity.diffField.${leaf}`, { defaultValue: leaf });
  return tranche === null ? label : `${t('equity.field.trancheNo', { n: tranche + 1 })} · ${label}`;
}

/**
 * One side of a diff for people: money as CNY, basis points as percent, instants in Asia/Shanghai,
 * enums translated; '' (the field is absent on that side) as a dash and 'null' (no buy-back) as none.
 */
export function changeValue(field: string, value: string, t: TFunction, format: Format): string {
  if (value === '') return t('equity.detail.absent');
  if (value === 'null') return t('equity.detail.none');
  const { leaf } = leafOf(field);
  if (/Fen$/.test(leaf)) return format.fen(value);
  if (/BasisPoints$/.test(leaf)) return formatBasisPoints(value);
  if (leaf === 'preMoneyFullyDilutedShares') return formatShares(value, format.locale);
  if (leaf === 'creditExpiresAt' || leaf === 'release.at') return format.zonedDateTime(value);
  if (leaf === 'release.kind') return t(`equity.releaseKind.${value}`, { defaultValue: value });
  if (leaf === 'release.stage') return t(`enums.ProjectStage.${value}`, { defaultValue: value });
  if (leaf === 'buyBack.months') return t('equity.diffField.months', { count: Number(value) });
  return value;
}
