import { isProjectStage } from '../lifecycle/project-stage.js';
import {
  arithmeticProblems,
  MAX_BUY_BACK_MONTHS,
  MAX_BUY_BACK_PREMIUM_BASIS_POINTS,
  MAX_SHARE_CLASS_LENGTH,
  TERM_SHEET_PROBLEMS,
  TermSheetError,
  WHOLE_BASIS_POINTS,
} from './term-sheet.js';
import type { ReleaseCondition, TermSheetProblem, TermSheetTerms } from './term-sheet.js';
import { planTranches } from './tranches.js';

function validInstant(date: Date): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

function releaseProblems(release: ReleaseCondition, index: number, expiresAt: Date, found: Set<TermSheetProblem>): void {
  switch (release.kind) {
    case 'ON_SIGNING':
      return;
    case 'PREVIOUS_DRAWN':
      if (index === 0) found.add('FIRST_TRANCHE_NEEDS_NO_PREVIOUS');
      if (release.thresholdBasisPoints < 1n || release.thresholdBasisPoints > WHOLE_BASIS_POINTS) found.add('THRESHOLD_OUT_OF_RANGE');
      return;
    case 'STAGE_REACHED':
      if (!isProjectStage(release.stage)) found.add('UNKNOWN_STAGE');
      return;
    case 'DATE':
      if (!validInstant(release.at)) found.add('INVALID_DATE');
      else if (validInstant(expiresAt) && release.at.getTime() >= expiresAt.getTime()) found.add('RELEASE_AFTER_EXPIRY');
      return;
    case 'MILESTONE_ACCEPTED':
      if (release.milestoneKey.trim() === '') found.add('MILESTONE_KEY_BLANK');
  }
}

/**
 * Every problem with terms about to be saved or signed at `now`; empty = coherent. Listed in
 * TERM_SHEET_PROBLEMS order, each code once. TRANCHE_TOO_SMALL is only judged when the arithmetic
 * is possible, so one bad number does not cascade into more codes.
 */
export function checkTermSheet(terms: TermSheetTerms, now: Date): TermSheetProblem[] {
  const arithmetic = arithmeticProblems(terms);
  const found = new Set<TermSheetProblem>(arithmetic);
  if (terms.shareClass.trim() === '') found.add('SHARE_CLASS_BLANK');
  if ([...terms.shareClass.trim()].length > MAX_SHARE_CLASS_LENGTH) found.add('SHARE_CLASS_TOO_LONG');
  terms.tranches.forEach((tranche, index) => releaseProblems(tranche.release, index, terms.creditExpiresAt, found));
  if (!validInstant(terms.creditExpiresAt)) found.add('INVALID_DATE');
  else if (terms.creditExpiresAt.getTime() <= now.getTime()) found.add('EXPIRY_IN_PAST');
  const buyBack = terms.buyBack;
  if (
    buyBack !== null &&
    (!Number.isInteger(buyBack.months) ||
      buyBack.months < 1 ||
      buyBack.months > MAX_BUY_BACK_MONTHS ||
      buyBack.premiumBasisPoints < 0n ||
      buyBack.premiumBasisPoints > MAX_BUY_BACK_PREMIUM_BASIS_POINTS)
  )
    found.add('BUY_BACK_OUT_OF_RANGE');
  if (arithmetic.length === 0 && planTranches(terms).some((tranche) => tranche.creditFen === 0n || tranche.shares === 0n))
    found.add('TRANCHE_TOO_SMALL');
  return TERM_SHEET_PROBLEMS.filter((problem) => found.has(problem));
}

/** Throws TermSheetError listing every problem, for callers that must not proceed with bad terms. */
export function assertTermSheet(terms: TermSheetTerms, now: Date): void {
  const problems = checkTermSheet(terms, now);
  if (problems.length > 0) throw new TermSheetError(problems);
}
