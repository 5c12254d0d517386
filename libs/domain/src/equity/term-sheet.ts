import type { Fen } from '../money/money.js';

/**
 * A compute-for-equity (算力换股权) term sheet: the centre gives a startup's project compute credit
 * and receives equity in return. Money is integer fen, ratios are integer basis points
 * (1 bp = 0.01 %, 10000 bp = 100 %), share counts are whole numbers — all bigint, nothing a float.
 */
export interface TermSheetTerms {
  /** The compute credit the centre grants, in fen (CNY). */
  creditFen: Fen;
  /** The company's valuation before the centre's credit, in fen. */
  preMoneyValuationFen: Fen;
  /** All shares before the deal, counting options and convertibles as exercised. */
  preMoneyFullyDilutedShares: bigint;
  /** The class of the shares issued to the centre, e.g. 'A轮优先股' or 'Ordinary'. Free text, not blank. */
  shareClass: string;
  /** The credit and the centre's shares are released in these tranches, in order. */
  tranches: TrancheTerms[];
  /** Credit not drawn by this instant expires; nothing is drawable from then on. */
  creditExpiresAt: Date;
  /** The founders' option to buy the centre's shares back, or null when there is none. */
  buyBack: BuyBackTerms | null;
}

export interface TrancheTerms {
  /** This tranche's part of the credit and of the centre's shares, in basis points of the whole. */
  percentBasisPoints: bigint;
  release: ReleaseCondition;
}

/**
 * What releases a tranche (makes its credit drawable):
 * - ON_SIGNING: released as soon as the term sheet is signed;
 * - PREVIOUS_DRAWN: the previous tranche has been drawn to at least `thresholdBasisPoints` of its credit;
 * - STAGE_REACHED: the project has reached lifecycle `stage` (one of PROJECT_STAGES);
 * - DATE: the instant `at` has passed (now ≥ at);
 * - MILESTONE_ACCEPTED: the centre has accepted the milestone `milestoneKey`.
 */
export type ReleaseCondition =
  | { kind: 'ON_SIGNING' }
  | { kind: 'PREVIOUS_DRAWN'; thresholdBasisPoints: bigint }
  | { kind: 'STAGE_REACHED'; stage: string }
  | { kind: 'DATE'; at: Date }
  | { kind: 'MILESTONE_ACCEPTED'; milestoneKey: string };

export type ReleaseKind = ReleaseCondition['kind'];
export const RELEASE_KINDS: readonly ReleaseKind[] = ['ON_SIGNING', 'PREVIOUS_DRAWN', 'STAGE_REACHED', 'DATE', 'MILESTONE_ACCEPTED'];

/** The founders may buy the centre's shares back within `months` Shanghai months of signing at price × (1 + premium). */
export interface BuyBackTerms {
  months: number;
  premiumBasisPoints: bigint;
}

export const WHOLE_BASIS_POINTS = 10000n;
/** A share class name is at most 60 characters, as on the cap table. */
export const MAX_SHARE_CLASS_LENGTH = 60;
/** Buy-back window: 1 to 120 months (ten years). */
export const MAX_BUY_BACK_MONTHS = 120;
/** Buy-back premium: 0 % to 100 % (0–10000 bp) on top of the price the centre paid. */
export const MAX_BUY_BACK_PREMIUM_BASIS_POINTS = 10000n;

