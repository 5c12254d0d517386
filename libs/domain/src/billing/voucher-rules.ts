import type { Fen } from '../money/money.js';
import { INDUSTRIES, ORGANISATION_KINDS } from '../organisation/organisation-kind.js';
import { CENTRE_KIND } from '../organisation/tenancy.js';
import { billingPeriod } from './billing-period.js';

export const VOUCHER_PROBLEMS = [
  'PROGRAMME_NOT_OPEN',
  'BELOW_MINIMUM_CLAIM',
  'OVER_ORGANISATION_CAP',
  'OVER_PROGRAMME_BUDGET',
  'NOT_ELIGIBLE_KIND',
  'NOT_ELIGIBLE_INDUSTRY',
  'RELATED_PARTY',
  'INVALID_AMOUNT',
] as const;
export type VoucherProblem = (typeof VOUCHER_PROBLEMS)[number];

export interface VoucherProgrammeTerms {
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  budgetFen: bigint;
  committedFen: bigint;
  coverageBasisPoints: bigint;
  perOrganisationCapFen: bigint;
  minimumClaimFen: bigint;
  validityMonths: number;
  eligibleKinds: readonly string[];
  eligibleIndustries: readonly string[] /* empty = any */;
  settlement: 'MONTHLY' | 'QUARTERLY';
}
export interface VoucherApplicant {
  kind: string;
  industry: string | null;
  relatedParty: boolean;
  grantedThisProgrammeFen: bigint;
}

/**
 * Problems with granting `amountFen` (for an application, or an approval of a possibly lower
 * amount). Empty = allowed. Listed in VOUCHER_PROBLEMS order so messages are stable. A
 * non-positive amount reports only INVALID_AMOUNT: the limits cannot be judged on it.
 * The centre never receives its own vouchers (it is the one subsidising), whatever the terms list.
 */
export function voucherProblems(amountFen: Fen, programme: VoucherProgrammeTerms, applicant: VoucherApplicant): VoucherProblem[] {
  const found = new Set<VoucherProblem>();
  if (programme.status !== 'OPEN') found.add('PROGRAMME_NOT_OPEN');
  if (amountFen <= 0n) {
    found.add('INVALID_AMOUNT');
  } else {
    if (amountFen < programme.minimumClaimFen) found.add('BELOW_MINIMUM_CLAIM');
    if (applicant.grantedThisProgrammeFen + amountFen > programme.perOrganisationCapFen) found.add('OVER_ORGANISATION_CAP');
    if (programme.committedFen + amountFen > programme.budgetFen) found.add('OVER_PROGRAMME_BUDGET');
  }
  if (applicant.kind === CENTRE_KIND || !programme.eligibleKinds.includes(applicant.kind)) found.add('NOT_ELIGIBLE_KIND');
  const industries = programme.eligibleIndustries;
  if (industries.length > 0 && (applicant.industry === null || !industries.includes(applicant.industry)))
    found.add('NOT_ELIGIBLE_INDUSTRY');
  if (applicant.relatedParty) found.add('RELATED_PARTY');
  return VOUCHER_PROBLEMS.filter((problem) => found.has(problem));
}

export const PROGRAMME_TERM_PROBLEMS = [
  'COVERAGE_OUT_OF_RANGE',
  'BUDGET_NOT_POSITIVE',
  'CAP_NOT_POSITIVE',
  'CAP_ABOVE_BUDGET',
  'MINIMUM_NEGATIVE',
  'MINIMUM_ABOVE_CAP',
  'VALIDITY_OUT_OF_RANGE',
  'NO_ELIGIBLE_KINDS',
  'UNKNOWN_KIND',
  'CENTRE_NOT_ELIGIBLE',
  'UNKNOWN_INDUSTRY',
] as const;
export type ProgrammeTermProblem = (typeof PROGRAMME_TERM_PROBLEMS)[number];

const MAX_VALIDITY_MONTHS = 36;

/** Problems with terms a centre admin is about to save; empty = the terms are coherent. */
export function checkProgrammeTerms(terms: Omit<VoucherProgrammeTerms, 'status' | 'committedFen'>): ProgrammeTermProblem[] {
  const problems: ProgrammeTermProblem[] = [];
  if (terms.coverageBasisPoints < 1n || terms.coverageBasisPoints > 10000n) problems.push('COVERAGE_OUT_OF_RANGE');
  if (terms.budgetFen <= 0n) problems.push('BUDGET_NOT_POSITIVE');
  if (terms.perOrganisationCapFen <= 0n) problems.push('CAP_NOT_POSITIVE');
  if (terms.perOrganisationCapFen > terms.budgetFen) problems.push('CAP_ABOVE_BUDGET');
  if (terms.minimumClaimFen < 0n) problems.push('MINIMUM_NEGATIVE');
  if (terms.minimumClaimFen > terms.perOrganisationCapFen) problems.push('MINIMUM_ABOVE_CAP');
  const validity = terms.validityMonths;
  if (!Number.isInteger(validity) || validity < 1 || validity > MAX_VALIDITY_MONTHS) problems.push('VALIDITY_OUT_OF_RANGE');
  if (terms.eligibleKinds.length === 0) problems.push('NO_ELIGIBLE_KINDS');
  if (terms.eligibleKinds.some((kind) => !(ORGANISATION_KINDS as readonly string[]).includes(kind))) problems.push('UNKNOWN_KIND');
  if (terms.eligibleKinds.includes(CENTRE_KIND)) problems.push('CENTRE_NOT_ELIGIBLE');
  if (terms.eligibleIndustries.some((industry) => !(INDUSTRIES as readonly string[]).includes(industry))) problems.push('UNKNOWN_INDUSTRY');
  return problems;
}

export interface SettlementPeriod {
  label: string /* '2026-Q1' or '2026-03' */;
  start: Date;
  end: Date;
}

/** Settlement periods of a programme year in Shanghai time: 12 months or 4 quarters, built from billing months so they tile exactly. */
export function settlementPeriods(year: number, settlement: 'MONTHLY' | 'QUARTERLY'): SettlementPeriod[] {
  const month = (index: number) => billingPeriod(`${String(year).padStart(4, '0')}-${String(index + 1).padStart(2, '0')}`);
  if (settlement === 'MONTHLY') return Array.from({ length: 12 }, (_, i) => ({ label: month(i).month, start: month(i).start, end: month(i).end }));
  return Array.from({ length: 4 }, (_, q) => ({ label: `${year}-Q${q + 1}`, start: month(q * 3).start, end: month(q * 3 + 2).end }));
}
