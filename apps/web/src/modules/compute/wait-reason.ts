import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { DISPLAY_TIME_ZONE } from '../../shared/lib/datetime';

export interface WaitReasonLike {
  code: string;
  /** The API's JSON object, or the scheduler's own object (the what-if). */
  params: string | Record<string, string | number>;
}

/** Params that are epoch seconds, shown as Asia/Shanghai times. */
const TIME_PARAMS = ['until', 'earliestStartS', 'preemptAtS'] as const;
/** Params that are counts shown with thousands separators (12,300 card-hours). */
const COUNT_PARAMS = ['usedCardHours'] as const;
/** Reasons that address the requester ("your organisation"); staff read them about "the organisation". */
const STAFF_WORDING = new Set(['OVER_FAIR_SHARE', 'ORG_QUOTA_REACHED', 'NOT_BEFORE_EARLIEST_START']);

function paramsOf(reason: WaitReasonLike): Record<string, string | number> {
  if (typeof reason.params !== 'string') return reason.params;
  try {
    const parsed: unknown = JSON.parse(reason.params);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string | number>) : {};
  } catch {
    return {};
  }
}

/** The i18n key for a reason: a request smaller than a domain waits for cards, not for "a free 8-card domain". */
export function waitReasonKey(code: string, params: Record<string, string | number>, staff: boolean): string {
  if (code === 'NO_DOMAIN_FREE') {
    const base = Number(params['cards']) < Number(params['domainSize']) ? 'NO_CARDS_FREE' : 'NO_DOMAIN_FREE';
    return `compute.wait.${base}${params['until'] != null ? '_UNTIL' : ''}`;
  }
  return staff && STAFF_WORDING.has(code) ? `compute.waitStaff.${code}` : `compute.wait.${code}`;
}

/** Why a request waits, in the reader's language, from the scheduler's code and parameters. */
export function describeWait(reason: WaitReasonLike, t: TFunction, staff = false): string {
  const params = paramsOf(reason);
  const values: Record<string, string | number> = { ...params };
  for (const name of COUNT_PARAMS) {
    if (params[name] != null) values[name] = Math.round(Number(params[name])).toLocaleString('en');
  }
  for (const name of TIME_PARAMS) {
    if (params[name] != null) values[`${name}Time`] = dayjs.unix(Number(params[name])).tz(DISPLAY_TIME_ZONE).format('MM-DD HH:mm');
  }
  return t(waitReasonKey(reason.code, params, staff), { ...values, defaultValue: t('compute.wait.UNKNOWN', { code: reason.code }) });
}
