import { checkTermSheet, deriveEquity, planTranches, RELEASE_KINDS, WHOLE_BASIS_POINTS } from '@suanli/domain';
import type { DerivedEquity, PlannedTranche, ReleaseCondition, ReleaseKind, TermSheetProblem, TermSheetTerms } from '@suanli/domain';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { TermSheetTermsFieldsFragment, TermSheetTermsInput } from '../../gql/graphql';
import { fenToYuan, yuanToFen } from '../../shared/lib/money';

dayjs.extend(utc);
dayjs.extend(timezone);

const SHANGHAI = 'Asia/Shanghai';

export { RELEASE_KINDS };

/** One row of the editor's tranche table; every field is text as typed, the kind decides which one counts. */
export interface TrancheFormValues {
  percent?: string;
  kind?: ReleaseKind;
  /** PREVIOUS_DRAWN: percent of the previous tranche's credit. */
  threshold?: string;
  /** STAGE_REACHED. */
  stage?: string;
  /** DATE: a Shanghai calendar day, YYYY-MM-DD; released from 00:00 that day. */
  date?: string;
  /** MILESTONE_ACCEPTED. */
  milestoneKey?: string;
}

/** The editor's values as typed: amounts in yuan, percentages in percent, dates as Shanghai days. */
export interface TermFormValues {
  credit?: string;
  preMoney?: string;
  preShares?: string;
  shareClass?: string;
  /** The last Shanghai day the credit may be drawn (YYYY-MM-DD); it expires at 24:00 that day. */
  expiresOn?: string;
  buyBack?: boolean;
  buyBackMonths?: string;
  buyBackPremium?: string;
  tranches?: TrancheFormValues[];
}

/**
 * Percent with at most two decimals to basis points, exactly ("12.5" → 1250n); null when not such
 * a number. Basis points are hundredths of a percent as fen are hundredths of a yuan, so the
 * money parser (string arithmetic, never a float) does the work.
 */
export function percentToBasisPoints(typed: string | null | undefined): bigint | null {
  const fen = yuanToFen(typed?.replace(/[%％]/g, ''));
  return fen === null ? null : BigInt(fen);
}

