import fc from 'fast-check';
import { PROJECT_STAGES } from '../../lifecycle/project-stage.js';
import type { ReleaseFacts, TrancheLedger } from '../tranches.js';
import {
  drawableFen,
  drawdown,
  openLedger,
  sharesIssued,
  splitByLargestRemainder,
  splitCredit,
  splitShares,
  TrancheLedgerError,
  trancheStates,
} from '../tranches.js';
import { computableTerms, EXPIRY, MILESTONES, NOW, trancheBasisPoints, WORKED_EXAMPLE } from './arbitraries.js';

const DAY = 24 * 60 * 60 * 1000;
const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('splitting shares and credit over tranches', () => {
  it('always adds up, and each tranche is within one unit of its exact proportion', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), trancheBasisPoints, (total, points) => {
        const tranches = points.map((percentBasisPoints) => ({ percentBasisPoints }));
        for (const parts of [splitShares(total, tranches), splitCredit(total, tranches)]) {
          expect(parts).toHaveLength(points.length);
          expect(sum(parts)).toBe(total);
          parts.forEach((part, i) => {
            const diff = part * 10000n - total * points[i]!; // (part − exact) × 10000
            expect(diff > -10000n && diff < 10000n).toBe(true);
          });
        }
      }),
    );
  });

  it('hands leftover units to the largest remainders, ties to the earlier tranche', () => {
    expect(splitByLargestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(splitByLargestRemainder(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
    // exact 3.3, 3.3, 3.4 ×(1/1): remainders .3 .3 .4 → the third gets the unit, though not the largest weight
    expect(splitByLargestRemainder(10n, [3300n, 3300n, 3400n])).toEqual([3n, 3n, 4n]);
    expect(splitByLargestRemainder(5n, [6000n, 4000n])).toEqual([3n, 2n]);
    expect(splitByLargestRemainder(7n, [0n, 1n])).toEqual([0n, 7n]);
    expect(() => splitByLargestRemainder(-1n, [1n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [0n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [2n, -1n])).toThrow(RangeError);
  });
});

const noFacts: ReleaseFacts = { now: NOW, stagesReached: [], milestonesAccepted: [] };

describe('drawing the worked example', () => {
  it('releases tranche 2 at 80 % of tranche 1 and issues shares when a tranche is fully drawn', () => {
    const ledger = openLedger(WORKED_EXAMPLE);
    expect(trancheStates(ledger, noFacts).map((s) => s.status)).toEqual(['RELEASED', 'LOCKED', 'LOCKED', 'LOCKED']);
    expect(drawableFen(ledger, noFacts)).toBe(100_000_000n); // tranche 1, and tranche 2 once 1 is at 80 %

    const first = drawdown(ledger, noFacts, 40_000_000n); // ¥400,000 = 80 % of tranche 1
    expect(first.drawsFen).toEqual([40_000_000n, 0n, 0n, 0n]);
    expect(first.newlyReleased).toEqual([1]);
    expect(first.newlyFullyDrawn).toEqual([]);
    expect(first.sharesIssued).toBe(0n);

    const second = drawdown(first.after, noFacts, 30_000_000n);
    expect(second.drawsFen).toEqual([10_000_000n, 20_000_000n, 0n, 0n]);
    expect(second.newlyFullyDrawn).toEqual([0]);
    expect(second.sharesIssued).toBe(250_000n);

    const third = drawdown(second.after, noFacts, 100_000_000n);
    expect(third.drawnFen).toBe(30_000_000n);
    expect(third.shortfallFen).toBe(70_000_000n);
    expect(third.sharesIssued).toBe(250_000n);

    const incubating: ReleaseFacts = { ...noFacts, stagesReached: ['ADAPTATION', 'INCUBATING'] };
    expect(trancheStates(third.after, incubating).map((s) => s.status)).toEqual(['FULLY_DRAWN', 'FULLY_DRAWN', 'RELEASED', 'LOCKED']);
    expect(sharesIssued(third.after)).toBe(500_000n);
    // a release is never withdrawn: once drawn from, a tranche stays released whatever the facts say
    const fourth = drawdown(third.after, incubating, 1n);
    expect(trancheStates(fourth.after, noFacts)[2]!.status).toBe('RELEASED');
    expect(drawableFen(fourth.after, noFacts)).toBe(49_999_999n);
  });

  it('skips a locked tranche for a later released one, and draws nothing once the credit has expired', () => {
    const ledger = openLedger(WORKED_EXAMPLE);
    const facts: ReleaseFacts = { ...noFacts, milestonesAccepted: ['m1'] };
    const draw = drawdown({ ...ledger, drawnFen: [1n, 0n, 0n, 0n] }, facts, 60_000_000n);
    // tranche 1 (49,999,999 left) crosses 80 % and releases tranche 2 on the way
    expect(draw.drawsFen).toEqual([49_999_999n, 10_000_001n, 0n, 0n]);
    // tranche 2 locked until a date, tranche 4 released by its milestone: the draw skips to tranche 4
    const tranches = ledger.tranches.map((t, i) => (i === 1 ? { ...t, release: { kind: 'DATE' as const, at: EXPIRY } } : t));
    const skip = drawdown({ ...ledger, tranches, drawnFen: [50_000_000n, 0n, 0n, 0n] }, facts, 1n);
    expect(skip.drawsFen).toEqual([0n, 0n, 0n, 1n]);
    const expired = drawdown(ledger, { ...facts, now: EXPIRY }, 10n);
    expect(expired.drawnFen).toBe(0n);
    expect(drawableFen(ledger, { ...facts, now: EXPIRY })).toBe(0n);
  });

  it('rejects a ledger that does not fit its tranches, and negative amounts', () => {
    const ledger = openLedger(WORKED_EXAMPLE);
    expect(() => trancheStates({ ...ledger, drawnFen: [0n] }, noFacts)).toThrow(TrancheLedgerError);
    expect(() => trancheStates({ ...ledger, drawnFen: [50_000_001n, 0n, 0n, 0n] }, noFacts)).toThrow(TrancheLedgerError);
    expect(() => trancheStates({ ...ledger, drawnFen: [-1n, 0n, 0n, 0n] }, noFacts)).toThrow(TrancheLedgerError);
    expect(() => drawdown(ledger, noFacts, -1n)).toThrow(TrancheLedgerError);
  });
});

/** Facts that only grow over time, as they do for a real project. */
const factsStep = fc.record({
  days: fc.integer({ min: 0, max: 60 }),
  stage: fc.option(fc.constantFrom(...PROJECT_STAGES)),
  milestone: fc.option(fc.constantFrom(...MILESTONES)),
});

describe('drawdown over random sequences', () => {
  it('draws min(amount, drawable), in order, never beyond a tranche, issuing each tranche’s shares exactly once', () => {
    fc.assert(
      fc.property(
        computableTerms(10n ** 7n),
        fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 4n * 10n ** 6n }), factsStep), { maxLength: 12 }),
        (terms, steps) => {
          let ledger: TrancheLedger = openLedger(terms);
          let facts: ReleaseFacts = noFacts;
          const issuedOnce = new Set<number>();
          let issuedTotal = 0n;
          for (const [amount, step] of steps) {
            facts = {
              now: new Date(facts.now.getTime() + step.days * DAY),
              stagesReached: step.stage === null ? facts.stagesReached : [...facts.stagesReached, step.stage],
              milestonesAccepted: step.milestone === null ? facts.milestonesAccepted : [...facts.milestonesAccepted, step.milestone],
            };
            const before = trancheStates(ledger, facts);
            const drawable = drawableFen(ledger, facts);
            const draw = drawdown(ledger, facts, amount);
            const after = trancheStates(draw.after, facts);

            expect(draw.drawnFen).toBe(amount < drawable ? amount : drawable);
            expect(sum(draw.drawsFen)).toBe(draw.drawnFen);
            expect(draw.shortfallFen).toBe(amount - draw.drawnFen);
            if (facts.now.getTime() >= terms.creditExpiresAt.getTime()) expect(draw.drawnFen).toBe(0n);
            draw.drawsFen.forEach((fen, i) => {
              expect(fen >= 0n).toBe(true);
              expect(draw.after.drawnFen[i]! <= ledger.tranches[i]!.creditFen).toBe(true);
              if (fen > 0n) {
                // only released tranches are drawn (released before, or on the way by this draw)
                expect(before[i]!.status === 'RELEASED' || draw.newlyReleased.includes(i)).toBe(true);
                // in order: every earlier tranche is locked or used up
                for (let j = 0; j < i; j++) expect(after[j]!.status === 'RELEASED').toBe(false);
              }
            });
            // a draw that stopped short left nothing drawable
            if (draw.shortfallFen > 0n) expect(drawableFen(draw.after, facts)).toBe(0n);
            for (const i of draw.newlyReleased) expect(ledger.tranches[i]!.release.kind).toBe('PREVIOUS_DRAWN');
            for (const i of draw.newlyFullyDrawn) {
              expect(issuedOnce.has(i)).toBe(false);
              issuedOnce.add(i);
            }
            expect(draw.sharesIssued).toBe(sum(draw.newlyFullyDrawn.map((i) => ledger.tranches[i]!.shares)));
            issuedTotal += draw.sharesIssued;
            ledger = draw.after;
          }
          expect(issuedTotal).toBe(sharesIssued(ledger) - sum(ledger.tranches.filter((t) => t.creditFen === 0n).map((t) => t.shares)));
          expect(sum(ledger.tranches.map((t) => t.shares))).toBe(sum(openLedger(terms).tranches.map((t) => t.shares)));
        },
      ),
    );
  });
});
