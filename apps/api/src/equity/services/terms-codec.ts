import { createHash } from 'node:crypto';
import { canonicalTermsJson, checkTermSheet, deriveEquity, planTranches } from '@suanli/domain';
import type { ReleaseCondition, TermSheetProblem, TermSheetTerms } from '@suanli/domain';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { TermSheetTermsInput, TrancheReleaseInput } from '../dto/equity.inputs.js';
import type { DerivedEquity, TermSheetTerms as TermsModel } from '../models/term-sheet.model.js';

/** The problems with a code of their own, most basic first; every other problem is INVALID_TERMS. */
const OWN_CODES: [TermSheetProblem, UserErrorCode, string[]][] = [
  ['VALUATION_NOT_POSITIVE', UserErrorCode.VALUATION_NOT_POSITIVE, ['terms', 'preMoneyValuationFen']],
  ['CREDIT_EXCEEDS_VALUATION', UserErrorCode.CREDIT_EXCEEDS_VALUATION, ['terms', 'creditFen']],
  ['TRANCHES_NOT_100_PERCENT', UserErrorCode.TRANCHES_NOT_100_PERCENT, ['terms', 'tranches']],
];

/** Where in the input each other problem lies, when one field is at fault. */
const PROBLEM_FIELDS: Partial<Record<TermSheetProblem, string[]>> = {
  CREDIT_NOT_POSITIVE: ['terms', 'creditFen'],
  SHARES_NOT_POSITIVE: ['terms', 'preMoneyFullyDilutedShares'],
  SHARE_CLASS_BLANK: ['terms', 'shareClass'],
  SHARE_CLASS_TOO_LONG: ['terms', 'shareClass'],
  NO_TRANCHES: ['terms', 'tranches'],
  TRANCHE_NOT_POSITIVE: ['terms', 'tranches'],
  TRANCHE_TOO_SMALL: ['terms', 'tranches'],
  FIRST_TRANCHE_NEEDS_NO_PREVIOUS: ['terms', 'tranches'],
  THRESHOLD_OUT_OF_RANGE: ['terms', 'tranches'],
  UNKNOWN_STAGE: ['terms', 'tranches'],
  MILESTONE_KEY_BLANK: ['terms', 'tranches'],
  RELEASE_AFTER_EXPIRY: ['terms', 'tranches'],
  EXPIRY_IN_PAST: ['terms', 'creditExpiresAt'],
  INVALID_DATE: ['terms', 'creditExpiresAt'],
  BUY_BACK_OUT_OF_RANGE: ['terms', 'buyBack'],
};

/** Throws the DomainError for checkTermSheet's problems (the message lists them all); nothing when there are none. */
export function assertTerms(terms: TermSheetTerms, now: Date): void {
  const problems = checkTermSheet(terms, now);
  if (problems.length === 0) return;
  const message = `The terms do not hold together (${problems.join(', ')})`;
  const own = OWN_CODES.find(([problem]) => problems.includes(problem));
  if (own) throw new DomainError(own[1], message, own[2]);
  throw new DomainError(UserErrorCode.INVALID_TERMS, message, PROBLEM_FIELDS[problems[0]!] ?? ['terms']);
}

function missing(index: number, field: string): DomainError {
  return new DomainError(UserErrorCode.INVALID_TERMS, `Tranche ${index + 1}’s release needs ${field}`, ['terms', 'tranches', String(index), 'release', field]);
}

function releaseOf(input: TrancheReleaseInput, index: number): ReleaseCondition {
  switch (input.kind) {
    case 'ON_SIGNING':
      return { kind: 'ON_SIGNING' };
    case 'PREVIOUS_DRAWN':
      if (input.thresholdBasisPoints === null || input.thresholdBasisPoints === undefined) throw missing(index, 'thresholdBasisPoints');
      return { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: BigInt(input.thresholdBasisPoints) };
    case 'STAGE_REACHED':
      if (!input.stage) throw missing(index, 'stage');
      return { kind: 'STAGE_REACHED', stage: input.stage };
    case 'DATE':
      if (!input.at) throw missing(index, 'at');
      return { kind: 'DATE', at: input.at };
    case 'MILESTONE_ACCEPTED':
      if (input.milestoneKey === null || input.milestoneKey === undefined) throw missing(index, 'milestoneKey');
      return { kind: 'MILESTONE_ACCEPTED', milestoneKey: input.milestoneKey.trim() };
  }
}

