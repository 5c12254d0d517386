import { describe, expect, it } from '@jest/globals';
import {
  basisPointsToPercentText,
  blankForm,
  calculate,
  formatBasisPoints,
  formOfTerms,
  percentToBasisPoints,
  problemsAt,
  termFieldOf,
  termsOfForm,
  toTermsInput,
  type TermFormValues,
} from '../term-form';

const NOW = new Date('2026-12-01T04:00:00Z');

/** ¥2,000,000 at ¥18,000,000 pre-money over 7,000,000 shares: the API's own example (777,777 shares, 10 %). */
const form = (overrides: Partial<TermFormValues> = {}): TermFormValues => ({
  credit: '2,000,000',
  preMoney: '18000000',
  preShares: '7,000,000',
  shareClass: ' A轮优先股 ',
  expiresOn: '2027-11-30',
  buyBack: true,
  buyBackMonths: '36',
  buyBackPremium: '8',
  tranches: [
    { percent: '25', kind: 'ON_SIGNING' },
    { percent: '25', kind: 'PREVIOUS_DRAWN', threshold: '80' },
    { percent: '25', kind: 'STAGE_REACHED', stage: 'INCUBATING' },
    { percent: '25', kind: 'MILESTONE_ACCEPTED', milestoneKey: ' model-v1 ' },
  ],
  ...overrides,
});

describe('the mutation input of the editor', () => {
  it('sends money in fen, parts in basis points, the expiry at the end of the Shanghai day, each release with its own field only', () => {
    const terms = termsOfForm(form());
    expect(terms).not.toBeNull();
    expect(toTermsInput(terms!)).toEqual({
      creditFen: '200000000',
      preMoneyValuationFen: '1800000000',
      preMoneyFullyDilutedShares: '7000000',
      shareClass: 'A轮优先股',
      // 2027-11-30 is the last day: the credit expires at 2027-12-01 00:00 Asia/Shanghai.
      creditExpiresAt: '2027-11-30T16:00:00.000Z',
      buyBack: { months: 36, premiumBasisPoints: 800 },
      tranches: [
        { percentBasisPoints: 2500, release: { kind: 'ON_SIGNING' } },
        { percentBasisPoints: 2500, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000 } },
        { percentBasisPoints: 2500, release: { kind: 'STAGE_REACHED', stage: 'INCUBATING' } },
        { percentBasisPoints: 2500, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'model-v1' } },
      ],
    });
  });

  it('sends a DATE release from 00:00 Shanghai of its day, and no buy-back when it is off', () => {
    const input = toTermsInput(termsOfForm(form({ buyBack: false, tranches: [{ percent: '100', kind: 'DATE', date: '2027-03-01' }] }))!);
    expect(input.tranches).toEqual([{ percentBasisPoints: 10000, release: { kind: 'DATE', at: '2027-02-28T16:00:00.000Z' } }]);
    expect(input.buyBack).toBeNull();
  });

  it('is null while a number is not a number, so nothing half-typed is sent', () => {
    expect(termsOfForm(form({ credit: '12.345' }))).toBeNull();
    expect(termsOfForm(form({ preShares: '7000000.5' }))).toBeNull();
    expect(termsOfForm(form({ tranches: [{ percent: 'abc', kind: 'ON_SIGNING' }] }))).toBeNull();
    expect(termsOfForm(form({ buyBackMonths: '' }))).toBeNull();
  });

  it('reads a counter-offer back from a version exactly as it was sent', () => {
    const input = toTermsInput(termsOfForm(form())!);
    const values = formOfTerms({
      ...input,
      buyBack: input.buyBack!,
      tranches: input.tranches.map((t) => ({
        percentBasisPoints: t.percentBasisPoints,
        release: { kind: t.release.kind, thresholdBasisPoints: t.release.thresholdBasisPoints ?? null, stage: t.release.stage ?? null, at: null, milestoneKey: t.release.milestoneKey ?? null },
      })),
    });
    expect(values.expiresOn).toBe('2027-11-30');
    expect(toTermsInput(termsOfForm(values)!)).toEqual(input);
  });
});

