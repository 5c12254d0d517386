import fc from 'fast-check';
import { assertTermSheet, checkTermSheet } from '../check-term-sheet.js';
import type { TermSheetProblem, TermSheetTerms } from '../term-sheet.js';
import { TERM_SHEET_PROBLEMS, TermSheetError } from '../term-sheet.js';
import { EXPIRY, NOW, validTerms, WORKED_EXAMPLE } from './arbitraries.js';

const w = WORKED_EXAMPLE;
const [t1, t2, t3, t4] = w.tranches as [TermSheetTerms['tranches'][number], ...TermSheetTerms['tranches']];

/** One broken variant of the worked example per problem code. */
const BROKEN: Record<TermSheetProblem, TermSheetTerms> = {
  VALUATION_NOT_POSITIVE: { ...w, preMoneyValuationFen: 0n },
  CREDIT_NOT_POSITIVE: { ...w, creditFen: 0n },
  CREDIT_EXCEEDS_VALUATION: { ...w, creditFen: w.preMoneyValuationFen + 1n },
  SHARES_NOT_POSITIVE: { ...w, preMoneyFullyDilutedShares: -5n },
  SHARE_CLASS_BLANK: { ...w, shareClass: '  ' },
  SHARE_CLASS_TOO_LONG: { ...w, shareClass: '优'.repeat(61) },
  NO_TRANCHES: { ...w, tranches: [] },
  TRANCHE_NOT_POSITIVE: { ...w, tranches: [{ ...t1!, percentBasisPoints: 5000n }, t2!, t3!, { ...t4!, percentBasisPoints: 0n }] },
  TRANCHES_NOT_100_PERCENT: { ...w, tranches: [t1!, t2!, t3!] },
  FIRST_TRANCHE_NEEDS_NO_PREVIOUS: { ...w, tranches: [t2!, t1!, t3!, t4!] },
  THRESHOLD_OUT_OF_RANGE: { ...w, tranches: [t1!, { ...t2!, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 10001n } }, t3!, t4!] },
  UNKNOWN_STAGE: { ...w, tranches: [t1!, t2!, { ...t3!, release: { kind: 'STAGE_REACHED', stage: 'SERIES_A' } }, t4!] },
  MILESTONE_KEY_BLANK: { ...w, tranches: [t1!, t2!, t3!, { ...t4!, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: '' } }] },
  INVALID_DATE: { ...w, tranches: [t1!, t2!, t3!, { ...t4!, release: { kind: 'DATE', at: new Date('not a date') } }] },
  EXPIRY_IN_PAST: { ...w, creditExpiresAt: NOW },
  RELEASE_AFTER_EXPIRY: { ...w, tranches: [t1!, t2!, t3!, { ...t4!, release: { kind: 'DATE', at: EXPIRY } }] },
  BUY_BACK_OUT_OF_RANGE: { ...w, buyBack: { months: 0, premiumBasisPoints: 800n } },
  TRANCHE_TOO_SMALL: { ...w, creditFen: 3n },
};

const INJECTED: TermSheetProblem[] = ['CREDIT_EXCEEDS_VALUATION', 'TRANCHES_NOT_100_PERCENT', 'SHARE_CLASS_BLANK', 'EXPIRY_IN_PAST'];