/** The domain terms of an input; a release without the field its kind needs is INVALID_TERMS. */
export function termsOfInput(input: TermSheetTermsInput): TermSheetTerms {
  return {
    creditFen: BigInt(input.creditFen),
    preMoneyValuationFen: BigInt(input.preMoneyValuationFen),
    preMoneyFullyDilutedShares: BigInt(input.preMoneyFullyDilutedShares),
    shareClass: input.shareClass.trim(),
    tranches: input.tranches.map((tranche, index) => ({ percentBasisPoints: BigInt(tranche.percentBasisPoints), release: releaseOf(tranche.release, index) })),
    creditExpiresAt: input.creditExpiresAt,
    buyBack: input.buyBack ? { months: input.buyBack.months, premiumBasisPoints: BigInt(input.buyBack.premiumBasisPoints) } : null,
  };
}

type Json = Record<string, unknown>;

export function releaseOfJson(json: Json): ReleaseCondition {
  switch (json['kind']) {
    case 'PREVIOUS_DRAWN':
      return { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: BigInt(json['thresholdBasisPoints'] as string) };
    case 'STAGE_REACHED':
      return { kind: 'STAGE_REACHED', stage: json['stage'] as string };
    case 'DATE':
      return { kind: 'DATE', at: new Date(json['at'] as string) };
    case 'MILESTONE_ACCEPTED':
      return { kind: 'MILESTONE_ACCEPTED', milestoneKey: json['milestoneKey'] as string };
    default:
      return { kind: 'ON_SIGNING' };
  }
}

/** The domain terms of a stored version (the canonical JSON, parsed). */
export function termsOfJson(stored: object): TermSheetTerms {
  const json = stored as Json;
  const buyBack = json['buyBack'] as Json | null;
  return {
    creditFen: BigInt(json['creditFen'] as string),
    preMoneyValuationFen: BigInt(json['preMoneyValuationFen'] as string),
    preMoneyFullyDilutedShares: BigInt(json['preMoneyFullyDilutedShares'] as string),
    shareClass: json['shareClass'] as string,
    tranches: (json['tranches'] as Json[]).map((tranche) => ({
      percentBasisPoints: BigInt(tranche['percentBasisPoints'] as string),
      release: releaseOfJson(tranche['release'] as Json),
    })),
    creditExpiresAt: new Date(json['creditExpiresAt'] as string),
    buyBack: buyBack === null ? null : { months: Number(buyBack['months']), premiumBasisPoints: BigInt(buyBack['premiumBasisPoints'] as string) },
  };
}

/** The canonical JSON to store and the sha256 (hex) of it. */
export function canonicalOf(terms: TermSheetTerms): { json: Json; hash: string } {
  const text = canonicalTermsJson(terms);
  return { json: JSON.parse(text) as Json, hash: createHash('sha256').update(text, 'utf8').digest('hex') };
}

/** A release condition as GraphQL shows it: the kind, and only the field that kind needs. */
export function releaseModelOf(r: ReleaseCondition): TermsModel['tranches'][number]['release'] {
  return {
    kind: r.kind,
    thresholdBasisPoints: r.kind === 'PREVIOUS_DRAWN' ? Number(r.thresholdBasisPoints) : null,
    stage: r.kind === 'STAGE_REACHED' ? r.stage : null,
    at: r.kind === 'DATE' ? r.at : null,
    milestoneKey: r.kind === 'MILESTONE_ACCEPTED' ? r.milestoneKey : null,
  };
}

export function termsModelOf(terms: TermSheetTerms): TermsModel {
  return {
    creditFen: terms.creditFen,
    preMoneyValuationFen: terms.preMoneyValuationFen,
    preMoneyFullyDilutedShares: terms.preMoneyFullyDilutedShares.toString(),
    shareClass: terms.shareClass,
    tranches: terms.tranches.map((tranche) => {
      return { percentBasisPoints: Number(tranche.percentBasisPoints), release: releaseModelOf(tranche.release) };
    }),
    creditExpiresAt: terms.creditExpiresAt,
    buyBack: terms.buyBack ? { months: terms.buyBack.months, premiumBasisPoints: Number(terms.buyBack.premiumBasisPoints) } : null,
  };
}

export function derivedOf(terms: TermSheetTerms): DerivedEquity {
  const equity = deriveEquity(terms);
  const tranches = planTranches(terms);
  return {
    postMoneyValuationFen: equity.postMoneyValuationFen,
    centrePercentBasisPoints: Number(equity.centrePercentBasisPoints),
    centreShares: equity.centreShares.toString(),
    pricePerShareMicroYuan: equity.pricePerShareMicroYuan.toString(),
    trancheShares: tranches.map((tranche) => tranche.shares.toString()),
    trancheCreditFen: tranches.map((tranche) => tranche.creditFen),
  };
}
