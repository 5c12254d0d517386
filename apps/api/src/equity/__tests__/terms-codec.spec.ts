import { createHash } from 'node:crypto';
import { canonicalTermsJson, type TermSheetTerms } from '@suanli/domain';
import { DomainError } from '../../common/errors/api-errors.js';
import { assertTerms, canonicalOf, termsOfInput, termsOfJson } from '../services/terms-codec.js';

const now = new Date('2026-12-01T00:00:00Z');
const terms: TermSheetTerms = {
  creditFen: 200_000_000n,
  preMoneyValuationFen: 1_800_000_000n,
  preMoneyFullyDilutedShares: 7_000_000n,
  shareClass: 'A轮优先股',
  tranches: [
    { percentBasisPoints: 2500n, release: { kind: 'ON_SIGNING' } },
    { percentBasisPoints: 2500n, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000n } },
    { percentBasisPoints: 2500n, release: { kind: 'DATE', at: new Date('2027-06-01T00:00:00Z') } },
    { percentBasisPoints: 2500n, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'model-v1' } },
  ],
  creditExpiresAt: new Date('2027-12-01T00:00:00Z'),
  buyBack: { months: 36, premiumBasisPoints: 800n },
};

const problemOf = (change: Partial<TermSheetTerms>) => {
  try {
    assertTerms({ ...terms, ...change }, now);
    return null;
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : error;
  }
};

describe('term-sheet terms in the API', () => {
  it('stores the canonical JSON and hashes exactly that text; reading it back gives the same terms', () => {
    const { json, hash } = canonicalOf(terms);
    expect(hash).toBe(createHash('sha256').update(canonicalTermsJson(terms)).digest('hex'));
    // jsonb does not keep key order: what comes back is re-canonicalised to the same text and hash.
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys)
      : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]))
      : value;
    const reordered = reverseKeys(json) as object;
    expect(Object.keys(reordered)[0]).toBe(Object.keys(json).at(-1));
    expect(canonicalTermsJson(termsOfJson(json))).toBe(canonicalTermsJson(terms));
    expect(canonicalOf(termsOfJson(reordered)).hash).toBe(hash);
    expect(termsOfJson(json)).toEqual(terms);
  });

  it('names the main problems with their own codes and the rest INVALID_TERMS, with the field', () => {
    expect(problemOf({})).toBeNull();
    expect(problemOf({ preMoneyValuationFen: 0n })).toEqual({ code: 'VALUATION_NOT_POSITIVE', field: ['terms', 'preMoneyValuationFen'] });
    expect(problemOf({ creditFen: 1_800_000_001n })).toEqual({ code: 'CREDIT_EXCEEDS_VALUATION', field: ['terms', 'creditFen'] });
    expect(problemOf({ tranches: terms.tranches.slice(1) })).toEqual({ code: 'TRANCHES_NOT_100_PERCENT', field: ['terms', 'tranches'] });
    expect(problemOf({ buyBack: { months: 0, premiumBasisPoints: 0n } })).toEqual({ code: 'INVALID_TERMS', field: ['terms', 'buyBack'] });
  });

  it('refuses a release without the field its kind needs', () => {
    const input = { creditFen: 1n, preMoneyValuationFen: 2n, preMoneyFullyDilutedShares: '10', shareClass: 'Ordinary', creditExpiresAt: now, buyBack: null };
    expect(() => termsOfInput({ ...input, tranches: [{ percentBasisPoints: 10000, release: { kind: 'STAGE_REACHED' } }] })).toThrow(/needs stage/);
  });
});
