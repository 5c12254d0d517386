import type { Fen } from '../money/money.js';
import { deriveEquity } from './equity-maths.js';
import { WHOLE_BASIS_POINTS } from './term-sheet.js';
import type { ReleaseCondition, TermSheetTerms, TrancheTerms } from './term-sheet.js';

/**
 * Rounding rule for splitting whole units (shares, or fen of credit) over tranches — largest
 * remainder (Hamilton): each tranche first gets ⌊total × weight ÷ Σweights⌋, then the units left
 * over go one each to the tranches with the largest remainders, ties to the earlier tranche. The
 * parts always add up to the total and each is within one unit of its exact proportion (strictly
 * less than one above or below). Total ≥ 0; weights ≥ 0 with a positive sum.
 */
export function splitByLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (total < 0n) throw new RangeError('cannot split a negative total');
  if (weights.some((weight) => weight < 0n) || sum <= 0n) throw new RangeError('weights must be non-negative with a positive sum');
  const parts = weights.map((weight) => (total * weight) / sum);
  const remainders = weights.map((weight) => (total * weight) % sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, index) => index).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  // left < the number of non-zero remainders, so one pass over them places every leftover unit.
  for (const index of order) {
    if (left === 0n) break;
    parts[index]! += 1n;
    left -= 1n;
  }
  return parts;
}

/** Whole shares per tranche, in proportion to percentBasisPoints, adding up to totalShares (largest remainder). */
export function splitShares(totalShares: bigint, tranches: readonly Pick<TrancheTerms, 'percentBasisPoints'>[]): bigint[] {
  return splitByLargestRemainder(totalShares, tranches.map((tranche) => tranche.percentBasisPoints));
}

/** Fen of credit per tranche, in proportion to percentBasisPoints, adding up to creditFen (the same largest-remainder rule). */
export function splitCredit(creditFen: Fen, tranches: readonly Pick<TrancheTerms, 'percentBasisPoints'>[]): Fen[] {
  return splitByLargestRemainder(creditFen, tranches.map((tranche) => tranche.percentBasisPoints));
}

export interface PlannedTranche {
  /** 0-based position; tranches are drawn in this order. */
  index: number;
  percentBasisPoints: bigint;
  release: ReleaseCondition;
  /** This tranche's credit; drawing all of it issues `shares` to the centre. */
  creditFen: Fen;
  shares: bigint;
}

/** Each tranche's credit and shares: splitCredit of the credit and splitShares of deriveEquity's centreShares. */
export function planTranches(terms: TermSheetTerms): PlannedTranche[] {
  const credit = splitCredit(terms.creditFen, terms.tranches);
  const shares = splitShares(deriveEquity(terms).centreShares, terms.tranches);
  return terms.tranches.map((tranche, index) => ({
    index,
    percentBasisPoints: tranche.percentBasisPoints,
    release: tranche.release,
    creditFen: credit[index]!,
    shares: shares[index]!,
  }));
}

/** A fresh ledger for signed terms: the planned tranches, nothing drawn yet. */
export function openLedger(terms: TermSheetTerms): TrancheLedger {
  const tranches = planTranches(terms);
  return { tranches, drawnFen: tranches.map(() => 0n), creditExpiresAt: terms.creditExpiresAt };
}

/** The tranches of a signed term sheet and how much has been drawn from each so far. */
export interface TrancheLedger {
  tranches: readonly PlannedTranche[];
  /** Same length as tranches; 0 ≤ drawnFen[i] ≤ tranches[i].creditFen. */
  drawnFen: readonly Fen[];
  creditExpiresAt: Date;
}

/** What has happened outside the ledger, as of `now`. */
export interface ReleaseFacts {
  now: Date;
  /** Lifecycle stages the project has ever reached (its stage history, not only the current stage). */
  stagesReached: readonly string[];
  /** Keys of milestones the centre has accepted. */
  milestonesAccepted: readonly string[];
}

/** LOCKED: its condition is not met; RELEASED: drawable; FULLY_DRAWN: all its credit drawn, its shares issued. */
export type TrancheStatus = 'LOCKED' | 'RELEASED' | 'FULLY_DRAWN';

export interface TrancheState {
  index: number;
  status: TrancheStatus;
  creditFen: Fen;
  drawnFen: Fen;
  /** creditFen − drawnFen. */
  remainingFen: Fen;
  shares: bigint;
}

export class TrancheLedgerError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'TrancheLedgerError';
  }
}

function checkLedger(ledger: TrancheLedger): void {
  if (ledger.drawnFen.length !== ledger.tranches.length) throw new TrancheLedgerError('one drawn amount per tranche');
  ledger.tranches.forEach((tranche, index) => {
    const drawn = ledger.drawnFen[index]!;
    if (drawn < 0n || drawn > tranche.creditFen) throw new TrancheLedgerError(`tranche ${index}: drawn ${drawn} outside 0..${tranche.creditFen}`);
  });
}

/**
 * Release rule. A tranche is released when it has been drawn from before (a release is never
 * withdrawn), or its condition holds now:
 * - ON_SIGNING: always (the ledger exists only for signed terms);
 * - PREVIOUS_DRAWN: previous drawn × 10000 ≥ previous credit × threshold — an exact comparison, no rounding;
 * - STAGE_REACHED: the stage is in facts.stagesReached;
 * - DATE: facts.now ≥ at;
 * - MILESTONE_ACCEPTED: the key is in facts.milestonesAccepted.
 */
