import fc from 'fast-check';
import type { TermSheetTerms } from '../term-sheet.js';
import { canonicalTermsJson, diffTerms } from '../version-diff.js';
import { computableTerms, WORKED_EXAMPLE } from './arbitraries.js';

/** A deep copy whose objects have their keys inserted in reverse order (dates and bigints kept). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
}

/** A structurally equal copy with fresh Date objects. */
function clone(terms: TermSheetTerms): TermSheetTerms {
  return {
    ...terms,
    creditExpiresAt: new Date(terms.creditExpiresAt.getTime()),
    tranches: terms.tranches.map((t) => ({
      ...t,
      release: t.release.kind === 'DATE' ? { kind: 'DATE', at: new Date(t.release.at.getTime()) } : { ...t.release },
    })),
    buyBack: terms.buyBack && { ...terms.buyBack },
  };
}

describe('canonical terms JSON', () => {
  it('serialises the worked example with sorted keys, bigints as strings and dates as ISO', () => {
    expect(canonicalTermsJson(WORKED_EXAMPLE)).toBe(
      '{"buyBack":{"months":"24","premiumBasisPoints":"800"},"creditExpiresAt":"2027-12-01T00:00:00.000Z","creditFen":"200000000",' +
        '"preMoneyFullyDilutedShares":"9000000","preMoneyValuationFen":"1800000000","shareClass":"Ordinary","tranches":[' +
        '{"percentBasisPoints":"2500","release":{"kind":"ON_SIGNING"}},' +
        '{"percentBasisPoints":"2500","release":{"kind":"PREVIOUS_DRAWN","thresholdBasisPoints":"8000"}},' +
        '{"percentBasisPoints":"2500","release":{"kind":"STAGE_REACHED","stage":"INCUBATING"}},' +
        '{"percentBasisPoints":"2500","release":{"kind":"MILESTONE_ACCEPTED","milestoneKey":"m1"}}]}',
    );
    expect(canonicalTermsJson({ ...WORKED_EXAMPLE, buyBack: null })).toContain('"buyBack":null');
  });

  it('is the same for the same terms built in another key order, and ignores extra properties', () => {
    fc.assert(
      fc.property(computableTerms(), (terms) => {
        const json = canonicalTermsJson(terms);
        expect(canonicalTermsJson(reverseKeys(terms))).toBe(json);
        expect(canonicalTermsJson(clone(terms))).toBe(json);
        expect(canonicalTermsJson({ ...terms, id: 'row-7', version: 3 } as TermSheetTerms)).toBe(json);
        expect(JSON.parse(json)).toEqual(JSON.parse(canonicalTermsJson(reverseKeys(terms))));
      }),
    );
  });
});

describe('diffTerms', () => {
  it('is empty for equal terms', () => {
    fc.assert(fc.property(computableTerms(), (terms) => expect(diffTerms(terms, reverseKeys(clone(terms)))).toEqual([])));
  });

  it('names exactly the changed fields, tranche by tranche', () => {
    const w = WORKED_EXAMPLE;
    const changed: TermSheetTerms = {
      ...w,
      creditFen: 300_000_000n,
      tranches: w.tranches.map((t, i) => (i === 1 ? { ...t, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 5000n } } : t)),
      buyBack: null,
    };
    expect(diffTerms(w, changed)).toEqual([
      { field: 'buyBack.months', before: '24', after: '' },
      { field: 'buyBack.premiumBasisPoints', before: '800', after: '' },
      { field: 'creditFen', before: '200000000', after: '300000000' },
      { field: 'tranches[1].release.thresholdBasisPoints', before: '8000', after: '5000' },
      { field: 'buyBack', before: '', after: 'null' },
    ]);
    expect(diffTerms(w, { ...w, tranches: w.tranches.slice(0, 3) })).toEqual([
      { field: 'tranches[3].percentBasisPoints', before: '2500', after: '' },
      { field: 'tranches[3].release.kind', before: 'MILESTONE_ACCEPTED', after: '' },
      { field: 'tranches[3].release.milestoneKey', before: 'm1', after: '' },
    ]);
  });

  it('reports a change to one field as that field alone', () => {
    const edits: ((t: TermSheetTerms) => [string, TermSheetTerms])[] = [
      (t) => ['creditFen', { ...t, creditFen: t.creditFen + 1n }],
      (t) => ['preMoneyValuationFen', { ...t, preMoneyValuationFen: t.preMoneyValuationFen + 1n }],
      (t) => ['preMoneyFullyDilutedShares', { ...t, preMoneyFullyDilutedShares: t.preMoneyFullyDilutedShares + 1n }],
      (t) => ['shareClass', { ...t, shareClass: `${t.shareClass} B` }],
      (t) => ['creditExpiresAt', { ...t, creditExpiresAt: new Date(t.creditExpiresAt.getTime() + 1000) }],
      (t) => {
        const [first, ...rest] = t.tranches;
        return ['tranches[0].percentBasisPoints', { ...t, tranches: [{ ...first!, percentBasisPoints: first!.percentBasisPoints + 1n }, ...rest] }];
      },
    ];
    fc.assert(
      fc.property(computableTerms(), fc.nat({ max: edits.length - 1 }), (terms, which) => {
        const [field, edited] = edits[which]!(terms);
        expect(diffTerms(terms, edited).map((change) => change.field)).toEqual([field]);
        expect(diffTerms(edited, terms).map((change) => change.field)).toEqual([field]);
      }),
    );
  });
});
