import type { DataSource } from 'typeorm';
import { connectTestDataSource } from '../../../../test/test-data-source.js';
import { actorFor, createUser, OrganisationFactory } from '../../../../test/factories.js';
import { AuditService } from '../../../audit/index.js';
import { billingServicesOn } from '../../../billing/index.js';
import { notificationsServiceOn } from '../../../notifications/index.js';
import type { Actor } from '../../../common/access/actor.js';
import type { TermSheetTermsInput } from '../../dto/equity.inputs.js';
import { CreditLinesService } from '../../credit-lines/services/credit-lines.service.js';
import { TermSheetsService } from '../../services/term-sheets.service.js';
import type { PortfolioFigures } from '../models/portfolio.model.js';
import { PortfolioService, usageMonths } from '../services/portfolio.service.js';

const YEAR_MS = 365 * 24 * 3_600_000;
const FIGURES = ['committedFen', 'releasedFen', 'drawnFen', 'remainingFen', 'impliedValueFen'] as const;

/** ¥10,000 at ¥1,000,000 over 10,000,000 shares: 10 fen a share, 100,000 centre shares, 4 × 25 %. */
const TEN_FEN_TERMS = { creditFen: 1_000_000n, preMoneyValuationFen: 100_000_000n, preMoneyFullyDilutedShares: '10000000' };
/** ¥20,000 at ¥18,000,000 over 7,000,000 shares: 257.142857… fen a share (1800/7), 77,777 centre shares. */
const SEVENTHS_TERMS = { creditFen: 2_000_000n, preMoneyValuationFen: 1_800_000_000n, preMoneyFullyDilutedShares: '7000000' };

/**
 * The portfolio read from what the real services did: two startups sign terms, their invoices are
 * issued through billing (drawing the lines), one buys shares back; the figures are checked to the
 * fen and share, and the breakdowns by industry and by stage add up to the totals.
 */
