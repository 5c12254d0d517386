import type { TermSheetTermsInput } from '../test/gql/graphql.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { AcceptTermSheetVersion, ProposeTermSheet } from '../test/operations/equity.operations.js';
import { CreditLineById, PortfolioQuery, TermSheetCreditLineId } from '../test/operations/portfolio.operations.js';

/** ¥10,000 at ¥1,000,000 over 10,000,000 shares: 10 fen a share, 100,000 centre shares. */
const terms = (): TermSheetTermsInput => ({
  creditFen: '1000000',
  preMoneyValuationFen: '100000000',
  preMoneyFullyDilutedShares: '10000000',
  shareClass: 'A轮优先股',
  tranches: [
    { percentBasisPoints: 5000, release: { kind: 'ON_SIGNING' } },
    { percentBasisPoints: 5000, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 10000 } },
  ],
  creditExpiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
  buyBack: null,
});

/**
 * The portfolio is the centre's: a founder is refused it over HTTP, reads their own credit line and
 * gets null for another startup's, while the manager sees both startups in the portfolio.
 */
describe('the portfolio and credit lines over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let mine: Tenant;
  let theirs: Tenant;
  let myLineId: string;
  let theirLineId: string;

  /** Proposed by the manager, accepted by both: the signed sheet's credit line id. */
  const signedLine = async (scenario: Scenario, tenant: Tenant) => {
    const projectId = (await scenario.project(tenant, 'ADAPTATION')).id;
    const proposed = (await manager.request(ProposeTermSheet, { input: { projectId, terms: terms() } })).data!.proposeTermSheet;
    expect(proposed.userErrors).toEqual([]);
    const termSheetId = proposed.termSheet!.id;
    for (const side of [manager, tenant.founder]) {
      expect((await side.request(AcceptTermSheetVersion, { input: { termSheetId, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);
    }
    const sheet = (await manager.request(TermSheetCreditLineId, { id: termSheetId })).data!.termSheet!;
    expect(sheet.status).toBe('SIGNED');
    return sheet.creditLine!.id;
  };

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    mine = await scenario.tenant({ label: '组合甲', industry: 'HEALTHCARE' });
    theirs = await scenario.tenant({ label: '组合乙', industry: 'REMOTE_SENSING' });
    myLineId = await signedLine(scenario, mine);
    theirLineId = await signedLine(scenario, theirs);
  }, 120_000);

  it('refuses the portfolio to a founder with FORBIDDEN and no data', async () => {
    const result = await mine.founder.request(PortfolioQuery, {});
    expect(result.data?.portfolio ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(result)).not.toContain(theirs.organisationName);
  });

  it('shows the manager both startups, with the signed credit and nothing drawn yet', async () => {
    const result = await manager.request(PortfolioQuery, {});
    expect(result.errors).toBeUndefined();
    const portfolio = result.data!.portfolio;
    for (const [tenant, lineId, industry] of [[mine, myLineId, 'HEALTHCARE'], [theirs, theirLineId, 'REMOTE_SENSING']] as const) {
      const holding = portfolio.holdings.find((h) => h.organisationId === tenant.organisationId);
      expect(holding).toMatchObject({
        organisationName: tenant.organisationName, industry, kind: 'STARTUP', stage: 'ADAPTATION', creditLines: 1, latestCreditLineId: lineId,
        postMoneyShares: '10100000', percentBasisPoints: 0, pricePerShareMicroYuan: '100000',
        figures: { startups: 1, sharesHeld: '0', committedFen: '1000000', releasedFen: '500000', drawnFen: '0', remainingFen: '1000000', impliedValueFen: '0' },
      });
      expect(holding!.usage).toHaveLength(6);
    }
    const sum = (rows: readonly { figures: { committedFen: string } }[]) => rows.reduce((n, r) => n + BigInt(r.figures.committedFen), 0n).toString();
    expect(sum(portfolio.byIndustry)).toBe(portfolio.totals.committedFen);
    expect(sum(portfolio.byStage)).toBe(portfolio.totals.committedFen);
  });

  it('gives a founder their own credit line and null for another startup’s', async () => {
    const own = (await mine.founder.request(CreditLineById, { id: myLineId })).data!.creditLine;
    expect(own).toMatchObject({ id: myLineId, organisationId: mine.organisationId, status: 'ACTIVE', creditFen: '1000000', drawnFen: '0', drawableFen: '1000000', totalShares: '100000' });
    expect(own!.tranches.map((t) => t.status)).toEqual(['RELEASED', 'LOCKED']);

    const other = await mine.founder.request(CreditLineById, { id: theirLineId });
    expect(other.errors).toBeUndefined();
    expect(other.data!.creditLine).toBeNull();
    // And the other founder the other way round.
    expect((await theirs.founder.request(CreditLineById, { id: myLineId })).data!.creditLine).toBeNull();
    expect((await theirs.founder.request(CreditLineById, { id: theirLineId })).data!.creditLine?.id).toBe(theirLineId);
  });
});