/** Problem codes of checkTermSheet, in the order they are reported. */
export const TERM_SHEET_PROBLEMS = [
  /** preMoneyValuationFen ≤ 0. */
  'VALUATION_NOT_POSITIVE',
  /** creditFen ≤ 0. */
  'CREDIT_NOT_POSITIVE',
  /** creditFen > preMoneyValuationFen > 0: the centre may receive at most 50 % of the company (credit ≤ pre-money). */
  'CREDIT_EXCEEDS_VALUATION',
  /** preMoneyFullyDilutedShares ≤ 0. */
  'SHARES_NOT_POSITIVE',
  /** shareClass is blank. */
  'SHARE_CLASS_BLANK',
  /** shareClass is longer than MAX_SHARE_CLASS_LENGTH characters (the cap table's class names are at most that). */
  'SHARE_CLASS_TOO_LONG',
  /** tranches is empty. */
  'NO_TRANCHES',
  /** Some tranche's percentBasisPoints ≤ 0. */
  'TRANCHE_NOT_POSITIVE',
  /** The tranches' percentBasisPoints do not add up to exactly 10000 (100 %). */
  'TRANCHES_NOT_100_PERCENT',
  /** The first tranche is released by PREVIOUS_DRAWN, but it has no previous tranche. */
  'FIRST_TRANCHE_NEEDS_NO_PREVIOUS',
  /** A PREVIOUS_DRAWN threshold is outside 1..10000 bp. */
  'THRESHOLD_OUT_OF_RANGE',
  /** A STAGE_REACHED stage is not one of PROJECT_STAGES. */
  'UNKNOWN_STAGE',
  /** A MILESTONE_ACCEPTED milestoneKey is blank. */
  'MILESTONE_KEY_BLANK',
  /** A DATE release or creditExpiresAt is not a valid instant. */
  'INVALID_DATE',
  /** creditExpiresAt ≤ now: the credit would expire before it could be used. */
  'EXPIRY_IN_PAST',
  /** A DATE release is at or after creditExpiresAt, so its credit could never be drawn. */
  'RELEASE_AFTER_EXPIRY',
  /** buyBack.months is not an integer in 1..MAX_BUY_BACK_MONTHS, or the premium is outside 0..MAX_BUY_BACK_PREMIUM_BASIS_POINTS. */
  'BUY_BACK_OUT_OF_RANGE',
  /** Some tranche would receive zero fen of credit or zero shares (the credit buys too few shares to split). */
  'TRANCHE_TOO_SMALL',
] as const;
export type TermSheetProblem = (typeof TERM_SHEET_PROBLEMS)[number];

/** Thrown by assertTermSheet (and by the maths when handed terms it cannot compute with). */
export class TermSheetError extends RangeError {
  constructor(readonly problems: readonly TermSheetProblem[]) {
    super(`invalid term sheet: ${problems.join(', ')}`);
    this.name = 'TermSheetError';
  }
}

/** The problems that make the share and tranche maths impossible; none ⇒ deriveEquity and planTranches can run. */
export function arithmeticProblems(terms: TermSheetTerms): TermSheetProblem[] {
  const found = new Set<TermSheetProblem>();
  if (terms.preMoneyValuationFen <= 0n) found.add('VALUATION_NOT_POSITIVE');
  if (terms.creditFen <= 0n) found.add('CREDIT_NOT_POSITIVE');
  if (terms.preMoneyValuationFen > 0n && terms.creditFen > terms.preMoneyValuationFen) found.add('CREDIT_EXCEEDS_VALUATION');
  if (terms.preMoneyFullyDilutedShares <= 0n) found.add('SHARES_NOT_POSITIVE');
  if (terms.tranches.length === 0) found.add('NO_TRANCHES');
  if (terms.tranches.some((tranche) => tranche.percentBasisPoints <= 0n)) found.add('TRANCHE_NOT_POSITIVE');
  const total = terms.tranches.reduce((sum, tranche) => sum + tranche.percentBasisPoints, 0n);
  if (terms.tranches.length > 0 && total !== WHOLE_BASIS_POINTS) found.add('TRANCHES_NOT_100_PERCENT');
  return TERM_SHEET_PROBLEMS.filter((problem) => found.has(problem));
}

/** Throws TermSheetError unless the share and tranche maths can run on these terms. */
export function assertComputable(terms: TermSheetTerms): void {
  const problems = arithmeticProblems(terms);
  if (problems.length > 0) throw new TermSheetError(problems);
}
