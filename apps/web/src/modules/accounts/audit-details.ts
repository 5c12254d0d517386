import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import { formatZonedDateTime } from '../../shared/format/format';

/** Detail values that are codes of a schema enum, shown by their label. */
const ENUM_OF: Record<string, string> = {
  role: 'Role',
  fromRole: 'Role',
  toRole: 'Role',
  kind: 'OrganisationKind',
  industry: 'Industry',
  sensitivityTier: 'SensitivityTier',
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function value(key: string, raw: unknown, t: TFunction, locale: Language): string {
  if (raw === null || raw === undefined || raw === '') return t('common.none');
  if (Array.isArray(raw)) return raw.map((item) => value(key, item, t, locale)).join(', ');
  if (typeof raw !== 'string') return String(raw);
  if (ENUM_OF[key]) return t(`enums.${ENUM_OF[key]}.${raw}`, { defaultValue: raw });
  if (key === 'reason') return t(`audit.reasons.${raw}`, { defaultValue: raw });
  if (ISO_TIME.test(raw)) return formatZonedDateTime(raw, locale);
  return raw;
}

/**
 * An audit entry's details as the reader's words ("角色：孵化经理 · 邮箱：…"), not raw JSON: keys and
 * codes are translated, times shown in Asia/Shanghai, internal ids left out (the row names the
 * organisation; an id means nothing to a reader).
 */
export function describeAuditDetails(json: string, t: TFunction, locale: Language): string {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const separator = t('common.detailSeparator', { defaultValue: '：' });
  return Object.entries(details)
    .filter(([key]) => !/Id$/.test(key))
    .map(([key, raw]) => `${t(`audit.detailKeys.${key}`, { defaultValue: key })}${separator}${value(key, raw, t, locale)}`)
    .join(' · ');
}
