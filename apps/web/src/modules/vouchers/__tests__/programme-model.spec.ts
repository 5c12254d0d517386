import { describe, expect, it } from '@jest/globals';
import { chartRows, currentPeriod, settlementPeriods, shareOf } from '../programme-model';

describe('settlement periods', () => {
  it('lists quarters or months of the programme year', () => {
    expect(settlementPeriods(2026, 'QUARTERLY')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const months = settlementPeriods(2026, 'MONTHLY');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-01');
    expect(months[11]).toBe('2026-12');
  });
  it('picks the current period in Shanghai', () => {
    expect(currentPeriod('QUARTERLY', new Date('2026-11-15T00:00:00Z'))).toBe('2026-Q4');
    expect(currentPeriod('MONTHLY', new Date('2026-09-30T17:00:00Z'))).toBe('2026-10');
  });
});

describe('figures', () => {
  it('makes chart rows of one dimension with translated labels', () => {
    const rows = chartRows(
      [
        { dimension: 'KIND', key: 'STARTUP', committedFen: '150000', redeemedFen: '50000' },
        { dimension: 'INDUSTRY', key: 'HEALTH', committedFen: '1', redeemedFen: '0' },
      ],
      'KIND',
      (key) => `k:${key}`,
      { committed: 'c', redeemed: 'r' },
    );
    expect(rows).toEqual([
      { key: 'k:STARTUP', measure: 'c', yuan: 1500 },
      { key: 'k:STARTUP', measure: 'r', yuan: 500 },
    ]);
  });
  it('computes a share of the budget', () => {
    expect(shareOf('2500', '10000')).toBe(0.25);
    expect(shareOf('1', '0')).toBe(0);
  });
});

describe('programme input', () => {
  it('turns yuan and percent into fen and basis points', async () => {
    const { toProgrammeInput } = await import('../programme-input');
    expect(
      toProgrammeInput({
        year: 2027,
        name: ' 成都算力券 ',
        budget: '5000000',
        coverageBasisPoints: 30.5,
        perOrganisationCap: '200000.50',
        minimumClaim: '1000',
        validityMonths: 12,
        eligibleKinds: ['STARTUP'],
        settlement: 'QUARTERLY',
      }),
    ).toEqual({
      year: 2027,
      name: '成都算力券',
      budgetFen: '500000000',
      coverageBasisPoints: 3050,
      perOrganisationCapFen: '20000050',
      minimumClaimFen: '100000',
      validityMonths: 12,
      eligibleKinds: ['STARTUP'],
      eligibleIndustries: [],
      settlement: 'QUARTERLY',
    });
  });
});

describe('sumFen', () => {
  it('adds fen strings exactly', async () => {
    const { sumFen } = await import('../programme-model');
    expect(sumFen(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(sumFen([])).toBe('0');
  });
});
