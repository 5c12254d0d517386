import { fenPerShare, shanghaiDay, splitByLargestRemainder, type FenPerShare } from '@suanli/domain';
import { DomainError } from '../../../common/errors/api-errors.js';
import { UserErrorCode } from '../../../common/errors/error-codes.js';

/** Share counts are bigint columns; 15 digits keeps every product the maths forms far inside numeric range. */
const SHARES = /^[0-9]{1,15}$/;
const DECIMAL_PRICE = /^([0-9]{1,15})(?:\.([0-9]{1,12}))?$/;
const FRACTION_PRICE = /^([0-9]{1,18})\/([0-9]{1,18})$/;
/** PostgreSQL bigint holds below 2^63. */
const MAX_BIGINT_COLUMN = 2n ** 63n;

/** A whole number of shares above zero, from its decimal string. */
export function parseShares(text: string, field: string[]): bigint {
  const trimmed = text.trim();
  if (!SHARES.test(trimmed) || BigInt(trimmed) <= 0n)
    throw new DomainError(UserErrorCode.INVALID_SHARES, `"${text}" is not a whole number of shares above zero (at most 15 digits)`, field);
  return BigInt(trimmed);
}

/**
 * A price per share in fen, exact: a decimal ('257.142857', a terminating decimal only) or a
 * fraction ('1800000000/7000000', as the term sheet's pre-money ÷ shares gives it), kept in lowest terms.
 */
export function parseFenPerShare(text: string, field: string[]): FenPerShare {
  const trimmed = text.trim();
  const decimal = DECIMAL_PRICE.exec(trimmed);
  const fraction = FRACTION_PRICE.exec(trimmed);
  const price = decimal
    ? fenPerShare(BigInt(decimal[1]! + (decimal[2] ?? '')), 10n ** BigInt((decimal[2] ?? '').length))
    : fraction && BigInt(fraction[2]!) > 0n
      ? fenPerShare(BigInt(fraction[1]!), BigInt(fraction[2]!))
      : null;
  // Stored in bigint columns: a fraction that does not fit even in lowest terms is refused, not truncated.
  if (price && price.numerator < MAX_BIGINT_COLUMN && price.denominator < MAX_BIGINT_COLUMN) return price;
  throw new DomainError(UserErrorCode.INVALID_SHARE_PRICE, `"${text}" is not a price per share in fen (257.142857 or 1800000000/7000000, each part below 2^63 in lowest terms)`, field);
}

/** 'n' for whole fen, else 'n/d' in lowest terms: the exact price as GraphQL gives it. */
export function fenPerShareText(price: FenPerShare): string {
  return price.denominator === 1n ? price.numerator.toString() : `${price.numerator}/${price.denominator}`;
}

/**
 * Asia/Shanghai is UTC+8 all year with no daylight saving (none since 1991), so a fixed offset is
 * exact for calendar days, as billing-period.ts reasons for months.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD': the Shanghai calendar day an instant falls on (the domain's shanghaiDay). */
export const shanghaiDayOf = shanghaiDay;

/**
 * The instant a Shanghai calendar day starts, for a day that exists, is not after today in
 * Shanghai and not before 1990 (a date a clerk mistypes is refused, not stored).
 */
export function shanghaiDayStart(day: string, now: Date, field: string[]): Date {
  const match = DAY.exec(day.trim());
  const midnightUtc = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
  if (!match || !midnightUtc || midnightUtc.toISOString().slice(0, 10) !== day.trim() || day.trim() > shanghaiDayOf(now) || day.trim() < '1990-01-01')
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, `"${day}" is not a real calendar day (YYYY-MM-DD), from 1990 up to today in Asia/Shanghai`, field);
  return new Date(midnightUtc.getTime() - SHANGHAI_OFFSET_MS);
}

/** What one stakeholder holds: outstanding shares (issued − bought back) per class and in all. */
export interface Holding {
  stakeholderId: string;
  byClass: Map<string, bigint>;
  shares: bigint;
}