function isReleased(ledger: TrancheLedger, index: number, facts: ReleaseFacts): boolean {
  if (ledger.drawnFen[index]! > 0n) return true;
  const release = ledger.tranches[index]!.release;
  switch (release.kind) {
    case 'ON_SIGNING':
      return true;
    case 'PREVIOUS_DRAWN': {
      const previous = ledger.tranches[index - 1];
      return previous !== undefined && ledger.drawnFen[index - 1]! * WHOLE_BASIS_POINTS >= previous.creditFen * release.thresholdBasisPoints;
    }
    case 'STAGE_REACHED':
      return facts.stagesReached.includes(release.stage);
    case 'DATE':
      return facts.now.getTime() >= release.at.getTime();
    case 'MILESTONE_ACCEPTED':
      return facts.milestonesAccepted.includes(release.milestoneKey);
  }
}

/** Each tranche's status now. Throws TrancheLedgerError for a ledger that does not fit its tranches. */
export function trancheStates(ledger: TrancheLedger, facts: ReleaseFacts): TrancheState[] {
  checkLedger(ledger);
  return ledger.tranches.map((tranche, index) => {
    const drawnFen = ledger.drawnFen[index]!;
    const status: TrancheStatus =
      drawnFen === tranche.creditFen ? 'FULLY_DRAWN' : isReleased(ledger, index, facts) ? 'RELEASED' : 'LOCKED';
    return { index, status, creditFen: tranche.creditFen, drawnFen, remainingFen: tranche.creditFen - drawnFen, shares: tranche.shares };
  });
}

/** Credit has expired once facts.now ≥ creditExpiresAt; from then on nothing is drawable. */
export function isCreditExpired(ledger: TrancheLedger, facts: ReleaseFacts): boolean {
  return facts.now.getTime() >= ledger.creditExpiresAt.getTime();
}

export interface Drawdown {
  /** Fen taken from each tranche by this draw (same length as the tranches). */
  drawsFen: Fen[];
  /** Σ drawsFen = min(requested, drawableFen before the draw). */
  drawnFen: Fen;
  /** requested − drawnFen: what the released tranches could not cover. */
  shortfallFen: Fen;
  /** Tranches that were LOCKED before and are released after (PREVIOUS_DRAWN thresholds crossed). */
  newlyReleased: number[];
  /** Tranches that became FULLY_DRAWN by this draw: issue their shares to the centre now. */
  newlyFullyDrawn: number[];
  /** Σ shares of newlyFullyDrawn. */
  sharesIssued: bigint;
  /** The ledger after the draw, for the next one. */
  after: TrancheLedger;
}

/**
 * Draws `amountFen` (≥ 0) from the tranches in order. Drawing rule: take from the earliest released
 * tranche with credit left (locked tranches are skipped, not waited for), as much as it has, then
 * look again — so a PREVIOUS_DRAWN threshold crossed mid-draw releases the next tranche for the
 * rest of the same amount. Never beyond a tranche's credit, never from a locked tranche, nothing
 * once the credit has expired.
 */
export function drawdown(ledger: TrancheLedger, facts: ReleaseFacts, amountFen: Fen): Drawdown {
  if (amountFen < 0n) throw new TrancheLedgerError('cannot draw a negative amount');
  const before = trancheStates(ledger, facts);
  const drawn = [...ledger.drawnFen];
  let left = isCreditExpired(ledger, facts) ? 0n : amountFen;
  let drawnFen = 0n;
  while (left > 0n) {
    const current: TrancheLedger = { ...ledger, drawnFen: drawn };
    const next = ledger.tranches.findIndex((tranche, index) => drawn[index]! < tranche.creditFen && isReleased(current, index, facts));
    if (next < 0) break;
    const room = ledger.tranches[next]!.creditFen - drawn[next]!;
    const take = left < room ? left : room;
    drawn[next]! += take;
    drawnFen += take;
    left -= take;
  }
  const after: TrancheLedger = { ...ledger, drawnFen: drawn };
  const states = trancheStates(after, facts);
  const newlyReleased = states.filter((state, i) => before[i]!.status === 'LOCKED' && state.status !== 'LOCKED').map((s) => s.index);
  const newlyFullyDrawn = states.filter((state, i) => before[i]!.status !== 'FULLY_DRAWN' && state.status === 'FULLY_DRAWN').map((s) => s.index);
  return {
    drawsFen: drawn.map((fen, index) => fen - ledger.drawnFen[index]!),
    drawnFen,
    shortfallFen: amountFen - drawnFen,
    newlyReleased,
    newlyFullyDrawn,
    sharesIssued: newlyFullyDrawn.reduce((sum, index) => sum + ledger.tranches[index]!.shares, 0n),
    after,
  };
}

/** How much could be drawn now, counting tranches that drawing would release on the way (PREVIOUS_DRAWN). */
export function drawableFen(ledger: TrancheLedger, facts: ReleaseFacts): Fen {
  const undrawn = ledger.tranches.reduce((sum, tranche, index) => sum + tranche.creditFen - (ledger.drawnFen[index] ?? 0n), 0n);
  return drawdown(ledger, facts, undrawn).drawnFen;
}

/** Shares issued to the centre so far: the shares of every fully drawn tranche. */
export function sharesIssued(ledger: TrancheLedger): bigint {
  return ledger.tranches.reduce((sum, tranche, index) => (ledger.drawnFen[index] === tranche.creditFen ? sum + tranche.shares : sum), 0n);
}