describe('checkTermSheet', () => {
  it('accepts the worked example, with or without a buy-back', () => {
    expect(checkTermSheet(w, NOW)).toEqual([]);
    expect(checkTermSheet({ ...w, buyBack: null }, NOW)).toEqual([]);
    expect(() => assertTermSheet(w, NOW)).not.toThrow();
  });

  it.each(TERM_SHEET_PROBLEMS)('finds %s, and only it', (problem) => {
    expect(checkTermSheet(BROKEN[problem], NOW)).toEqual([problem]);
  });

  it('reports every problem at once, in code order, and assertTermSheet throws them', () => {
    const bad: TermSheetTerms = {
      ...w,
      creditFen: -1n,
      preMoneyValuationFen: -2n,
      shareClass: '',
      tranches: [],
      buyBack: { months: 1.5, premiumBasisPoints: 0n },
    };
    const problems = ['VALUATION_NOT_POSITIVE', 'CREDIT_NOT_POSITIVE', 'SHARE_CLASS_BLANK', 'NO_TRANCHES', 'BUY_BACK_OUT_OF_RANGE'];
    expect(checkTermSheet(bad, NOW)).toEqual(problems);
    expect(() => assertTermSheet(bad, NOW)).toThrow(new TermSheetError(problems as TermSheetProblem[]));
  });

  it('keeps to the documented limits at their edges', () => {
    expect(checkTermSheet({ ...w, creditFen: w.preMoneyValuationFen }, NOW)).toEqual([]); // exactly 50 %
    expect(checkTermSheet({ ...w, buyBack: { months: 120, premiumBasisPoints: 10000n } }, NOW)).toEqual([]);
    expect(checkTermSheet({ ...w, buyBack: { months: 121, premiumBasisPoints: 0n } }, NOW)).toEqual(['BUY_BACK_OUT_OF_RANGE']);
    expect(checkTermSheet({ ...w, buyBack: { months: 12, premiumBasisPoints: -1n } }, NOW)).toEqual(['BUY_BACK_OUT_OF_RANGE']);
    expect(checkTermSheet({ ...w, buyBack: { months: 12, premiumBasisPoints: 10001n } }, NOW)).toEqual(['BUY_BACK_OUT_OF_RANGE']);
    const threshold = (thresholdBasisPoints: bigint): TermSheetTerms => ({
      ...w,
      tranches: [t1!, { ...t2!, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints } }, t3!, t4!],
    });
    expect(checkTermSheet(threshold(1n), NOW)).toEqual([]);
    expect(checkTermSheet(threshold(10000n), NOW)).toEqual([]);
    expect(checkTermSheet(threshold(0n), NOW)).toEqual(['THRESHOLD_OUT_OF_RANGE']);
    expect(checkTermSheet({ ...w, creditExpiresAt: new Date(NOW.getTime() + 1) }, new Date(NOW.getTime()))).toEqual([]);
    expect(checkTermSheet({ ...w, creditExpiresAt: new Date('x') }, NOW)).toEqual(['INVALID_DATE']);
    // ¥6.00 at ¥2.00 a share buys 3 shares: one of the four tranches would get none
    expect(checkTermSheet({ ...w, creditFen: 600n }, NOW)).toEqual(['TRANCHE_TOO_SMALL']);
    expect(checkTermSheet({ ...w, creditFen: 3n }, NOW)).toEqual(['TRANCHE_TOO_SMALL']); // 0 fen for one tranche
    expect(checkTermSheet({ ...w, creditFen: 800n }, NOW)).toEqual([]); // 4 shares, one per tranche
  });

  it('finds no problem in random valid terms, and exactly the injected one in a broken copy', () => {
    fc.assert(
      fc.property(validTerms, fc.constantFrom(...INJECTED), (terms, problem) => {
        expect(checkTermSheet(terms, NOW)).toEqual([]);
        const broken: TermSheetTerms =
          problem === 'CREDIT_EXCEEDS_VALUATION'
            ? { ...terms, creditFen: terms.preMoneyValuationFen + 1n }
            : problem === 'TRANCHES_NOT_100_PERCENT'
              ? { ...terms, tranches: [...terms.tranches, { percentBasisPoints: 1n, release: { kind: 'ON_SIGNING' } }] }
              : problem === 'SHARE_CLASS_BLANK'
                ? { ...terms, shareClass: '' }
                : { ...terms, creditExpiresAt: new Date(NOW.getTime() - 1) };
        const found = checkTermSheet(broken, NOW);
        expect(found).toContain(problem);
        // a later expiry can make DATE releases valid again, never the other way: nothing else appears
        expect(found.filter((p) => p !== problem && p !== 'RELEASE_AFTER_EXPIRY')).toEqual([]);
      }),
    );
  });
});