describe('the centre’s portfolio, against PostgreSQL', () => {
  let dataSource: DataSource;
  let sheets: TermSheetsService;
  let services: ReturnType<typeof billingServicesOn>;
  let portfolio: PortfolioService;
  let manager: Actor;
  const months = usageMonths(new Date());

  const terms = (figures: typeof TEN_FEN_TERMS): TermSheetTermsInput =>
    ({
      ...figures,
      shareClass: 'A轮优先股',
      creditExpiresAt: new Date(Date.now() + YEAR_MS),
      buyBack: { months: 24, premiumBasisPoints: 800 },
      tranches: [
        { percentBasisPoints: 2500, release: { kind: 'ON_SIGNING' } },
        { percentBasisPoints: 2500, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 10000 } },
        { percentBasisPoints: 2500, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'series-a' } },
        { percentBasisPoints: 2500, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'series-b' } },
      ],
    }) as TermSheetTermsInput;

  const startup = async (industry: 'HEALTHCARE' | 'REMOTE_SENSING') => {
    const organisationId = (await OrganisationFactory.on(dataSource).kind('STARTUP', industry).create()).id;
    return { organisationId, founder: actorFor(await createUser(dataSource, 'FOUNDER', organisationId)) };
  };

  const signedLine = async (who: { organisationId: string; founder: Actor }, stage: string, figures: typeof TEN_FEN_TERMS) => {
    const [project]: { id: string }[] = await dataSource.query(
      "INSERT INTO projects (organisation_id, name, cooperation_modes, stage) VALUES ($1, $2, '{COMPUTE_FOR_EQUITY}', $3) RETURNING id",
      [who.organisationId, `组合项目 ${Math.random().toString(36).slice(2, 10)}`, stage],
    );
    const { termSheetId } = await sheets.propose(manager, { projectId: project!.id, terms: terms(figures) });
    await sheets.accept(manager, { termSheetId, versionNo: 1 }, '10.0.0.1');
    await sheets.accept(who.founder, { termSheetId, versionNo: 1 }, '10.0.0.2');
    const [line]: { id: string }[] = await dataSource.query('SELECT id FROM credit_lines WHERE term_sheet_id = $1', [termSheetId]);
    return { projectId: project!.id, lineId: line!.id };
  };

  /** One invoice of `month` with one compute line of the project, issued through the real issuer (which draws the line). */
  const invoiceAndIssue = async (organisationId: string, projectId: string, month: string, amountFen: bigint, cardSeconds: number) => {
    const [invoice]: { id: string }[] = await dataSource.query(
      `INSERT INTO invoices (organisation_id, period_month, period_start, period_end) VALUES ($1, $2, now() - interval '30 days', now() - interval '1 day') RETURNING id`,
      [organisationId, month],
    );
    await dataSource.query(
      "INSERT INTO invoice_lines (invoice_id, line_no, project_id, card_type, unit_price_fen, card_seconds, amount_fen, cash_fen) VALUES ($1, 1, $2, 'Ascend 910B', 1000, $3, $4, $4)",
      [invoice!.id, projectId, cardSeconds, amountFen.toString()],
    );
    await dataSource.transaction((m) => services.issuing.issue(m, null, invoice!.id));
  };

  const sumOf = (rows: readonly { figures: PortfolioFigures }[]) => ({
    startups: rows.reduce((n, r) => n + r.figures.startups, 0),
    sharesHeld: rows.reduce((n, r) => n + BigInt(r.figures.sharesHeld), 0n).toString(),
    ...Object.fromEntries(FIGURES.map((f) => [f, rows.reduce((n, r) => n + r.figures[f], 0n)])),
  });

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const audit = new AuditService(dataSource);
    const lines = new CreditLinesService(dataSource, audit);
    sheets = new TermSheetsService(dataSource, audit, lines, notificationsServiceOn(dataSource));
    services = billingServicesOn(dataSource, { equityPayer: lines });
    portfolio = new PortfolioService(dataSource);
    manager = actorFor(await createUser(dataSource, 'MANAGER', null));
  });
  afterAll(async () => dataSource?.destroy());

  it('adds up each startup’s lines, values its shares at the latest price, and the breakdowns add up to the totals', async () => {
    // Startup A (healthcare): one line at 10 fen a share; ¥3,000 drawn fills tranche 0 (25,000 shares)
    // and releases tranche 1; then the founders buy 5,000 shares back.
    const a = await startup('HEALTHCARE');
    const lineA = await signedLine(a, 'INCUBATING', TEN_FEN_TERMS);
    await invoiceAndIssue(a.organisationId, lineA.projectId, months[5]!, 300_000n, 7_200);
    await dataSource.query(
      `INSERT INTO cap_buy_backs (organisation_id, stakeholder_id, credit_line_id, shares, price_fen, bought_at)
       SELECT organisation_id, centre_stakeholder_id, id, 5000, 54000, now() FROM credit_lines WHERE id = $1`,
      [lineA.lineId],
    );

    // Startup B (remote sensing): a first line at 10 fen a share with ¥2,500 drawn (tranche 0 full,
    // 25,000 shares), then a later line in another project at 1800/7 fen a share, drawn ¥100.
    const b = await startup('REMOTE_SENSING');
    const firstB = await signedLine(b, 'INCUBATING', TEN_FEN_TERMS);
    await invoiceAndIssue(b.organisationId, firstB.projectId, months[3]!, 250_000n, 3_600);
    const latestB = await signedLine(b, 'ADAPTATION', SEVENTHS_TERMS);
    await invoiceAndIssue(b.organisationId, latestB.projectId, months[4]!, 10_000n, 1_800);

    const read = await portfolio.portfolio(manager);
    const holdingA = read.holdings.find((h) => h.organisationId === a.organisationId)!;
    const holdingB = read.holdings.find((h) => h.organisationId === b.organisationId)!;

    expect(holdingA).toMatchObject({
      industry: 'HEALTHCARE', kind: 'STARTUP', stage: 'INCUBATING', stages: ['INCUBATING'], creditLines: 1, latestCreditLineId: lineA.lineId,
      postMoneyShares: '10100000', pricePerShareMicroYuan: '100000',
      // 20,000 ÷ 10,100,000 = 19.8 bp → 20.
      percentBasisPoints: 20,
    });
    expect(holdingA.figures).toEqual({
      startups: 1, sharesHeld: '20000',
      committedFen: 1_000_000n, releasedFen: 500_000n, drawnFen: 300_000n, remainingFen: 700_000n,
      impliedValueFen: 200_000n, // 20,000 × 10 fen
    });

    expect(holdingB).toMatchObject({
      industry: 'REMOTE_SENSING', stage: 'ADAPTATION', stages: ['ADAPTATION', 'INCUBATING'], creditLines: 2, latestCreditLineId: latestB.lineId,
      // 7,000,000 + ⌊2,000,000 × 7,000,000 ÷ 1,800,000,000⌋ = 7,007,777; 25,000 ÷ 7,007,777 = 35.68 bp → 36.
      postMoneyShares: '7007777', pricePerShareMicroYuan: '2571429', percentBasisPoints: 36,
    });
    expect(holdingB.figures).toEqual({
      startups: 1, sharesHeld: '25000',
      // Released: the first line's tranche 0 (¥2,500) and tranche 1 (released by it), the second's tranche 0 (¥5,000).
      committedFen: 3_000_000n, releasedFen: 1_000_000n, drawnFen: 260_000n, remainingFen: 2_740_000n,
      // 25,000 × 1800/7 = 6,428,571.43 fen → 6,428,571, all B's shares at the latest price.
      impliedValueFen: 6_428_571n,
    });

    // Usage of the last six months, oldest first, zero where nothing was invoiced.
    expect(holdingA.usage.map((u) => u.month)).toEqual(months);
    expect(holdingA.usage.map((u) => [u.cardSeconds, u.invoicedFen])).toEqual([['0', 0n], ['0', 0n], ['0', 0n], ['0', 0n], ['0', 0n], ['7200', 300_000n]]);
    expect(holdingA.usage[5]!.cardHours).toBe(2);
    expect(holdingB.usage.map((u) => [u.cardSeconds, u.invoicedFen])).toEqual([['0', 0n], ['0', 0n], ['0', 0n], ['3600', 250_000n], ['1800', 10_000n], ['0', 0n]]);

    // Totals are the sums of the holdings, and each breakdown partitions them.
    expect(read.totals).toEqual(sumOf(read.holdings.map((h) => ({ figures: h.figures }))));
    expect(sumOf(read.byIndustry)).toEqual(read.totals);
    expect(sumOf(read.byStage)).toEqual(read.totals);
    expect(read.totals.startups).toBe(read.holdings.length);
    const healthcare = read.byIndustry.find((r) => r.industry === 'HEALTHCARE')!.figures;
    expect(BigInt(healthcare.sharesHeld)).toBeGreaterThanOrEqual(20_000n);
    expect(read.byStage.map((r) => r.stage)).toEqual(expect.arrayContaining(['ADAPTATION', 'INCUBATING']));
  });

  it('refuses a founder with FORBIDDEN', async () => {
    const { founder } = await startup('HEALTHCARE');
    await expect(portfolio.portfolio(founder)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
