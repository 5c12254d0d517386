import { INDUSTRIES, PROJECT_STAGES } from '@suanli/domain';
import fc from 'fast-check';
import { holdingOf, portfolioOf, type PortfolioLineFacts } from '../services/portfolio-figures.js';

const line = (over: Partial<PortfolioLineFacts>): PortfolioLineFacts => ({
  id: 'l1', organisationId: 'o1', projectStage: 'INCUBATING', openedAt: new Date('2026-01-01T00:00:00Z'),
  creditFen: 1_000_000n, drawnFen: 0n, releasedFen: 0n, sharesIssued: 0n, sharesBoughtBack: 0n,
  priceNumerator: 10n, priceDenominator: 1n, postMoneyShares: 10_100_000n,
  ...over,
});

const arbitraryLine = fc
  .record({
    stage: fc.constantFrom(...PROJECT_STAGES),
    openedAt: fc.integer({ min: 0, max: 1_000_000 }),
    creditFen: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    drawnPart: fc.double({ min: 0, max: 1, noNaN: true }),
    issued: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    bought: fc.double({ min: 0, max: 1, noNaN: true }),
    numerator: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    denominator: fc.bigInt({ min: 1n, max: 10n ** 8n }),
  });

describe('portfolio figures', () => {
  it('values all of a startup’s shares at its latest line’s price, once rounded, and counts it in that line’s stage', () => {
    const holding = holdingOf({ id: 'o1', name: '甲', industry: 'HEALTHCARE', kind: 'STARTUP' }, [
      line({ id: 'old', projectStage: 'INCUBATING', sharesIssued: 25_000n, priceNumerator: 10n }),
      // 1800/7 fen a share, opened later: 30,000 shares × 1800/7 = 7,714,285.71… → 7,714,286.
      line({ id: 'new', projectStage: 'ADAPTATION', openedAt: new Date('2026-06-01T00:00:00Z'), sharesIssued: 5_000n, priceNumerator: 1800n, priceDenominator: 7n, postMoneyShares: 7_007_777n }),
    ], []);
    expect(holding.figures.impliedValueFen).toBe(7_714_286n);
    expect(holding).toMatchObject({ stage: 'ADAPTATION', stages: ['ADAPTATION', 'INCUBATING'], latestCreditLineId: 'new', percentBasisPoints: 43 }); // 42.81 bp
  });

  it('partitions the holdings: each breakdown adds up to the totals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...INDUSTRIES), fc.array(arbitraryLine, { minLength: 1, maxLength: 3 })), { maxLength: 8 }), (startups) => {
        const holdings = startups.map(([industry, lines], s) =>
          holdingOf(
            { id: `o${s}`, name: `startup ${s}`, industry, kind: 'STARTUP' },
            lines.map((r, l) => {
              const drawnFen = BigInt(Math.floor(Number(r.creditFen) * r.drawnPart));
              return line({
                id: `o${s}-l${l}`, organisationId: `o${s}`, projectStage: r.stage, openedAt: new Date(r.openedAt),
                creditFen: r.creditFen, drawnFen: drawnFen > r.creditFen ? r.creditFen : drawnFen, releasedFen: r.creditFen,
                sharesIssued: r.issued, sharesBoughtBack: BigInt(Math.floor(Number(r.issued) * r.bought)),
                priceNumerator: r.numerator, priceDenominator: r.denominator,
              });
            }),
            [],
          ),
        );
        const portfolio = portfolioOf(holdings);
        for (const rows of [portfolio.byIndustry, portfolio.byStage]) {
          const sum = (pick: (f: (typeof rows)[number]['figures']) => bigint) => rows.reduce((n, r) => n + pick(r.figures), 0n);
          expect(sum((f) => f.committedFen)).toBe(portfolio.totals.committedFen);
          expect(sum((f) => f.releasedFen)).toBe(portfolio.totals.releasedFen);
          expect(sum((f) => f.drawnFen)).toBe(portfolio.totals.drawnFen);
          expect(sum((f) => f.remainingFen)).toBe(portfolio.totals.remainingFen);
          expect(sum((f) => f.impliedValueFen)).toBe(portfolio.totals.impliedValueFen);
          expect(sum((f) => BigInt(f.sharesHeld))).toBe(BigInt(portfolio.totals.sharesHeld));
          expect(rows.reduce((n, r) => n + r.figures.startups, 0)).toBe(holdings.length);
        }
        expect(portfolio.totals.impliedValueFen).toBe(portfolio.holdings.reduce((n, h) => n + h.figures.impliedValueFen, 0n));
      }),
    );
  });
});