describe('the live calculator', () => {
  it('computes both views of the equity and the tranches exactly, as the API does', () => {
    const result = calculate(form(), NOW);
    expect(result.problems).toEqual([]);
    expect(result.derived).toMatchObject({ postMoneyValuationFen: 2000000000n, centrePercentBasisPoints: 1000n, centreShares: 777777n, pricePerShareMicroYuan: 2571429n });
    expect(result.tranches.map((t) => t.shares)).toEqual([194445n, 194444n, 194444n, 194444n]);
    expect(result.tranches.map((t) => t.creditFen)).toEqual([50000000n, 50000000n, 50000000n, 50000000n]);
  });

  it('reports tranches adding up to 90 % beside the tranche table, still showing the equity but no tranche split', () => {
    const result = calculate(form({ tranches: [{ percent: '50', kind: 'ON_SIGNING' }, { percent: '40', kind: 'ON_SIGNING' }] }), NOW);
    expect(result.problems).toEqual(['TRANCHES_NOT_100_PERCENT']);
    expect(problemsAt(result.problems, 'tranches')).toEqual(['TRANCHES_NOT_100_PERCENT']);
    expect(problemsAt(result.problems, 'credit')).toEqual([]);
    expect(result.tranches).toEqual([]);
    expect(result.derived?.centreShares).toBe(777777n);
  });

  it('places each problem beside its field', () => {
    const result = calculate(
      form({ credit: '20000000', shareClass: '  ', expiresOn: '2026-11-01', buyBackMonths: '200', tranches: [{ percent: '100', kind: 'PREVIOUS_DRAWN', threshold: '80' }] }),
      NOW,
    );
    expect(result.problems).toEqual(['CREDIT_EXCEEDS_VALUATION', 'SHARE_CLASS_BLANK', 'FIRST_TRANCHE_NEEDS_NO_PREVIOUS', 'EXPIRY_IN_PAST', 'BUY_BACK_OUT_OF_RANGE']);
    expect(problemsAt(result.problems, 'credit')).toEqual(['CREDIT_EXCEEDS_VALUATION']);
    expect(problemsAt(result.problems, 'shareClass')).toEqual(['SHARE_CLASS_BLANK']);
    expect(problemsAt(result.problems, 'expiresOn')).toEqual(['EXPIRY_IN_PAST']);
    expect(problemsAt(result.problems, 'buyBack')).toEqual(['BUY_BACK_OUT_OF_RANGE']);
  });

  it('shows nothing and reports nothing while the form is half typed', () => {
    expect(calculate(blankForm(NOW), NOW)).toEqual({ terms: null, derived: null, tranches: [], problems: [] });
  });

  it('starts a new sheet with one tranche of 100 % on signing and a year of credit', () => {
    expect(blankForm(NOW)).toMatchObject({ expiresOn: '2027-12-01', tranches: [{ percent: '100', kind: 'ON_SIGNING' }] });
  });
});

describe('percent and basis points', () => {
  it('converts both ways exactly', () => {
    expect(percentToBasisPoints('12.5')).toBe(1250n);
    expect(percentToBasisPoints('33.33%')).toBe(3333n);
    expect(percentToBasisPoints('１００')).toBe(10000n);
    expect(percentToBasisPoints('1.234')).toBeNull();
    expect(basisPointsToPercentText(1250)).toBe('12.5');
    expect(basisPointsToPercentText(10000)).toBe('100');
    expect(basisPointsToPercentText(3333)).toBe('33.33');
    expect(formatBasisPoints(1000n)).toBe('10.00%');
    expect(formatBasisPoints(5)).toBe('0.05%');
  });

  it('shows an API error on the editor field of its input path', () => {
    expect(termFieldOf('creditFen')).toBe('credit');
    expect(termFieldOf('preMoneyValuationFen')).toBe('preMoney');
    expect(termFieldOf('tranches')).toBeUndefined();
    expect(termFieldOf('projectId')).toBe('projectId');
  });
});
