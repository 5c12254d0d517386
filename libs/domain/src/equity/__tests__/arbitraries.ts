import fc from 'fast-check';
import { PROJECT_STAGES } from '../../lifecycle/project-stage.js';
import type { ReleaseCondition, TermSheetTerms, TrancheTerms } from '../term-sheet.js';

export const NOW = new Date('2026-12-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
export const EXPIRY = new Date(NOW.getTime() + 365 * DAY);

export const MILESTONES = ['m1', 'm2', 'm3'] as const;

/** Basis points of 1..6 tranches adding up to 10000: cut points in 1..9999. */
export const trancheBasisPoints = fc
  .uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 5 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10000];
    return points.slice(1).map((point, i) => BigInt(point - points[i]!));
  });

/** A release that checkTermSheet accepts at NOW for a tranche at `index` (dates before EXPIRY). */
export const releaseFor = (index: number): fc.Arbitrary<ReleaseCondition> =>
  fc.oneof(
    fc.constant<ReleaseCondition>({ kind: 'ON_SIGNING' }),
    ...(index === 0
      ? []
      : [fc.bigInt({ min: 1n, max: 10000n }).map<ReleaseCondition>((thresholdBasisPoints) => ({ kind: 'PREVIOUS_DRAWN', thresholdBasisPoints }))]),
    fc.constantFrom(...PROJECT_STAGES).map<ReleaseCondition>((stage) => ({ kind: 'STAGE_REACHED', stage })),
    fc.integer({ min: -30, max: 300 }).map<ReleaseCondition>((days) => ({ kind: 'DATE', at: new Date(NOW.getTime() + days * DAY) })),
    fc.constantFrom(...MILESTONES).map<ReleaseCondition>((milestoneKey) => ({ kind: 'MILESTONE_ACCEPTED', milestoneKey })),
  );

export const tranchesArb: fc.Arbitrary<TrancheTerms[]> = trancheBasisPoints.chain((points) =>
  fc.tuple(...points.map((percentBasisPoints, index) => releaseFor(index).map((release) => ({ percentBasisPoints, release })))),
);

/** Terms the maths can run on (arithmeticProblems empty); tranches may still be too small to split. */
export const computableTerms = (maxFen = 10n ** 12n): fc.Arbitrary<TermSheetTerms> =>
  fc
    .record({
      preMoneyValuationFen: fc.bigInt({ min: 1n, max: maxFen }),
      creditPart: fc.bigInt({ min: 1n, max: 10n ** 6n }),
      preMoneyFullyDilutedShares: fc.bigInt({ min: 1n, max: 10n ** 9n }),
      tranches: tranchesArb,
      buyBack: fc.option(fc.record({ months: fc.integer({ min: 1, max: 120 }), premiumBasisPoints: fc.bigInt({ min: 0n, max: 10000n }) })),
    })
    .map(({ creditPart, ...rest }) => ({
      ...rest,
      // credit in 1..pre-money, spread over the whole range
      creditFen: 1n + ((rest.preMoneyValuationFen - 1n) * creditPart) / 10n ** 6n,
      shareClass: 'Ordinary',
      creditExpiresAt: EXPIRY,
    }));

/** Terms checkTermSheet(terms, NOW) accepts: every tranche gets at least one fen and one share. */
export const validTerms = computableTerms().filter(
  (t) => t.creditFen >= 10000n && (t.creditFen * t.preMoneyFullyDilutedShares) / t.preMoneyValuationFen >= 10000n,
);

export const WORKED_EXAMPLE: TermSheetTerms = {
  creditFen: 200_000_000n, // ¥2,000,000
  preMoneyValuationFen: 1_800_000_000n, // ¥18,000,000
  preMoneyFullyDilutedShares: 9_000_000n,
  shareClass: 'Ordinary',
  tranches: [
    { percentBasisPoints: 2500n, release: { kind: 'ON_SIGNING' } },
    { percentBasisPoints: 2500n, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000n } },
    { percentBasisPoints: 2500n, release: { kind: 'STAGE_REACHED', stage: 'INCUBATING' } },
    { percentBasisPoints: 2500n, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'm1' } },
  ],
  creditExpiresAt: EXPIRY,
  buyBack: { months: 24, premiumBasisPoints: 800n },
};
