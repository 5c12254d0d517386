import fc from 'fast-check';
import { billingPeriod } from '../billing-period.js';
import {
  checkProgrammeTerms,
  settlementPeriods,
  voucherProblems,
  VOUCHER_PROBLEMS,
  type VoucherApplicant,
  type VoucherProblem,
  type VoucherProgrammeTerms,
} from '../voucher-rules.js';

const programme: VoucherProgrammeTerms = {
  status: 'OPEN',
  budgetFen: 100_000_000n,
  committedFen: 40_000_000n,
  coverageBasisPoints: 5000n,
  perOrganisationCapFen: 20_000_000n,
  minimumClaimFen: 100_000n,
  validityMonths: 12,
  eligibleKinds: ['STARTUP', 'SME'],
  eligibleIndustries: ['MANUFACTURING', 'HEALTHCARE'],
  settlement: 'QUARTERLY',
};
const applicant: VoucherApplicant = { kind: 'STARTUP', industry: 'HEALTHCARE', relatedParty: false, grantedThisProgrammeFen: 5_000_000n };

describe('voucher grant rules', () => {
  it('allows a fine application, including exactly at each limit', () => {
    expect(voucherProblems(1_000_000n, programme, applicant)).toEqual([]);
    expect(voucherProblems(100_000n, programme, applicant)).toEqual([]); // the minimum itself
    expect(voucherProblems(15_000_000n, programme, applicant)).toEqual([]); // up to the cap
    expect(voucherProblems(20_000_000n, { ...programme, committedFen: 80_000_000n }, { ...applicant, grantedThisProgrammeFen: 0n })).toEqual([]);
    expect(voucherProblems(1_000_000n, { ...programme, eligibleIndustries: [] }, { ...applicant, industry: null })).toEqual([]);
  });

  it('reaches every problem on its own', () => {
    const cases: [VoucherProblem, bigint, Partial<VoucherProgrammeTerms>, Partial<VoucherApplicant>][] = [
      ['PROGRAMME_NOT_OPEN', 1_000_000n, { status: 'DRAFT' }, {}],
      ['BELOW_MINIMUM_CLAIM', 99_999n, {}, {}],
      ['OVER_ORGANISATION_CAP', 15_000_001n, {}, {}],
      ['OVER_PROGRAMME_BUDGET', 1_000_000n, { committedFen: 99_500_000n }, {}],
      ['NOT_ELIGIBLE_KIND', 1_000_000n, {}, { kind: 'UNIVERSITY' }],
      ['NOT_ELIGIBLE_INDUSTRY', 1_000_000n, {}, { industry: 'TELECOMS' }],
      ['RELATED_PARTY', 1_000_000n, {}, { relatedParty: true }],
      ['INVALID_AMOUNT', 0n, {}, {}],
    ];
    expect(cases.map(([problem]) => problem).sort()).toEqual([...VOUCHER_PROBLEMS].sort());
    for (const [problem, amount, terms, who] of cases)
      expect(voucherProblems(amount, { ...programme, ...terms }, { ...applicant, ...who })).toEqual([problem]);
  });

  it('treats a closed programme, a missing industry and the centre itself as ineligible', () => {
    expect(voucherProblems(1_000_000n, { ...programme, status: 'CLOSED' }, applicant)).toEqual(['PROGRAMME_NOT_OPEN']);
    expect(voucherProblems(1_000_000n, programme, { ...applicant, industry: null })).toEqual(['NOT_ELIGIBLE_INDUSTRY']);
    expect(voucherProblems(1_000_000n, { ...programme, eligibleKinds: ['CENTRE'] }, { ...applicant, kind: 'CENTRE' })).toEqual(['NOT_ELIGIBLE_KIND']);
    expect(voucherProblems(-5n, programme, applicant)).toEqual(['INVALID_AMOUNT']);
  });

  it('never allows a grant that would break the cap or the budget', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -10n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 8n }), fc.bigInt({ min: 0n, max: 10n ** 8n }), (amount, committed, granted) => {
        const problems = voucherProblems(amount, { ...programme, committedFen: committed }, { ...applicant, grantedThisProgrammeFen: granted });
        if (problems.length === 0) {
          expect(amount).toBeGreaterThanOrEqual(programme.minimumClaimFen);
          expect(granted + amount).toBeLessThanOrEqual(programme.perOrganisationCapFen);
          expect(committed + amount).toBeLessThanOrEqual(programme.budgetFen);
        }
      }),
    );
  });
});