export interface ShareMovement {
  stakeholderId: string;
  shareClassId: string;
  /** Issued (+) or bought back (−). */
  shares: bigint;
}

/** Each stakeholder's outstanding shares per class, in the order the stakeholders are given. */
export function holdingsOf(stakeholderIds: readonly string[], movements: readonly ShareMovement[]): Holding[] {
  const byId = new Map(stakeholderIds.map((id) => [id, { stakeholderId: id, byClass: new Map<string, bigint>(), shares: 0n }]));
  for (const movement of movements) {
    const holding = byId.get(movement.stakeholderId);
    if (!holding) continue;
    holding.byClass.set(movement.shareClassId, (holding.byClass.get(movement.shareClassId) ?? 0n) + movement.shares);
    holding.shares += movement.shares;
  }
  return [...byId.values()];
}

/**
 * Rounding rule for every percentage column: each holding's part of 10000 basis points is split by
 * largest remainder (splitByLargestRemainder), so the parts add up to exactly 100 % and each is
 * within one basis point of its exact share. Nothing counted: every part is 0.
 */
export function basisPointsOf(shares: readonly bigint[]): bigint[] {
  const total = shares.reduce((a, b) => a + b, 0n);
  if (total <= 0n) return shares.map(() => 0n);
  return splitByLargestRemainder(10000n, shares);
}

/** A credit line as far as the centre's unissued shares go. */
export interface LineForDilution {
  id: string;
  status: 'ACTIVE' | 'EXPIRED';
  totalShares: bigint;
  centreStakeholderId: string;
}

/** An issuance as far as a credit line's shares go (TRANCHE ones carry their line). */
export interface IssuanceForDilution {
  creditLineId: string | null;
  shares: bigint;
}

/**
 * The centre's signed but not yet issued shares, by the centre's stakeholder row: under each ACTIVE
 * line, total_shares minus the shares its TRANCHE issuances gave so far. An EXPIRED line's rest is
 * forfeited, so it counts nothing. Buy-backs do not add back: a bought-back share was issued and is
 * no longer outstanding.
 */
export function unissuedCentreShares(lines: readonly LineForDilution[], issuances: readonly IssuanceForDilution[]): Map<string, bigint> {
  const unissued = new Map<string, bigint>();
  for (const line of lines) {
    if (line.status !== 'ACTIVE') continue;
    const issued = issuances.filter((issuance) => issuance.creditLineId === line.id).reduce((total, issuance) => total + issuance.shares, 0n);
    // The triggers never issue more than the line grants; the floor keeps a bad row from going negative.
    const rest = line.totalShares > issued ? line.totalShares - issued : 0n;
    unissued.set(line.centreStakeholderId, (unissued.get(line.centreStakeholderId) ?? 0n) + rest);
  }
  return unissued;
}

/** Both ownership columns of one holder. */
export interface OwnershipFigures {
  outstandingShares: bigint;
  fullyDilutedShares: bigint;
  outstandingBasisPoints: bigint;
  fullyDilutedBasisPoints: bigint;
}

/**
 * The two ownership columns cap-table tools show: outstanding (issued − bought back, over every
 * outstanding share) and fully diluted (over outstanding plus what is signed but not yet issued,
 * here the centre's unissued shares under ACTIVE lines, counted in the centre's own row). Each column
 * adds up to exactly 10000 by largest remainder.
 */
export function ownershipFigures(holdings: readonly { outstanding: bigint; unissued: bigint }[]): OwnershipFigures[] {
  const outstanding = holdings.map((holding) => holding.outstanding);
  const fullyDiluted = holdings.map((holding) => holding.outstanding + holding.unissued);
  const outstandingParts = basisPointsOf(outstanding);
  const fullyDilutedParts = basisPointsOf(fullyDiluted);
  return holdings.map((_, index) => ({
    outstandingShares: outstanding[index]!, fullyDilutedShares: fullyDiluted[index]!,
    outstandingBasisPoints: outstandingParts[index]!, fullyDilutedBasisPoints: fullyDilutedParts[index]!,
  }));
}