/** Basis points back to percent for an input: 1250 → "12.5". */
export function basisPointsToPercentText(basisPoints: number | bigint): string {
  const text = fenToYuan(String(basisPoints));
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A whole number of shares, grouping allowed ("7,000,000"); null when not a whole number. */
export function parseShares(typed: string | null | undefined): bigint | null {
  const text = (typed ?? '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  return /^\d+$/.test(text) ? BigInt(text) : null;
}

function parseWhole(typed: string | null | undefined): number | null {
  const text = (typed ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** 00:00 Asia/Shanghai of a YYYY-MM-DD day; an invalid Date when the day is not one. */
function shanghaiMidnight(day: string | undefined): Date {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return new Date(Number.NaN);
  const parsed = dayjs.tz(day, SHANGHAI);
  return parsed.isValid() ? parsed.toDate() : new Date(Number.NaN);
}

/** The Shanghai day of an instant, YYYY-MM-DD. */
function shanghaiDay(iso: string): string {
  return dayjs.utc(iso).tz(SHANGHAI).format('YYYY-MM-DD');
}

/** The credit of `expiresOn` may be drawn all that Shanghai day: it expires at 00:00 of the next. */
function expiryOf(expiresOn: string | undefined): Date {
  const midnight = shanghaiMidnight(expiresOn);
  return Number.isNaN(midnight.getTime()) ? midnight : dayjs(midnight).tz(SHANGHAI).add(1, 'day').toDate();
}

function releaseOf(row: TrancheFormValues): ReleaseCondition | null {
  switch (row.kind ?? 'ON_SIGNING') {
    case 'ON_SIGNING':
      return { kind: 'ON_SIGNING' };
    case 'PREVIOUS_DRAWN': {
      const threshold = percentToBasisPoints(row.threshold);
      return threshold === null ? null : { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: threshold };
    }
    case 'STAGE_REACHED':
      return { kind: 'STAGE_REACHED', stage: row.stage ?? '' };
    case 'DATE':
      return { kind: 'DATE', at: shanghaiMidnight(row.date) };
    case 'MILESTONE_ACCEPTED':
      return { kind: 'MILESTONE_ACCEPTED', milestoneKey: (row.milestoneKey ?? '').trim() };
  }
  return null;
}

/**
 * The terms the form describes, or null while a number is not yet a number (the field's own rule
 * says so): the calculator and the mutation both start from this, so what is shown is what is sent.
 */
export function termsOfForm(values: TermFormValues): TermSheetTerms | null {
  const creditFen = yuanToFen(values.credit);
  const preMoneyFen = yuanToFen(values.preMoney);
  const preShares = parseShares(values.preShares);
  if (creditFen === null || preMoneyFen === null || preShares === null) return null;
  const tranches = [];
  for (const row of values.tranches ?? []) {
    const percent = percentToBasisPoints(row.percent);
    const release = releaseOf(row);
    if (percent === null || release === null) return null;
    tranches.push({ percentBasisPoints: percent, release });
  }
  let buyBack: TermSheetTerms['buyBack'] = null;
  if (values.buyBack) {
    const months = parseWhole(values.buyBackMonths);
    const premium = percentToBasisPoints(values.buyBackPremium);
    if (months === null || premium === null) return null;
    buyBack = { months, premiumBasisPoints: premium };
  }
  return {
    creditFen: BigInt(creditFen),
    preMoneyValuationFen: BigInt(preMoneyFen),
    preMoneyFullyDilutedShares: preShares,
    shareClass: (values.shareClass ?? '').trim(),
    tranches,
    creditExpiresAt: expiryOf(values.expiresOn),
    buyBack,
  };
}

/** What the live calculator shows: the figures when the maths can run, and every problem checkTermSheet finds. */
export interface Calculation {
  terms: TermSheetTerms | null;
  derived: DerivedEquity | null;
  tranches: PlannedTranche[];
  problems: TermSheetProblem[];
}

/** The calculator, in the browser, with the same functions (exact bigint) the API signs with. */
export function calculate(values: TermFormValues, now: Date = new Date()): Calculation {
  const terms = termsOfForm(values);
  if (!terms) return { terms: null, derived: null, tranches: [], problems: [] };
  const problems = checkTermSheet(terms, now);
  let derived: DerivedEquity | null = null;
  let tranches: PlannedTranche[] = [];
  try {
    // The centre's equity does not depend on the tranches: show it while they do not add up yet.
    derived = deriveEquity({ ...terms, tranches: [{ percentBasisPoints: WHOLE_BASIS_POINTS, release: { kind: 'ON_SIGNING' } }] });
  } catch {
    // A zero valuation or share count: the problems say which.
  }
  try {
    tranches = planTranches(terms);
  } catch {
    // Tranches not adding up to 100 %: the problems say so.
  }
  return { terms, derived, tranches, problems };
}

/** The mutation's input for the terms: bigints as decimal strings (basis points fit an Int), instants as ISO-8601. */
export function toTermsInput(terms: TermSheetTerms): TermSheetTermsInput {
  return {
    creditFen: terms.creditFen.toString(),
    preMoneyValuationFen: terms.preMoneyValuationFen.toString(),
    preMoneyFullyDilutedShares: terms.preMoneyFullyDilutedShares.toString(),
    shareClass: terms.shareClass,
    creditExpiresAt: terms.creditExpiresAt.toISOString(),
    buyBack: terms.buyBack ? { months: terms.buyBack.months, premiumBasisPoints: Number(terms.buyBack.premiumBasisPoints) } : null,
    tranches: terms.tranches.map(({ percentBasisPoints, release }) => ({
      percentBasisPoints: Number(percentBasisPoints),
      release:
        release.kind === 'PREVIOUS_DRAWN'
          ? { kind: release.kind, thresholdBasisPoints: Number(release.thresholdBasisPoints) }
          : release.kind === 'STAGE_REACHED'
            ? { kind: release.kind, stage: release.stage }
            : release.kind === 'DATE'
              ? { kind: release.kind, at: release.at.toISOString() }
              : release.kind === 'MILESTONE_ACCEPTED'
                ? { kind: release.kind, milestoneKey: release.milestoneKey }
                : { kind: release.kind },
    })),
  };
}

/** A new sheet's starting point: one tranche of 100 % on signing, credit for a year, no buy-back. */
export function blankForm(now: Date = new Date()): TermFormValues {
  return {
    shareClass: '',
    expiresOn: dayjs(now).tz(SHANGHAI).add(1, 'year').format('YYYY-MM-DD'),
    buyBack: false,
    buyBackMonths: '36',
    buyBackPremium: '8',
    tranches: [{ percent: '100', kind: 'ON_SIGNING' }],
  };
}

/** The editor prefilled with a version's terms, for a counter-offer. */
export function formOfTerms(terms: TermSheetTermsFieldsFragment): TermFormValues {
  const expiry = dayjs.utc(terms.creditExpiresAt).tz(SHANGHAI).subtract(1, 'day');
  return {
    credit: fenToYuan(terms.creditFen),
    preMoney: fenToYuan(terms.preMoneyValuationFen),
    preShares: terms.preMoneyFullyDilutedShares,
    shareClass: terms.shareClass,
    // An expiry at a Shanghai midnight (as this editor sets it) shows as the day before, the last day of use.
    expiresOn: expiry.format('HH:mm:ss') === '00:00:00' ? expiry.format('YYYY-MM-DD') : shanghaiDay(terms.creditExpiresAt),
    buyBack: terms.buyBack !== null,
    buyBackMonths: String(terms.buyBack?.months ?? 36),
    buyBackPremium: basisPointsToPercentText(terms.buyBack?.premiumBasisPoints ?? 800),
    tranches: terms.tranches.map(({ percentBasisPoints, release }) => ({
      percent: basisPointsToPercentText(percentBasisPoints),
      kind: release.kind,
      threshold: release.thresholdBasisPoints == null ? undefined : basisPointsToPercentText(release.thresholdBasisPoints),
      stage: release.stage ?? undefined,
      date: release.at ? shanghaiDay(release.at) : undefined,
      milestoneKey: release.milestoneKey ?? undefined,
    })),
  };
}

/** The part of the editor each problem is shown beside. */
export type ProblemPlace = 'credit' | 'preMoney' | 'preShares' | 'shareClass' | 'tranches' | 'expiresOn' | 'buyBack';

const PROBLEM_PLACES: Record<TermSheetProblem, ProblemPlace> = {
  VALUATION_NOT_POSITIVE: 'preMoney',
  CREDIT_NOT_POSITIVE: 'credit',
  CREDIT_EXCEEDS_VALUATION: 'credit',
  SHARES_NOT_POSITIVE: 'preShares',
  SHARE_CLASS_BLANK: 'shareClass',
  SHARE_CLASS_TOO_LONG: 'shareClass',
  NO_TRANCHES: 'tranches',
  TRANCHE_NOT_POSITIVE: 'tranches',
  TRANCHES_NOT_100_PERCENT: 'tranches',
  FIRST_TRANCHE_NEEDS_NO_PREVIOUS: 'tranches',
  THRESHOLD_OUT_OF_RANGE: 'tranches',
  UNKNOWN_STAGE: 'tranches',
  MILESTONE_KEY_BLANK: 'tranches',
  INVALID_DATE: 'expiresOn',
  EXPIRY_IN_PAST: 'expiresOn',
  RELEASE_AFTER_EXPIRY: 'tranches',
  BUY_BACK_OUT_OF_RANGE: 'buyBack',
  TRANCHE_TOO_SMALL: 'tranches',
};

/** The problems to show beside one part of the editor, in checkTermSheet's order. */
export function problemsAt(problems: readonly TermSheetProblem[], place: ProblemPlace): TermSheetProblem[] {
  return problems.filter((problem) => PROBLEM_PLACES[problem] === place);
}

/** The editor field an API userError's input path points at (["input","terms","creditFen"] → credit). */
export function termFieldOf(apiField: string | undefined): string | undefined {
  const fields: Record<string, string> = {
    creditFen: 'credit',
    preMoneyValuationFen: 'preMoney',
    preMoneyFullyDilutedShares: 'preShares',
    shareClass: 'shareClass',
    creditExpiresAt: 'expiresOn',
    // Not a form field (the picker sits above the form): kept so the message can name the project's open sheet.
    projectId: 'projectId',
  };
  return apiField ? fields[apiField] : undefined;
}

/** "10.00%": basis points exactly, two decimals, no float. */
export function formatBasisPoints(basisPoints: bigint | number | string): string {
  const bp = BigInt(basisPoints);
  const sign = bp < 0n ? '-' : '';
  const abs = bp < 0n ? -bp : bp;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}%`;
}

/** "7,000,000": a share count (bigint or decimal string), grouped, exact. */
export function formatShares(shares: bigint | string, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale).format(BigInt(shares));
}