describe('programme terms', () => {
  const { status: _status, committedFen: _committed, ...terms } = programme;

  it('accepts coherent terms', () => {
    expect(checkProgrammeTerms(terms)).toEqual([]);
    expect(checkProgrammeTerms({ ...terms, coverageBasisPoints: 10000n, validityMonths: 36, perOrganisationCapFen: terms.budgetFen })).toEqual([]);
  });

  it('names each incoherence', () => {
    expect(checkProgrammeTerms({ ...terms, coverageBasisPoints: 0n })).toEqual(['COVERAGE_OUT_OF_RANGE']);
    expect(checkProgrammeTerms({ ...terms, coverageBasisPoints: 10001n })).toEqual(['COVERAGE_OUT_OF_RANGE']);
    expect(checkProgrammeTerms({ ...terms, budgetFen: 0n })).toEqual(['BUDGET_NOT_POSITIVE', 'CAP_ABOVE_BUDGET']);
    expect(checkProgrammeTerms({ ...terms, perOrganisationCapFen: terms.budgetFen + 1n })).toEqual(['CAP_ABOVE_BUDGET']);
    expect(checkProgrammeTerms({ ...terms, perOrganisationCapFen: 0n, minimumClaimFen: 0n })).toEqual(['CAP_NOT_POSITIVE']);
    expect(checkProgrammeTerms({ ...terms, minimumClaimFen: -1n })).toEqual(['MINIMUM_NEGATIVE']);
    expect(checkProgrammeTerms({ ...terms, minimumClaimFen: terms.perOrganisationCapFen + 1n })).toEqual(['MINIMUM_ABOVE_CAP']);
    for (const validityMonths of [0, 37, 1.5]) expect(checkProgrammeTerms({ ...terms, validityMonths })).toEqual(['VALIDITY_OUT_OF_RANGE']);
    expect(checkProgrammeTerms({ ...terms, eligibleKinds: [] })).toEqual(['NO_ELIGIBLE_KINDS']);
    expect(checkProgrammeTerms({ ...terms, eligibleKinds: ['STARTUP', 'PIRATE'] })).toEqual(['UNKNOWN_KIND']);
    expect(checkProgrammeTerms({ ...terms, eligibleKinds: ['CENTRE'] })).toEqual(['CENTRE_NOT_ELIGIBLE']);
    expect(checkProgrammeTerms({ ...terms, eligibleIndustries: ['ALCHEMY'] })).toEqual(['UNKNOWN_INDUSTRY']);
  });
});

describe('settlement periods', () => {
  it('labels months and quarters', () => {
    expect(settlementPeriods(2026, 'MONTHLY').map((p) => p.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    const quarters = settlementPeriods(2026, 'QUARTERLY');
    expect(quarters.map((p) => p.label)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarters[1]!.start.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });

  it('cover the Shanghai year without gaps or overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.constantFrom('MONTHLY' as const, 'QUARTERLY' as const), (year, settlement) => {
        const periods = settlementPeriods(year, settlement);
        expect(periods).toHaveLength(settlement === 'MONTHLY' ? 12 : 4);
        expect(periods[0]!.start).toEqual(billingPeriod(`${year}-01`).start);
        expect(periods.at(-1)!.end).toEqual(billingPeriod(`${year + 1}-01`).start);
        periods.forEach((p, i) => {
          expect(p.start.getTime()).toBeLessThan(p.end.getTime());
          if (i > 0) expect(p.start).toEqual(periods[i - 1]!.end);
        });
      }),
    );
  });
});
