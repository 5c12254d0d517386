import type { DataSource } from 'typeorm';
import { connectTestDataSource } from '../../../../test/test-data-source.js';
import { actorFor, createUser, OrganisationFactory } from '../../../../test/factories.js';
import { AuditService } from '../../../audit/index.js';
import { billingServicesOn } from '../../../billing/index.js';
import { notificationsServiceOn } from '../../../notifications/index.js';
import type { TermSheetTermsInput } from '../../dto/equity.inputs.js';
import { TermSheetsService } from '../../services/term-sheets.service.js';
import { CreditLinesService } from '../services/credit-lines.service.js';

const YEAR_MS = 365 * 24 * 3_600_000;

/**
 * Signed terms open a credit line; issuing the project's invoices draws it tranche by tranche, the
 * database issues a tranche's shares once it is fully drawn, and refuses every draw no code path
 * may make (plain SQL below). Figures: ¥10,000 credit at ¥1,000,000 pre-money over 10,000,000
 * shares ⇒ 10 fen a share ⇒ 100,000 centre shares, four tranches of 25,000 shares and ¥2,500.
 */
describe('credit lines drawn by invoices, against PostgreSQL', () => {
  let dataSource: DataSource;
  let sheets: TermSheetsService;
  let lines: CreditLinesService;
  let services: ReturnType<typeof billingServicesOn>;
  let organisationId: string;
  let founder: ReturnType<typeof actorFor>;
  let manager: ReturnType<typeof actorFor>;
  let month = 0;

  const terms = (expiresAt: Date): TermSheetTermsInput => ({
    creditFen: 1_000_000n,
    preMoneyValuationFen: 100_000_000n,
    preMoneyFullyDilutedShares: '10000000',
    shareClass: 'A轮优先股',
    creditExpiresAt: expiresAt,
    buyBack: { months: 24, premiumBasisPoints: 800 },
    tranches: [
      { percentBasisPoints: 2500, release: { kind: 'ON_SIGNING' } },
      { percentBasisPoints: 2500, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 10000 } },
      { percentBasisPoints: 2500, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'series-a' } },
      { percentBasisPoints: 2500, release: { kind: 'DATE', at: new Date(expiresAt.getTime() - 1000) } },
    ],
  }) as TermSheetTermsInput;

  const signedLine = async (expiresAt = new Date(Date.now() + YEAR_MS)) => {
    const [project]: { id: string }[] = await dataSource.query(
      "INSERT INTO projects (organisation_id, name, cooperation_modes, stage) VALUES ($1, $2, '{COMPUTE_FOR_EQUITY}', 'INCUBATING') RETURNING id",
      [organisationId, `额度项目 ${Math.random().toString(36).slice(2, 10)}`],
    );
    const { termSheetId } = await sheets.propose(manager, { projectId: project!.id, terms: terms(expiresAt) });
    await sheets.accept(manager, { termSheetId, versionNo: 1 }, '10.0.0.1');
    await sheets.accept(founder, { termSheetId, versionNo: 1 }, '10.0.0.2');
    const [line]: { id: string }[] = await dataSource.query('SELECT id FROM credit_lines WHERE term_sheet_id = $1', [termSheetId]);
    return { projectId: project!.id, lineId: line!.id };
  };

  /** A draft invoice of one month with one compute line of the project, issued through the real issuer. */
  const invoiceAndIssue = async (projectId: string, amountFen: bigint) => {
    month += 1;
    const [invoice]: { id: string }[] = await dataSource.query(
      `INSERT INTO invoices (organisation_id, period_month, period_start, period_end) VALUES ($1, $2, now() - interval '30 days', now() - interval '1 day') RETURNING id`,
      [organisationId, `19${String(10 + Math.floor(month / 12)).padStart(2, '0')}-${String((month % 12) + 1).padStart(2, '0')}`],
    );
    await dataSource.query(
      "INSERT INTO invoice_lines (invoice_id, line_no, project_id, card_type, unit_price_fen, card_seconds, amount_fen, cash_fen) VALUES ($1, 1, $2, 'Ascend 910B', 1000, 3600, $3, $3)",
      [invoice!.id, projectId, amountFen.toString()],
    );
    await dataSource.transaction((m) => services.issuing.issue(m, null, invoice!.id));
    const [row]: { equity_fen: string; cash_fen: string; status: string }[] = await dataSource.query('SELECT equity_fen, cash_fen, status FROM invoices WHERE id = $1', [invoice!.id]);
    return { invoiceId: invoice!.id, ...row! };
  };
  const tranchesOf = async (lineId: string) =>
    (await dataSource.query('SELECT tranche_no, drawn_fen, released_at IS NOT NULL AS released, fully_drawn_at IS NOT NULL AS full FROM credit_tranches WHERE credit_line_id = $1 ORDER BY tranche_no', [lineId])) as {
      tranche_no: number; drawn_fen: string; released: boolean; full: boolean;
    }[];
  const issuancesOf = async (lineId: string) =>
    (await dataSource.query("SELECT tranche_no, shares FROM cap_issuances WHERE credit_line_id = $1 AND source = 'TRANCHE' ORDER BY tranche_no", [lineId])) as { tranche_no: number; shares: string }[];

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    const audit = new AuditService(dataSource);
    lines = new CreditLinesService(dataSource, audit);
    sheets = new TermSheetsService(dataSource, audit, lines, notificationsServiceOn(dataSource));
    services = billingServicesOn(dataSource, { equityPayer: lines });
    organisationId = (await OrganisationFactory.on(dataSource).kind('STARTUP').create()).id;
    founder = actorFor(await createUser(dataSource, 'FOUNDER', organisationId));
    manager = actorFor(await createUser(dataSource, 'MANAGER', null));
  });
  afterAll(async () => dataSource?.destroy());

  it('opens a line on signing with the first tranche released, and draws the next tranche in the same invoice once the first is used up', async () => {
    const { projectId, lineId } = await signedLine();
    expect((await tranchesOf(lineId)).map((t) => t.released)).toEqual([true, false, false, false]);
    const [holder]: { kind: string }[] = await dataSource.query('SELECT s.kind FROM credit_lines l JOIN cap_stakeholders s ON s.id = l.centre_stakeholder_id WHERE l.id = $1', [lineId]);
    expect(holder!.kind).toBe('CENTRE');

    const first = await invoiceAndIssue(projectId, 300_000n);
    expect(first).toMatchObject({ equity_fen: '300000', cash_fen: '0', status: 'PAID' });
    expect(await tranchesOf(lineId)).toEqual([
      { tranche_no: 0, drawn_fen: '250000', released: true, full: true },
      { tranche_no: 1, drawn_fen: '50000', released: true, full: false },
      { tranche_no: 2, drawn_fen: '0', released: false, full: false },
      { tranche_no: 3, drawn_fen: '0', released: false, full: false },
    ]);
    expect(await issuancesOf(lineId)).toEqual([{ tranche_no: 0, shares: '25000' }]);

    // Tranche 2 waits for its milestone: only tranche 1's remaining ¥2,000 pays; the rest is cash.
    const second = await invoiceAndIssue(projectId, 500_000n);
    expect(second).toMatchObject({ equity_fen: '200000', cash_fen: '300000', status: 'ISSUED' });
    expect(await issuancesOf(lineId)).toEqual([{ tranche_no: 0, shares: '25000' }, { tranche_no: 1, shares: '25000' }]);

    const [line]: { drawn_fen: string }[] = await dataSource.query('SELECT drawn_fen FROM credit_lines WHERE id = $1', [lineId]);
    const [draws]: { sum: string }[] = await dataSource.query('SELECT sum(amount_fen)::text AS sum FROM credit_draws WHERE credit_line_id = $1', [lineId]);
    const [ledger]: { sum: string }[] = await dataSource.query(
      "SELECT sum(e.amount_fen)::text AS sum FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.code = $1",
      [`EQUITY_CREDIT:${lineId}`],
    );
    expect([line!.drawn_fen, draws!.sum, ledger!.sum]).toEqual(['500000', '500000', '500000']);
  });

  it('refuses, with plain SQL, a draw on a locked tranche, an overdraw, a hand-edited balance and a second issuance of a tranche', async () => {
    const { projectId, lineId } = await signedLine();
    const { invoiceId } = await invoiceAndIssue(projectId, 100_000n);
    const [invoiceLine]: { id: string }[] = await dataSource.query('SELECT id FROM invoice_lines WHERE invoice_id = $1', [invoiceId]);
    const draw = (trancheNo: number, amount: number) =>
      dataSource.query('INSERT INTO credit_draws (credit_line_id, tranche_no, invoice_id, invoice_line_id, amount_fen, drawn_at) VALUES ($1, $2, $3, $4, $5, now())', [
        lineId, trancheNo, invoiceId, invoiceLine!.id, amount,
      ]);
    await expect(draw(2, 1)).rejects.toThrow(/is not released/);
    await expect(draw(0, 150_001)).rejects.toThrow(/credit_tranches_figures_check/);
    await expect(dataSource.query('UPDATE credit_tranches SET drawn_fen = 0 WHERE credit_line_id = $1', [lineId])).rejects.toThrow(/moves only by draws/);
    await expect(dataSource.query('UPDATE credit_lines SET credit_fen = 1 WHERE id = $1', [lineId])).rejects.toThrow(/never change/);
    await expect(dataSource.query('DELETE FROM credit_draws WHERE credit_line_id = $1', [lineId])).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(
        `INSERT INTO cap_issuances (organisation_id, stakeholder_id, share_class_id, shares, price_numerator, price_denominator, issued_at, source, credit_line_id, tranche_no)
         SELECT organisation_id, centre_stakeholder_id, share_class_id, 1, 1, 1, now(), 'TRANCHE', id, 0 FROM credit_lines WHERE id = $1`,
        [lineId],
      ),
    ).resolves.toBeDefined(); // tranche 0 is not fully drawn yet, so no issuance exists …
    await expect(draw(0, 150_000)).rejects.toThrow(/cap_issuances_tranche_key/); // … and its full draw cannot issue a second one
    const [{ count }]: { count: string }[] = await dataSource.query('SELECT count(*) FROM credit_draws WHERE credit_line_id = $1', [lineId]);
    expect(count).toBe('1');
  });

  it('closes a line at its expiry: no draw after it, and a partly drawn tranche issues its drawn part rounded down', async () => {
    const expiresAt = new Date(Date.now() + 60_000);
    const { projectId, lineId } = await signedLine(expiresAt);
    await invoiceAndIssue(projectId, 100_001n); // 100,001 of tranche 0's 250,000 fen
    const after = new Date(expiresAt.getTime() + 1);
    expect(await Promise.all([lines.expireDue(after), lines.expireDue(after)]).then((n) => n.reduce((a, b) => a + b, 0))).toBeGreaterThanOrEqual(1);
    const [line]: { status: string }[] = await dataSource.query('SELECT status FROM credit_lines WHERE id = $1', [lineId]);
    expect(line!.status).toBe('EXPIRED');
    // ⌊25,000 × 100,001 ÷ 250,000⌋ = 10,000 shares: never more than the drawn credit buys.
    expect(await issuancesOf(lineId)).toEqual([{ tranche_no: 0, shares: '10000' }]);
    const next = await invoiceAndIssue(projectId, 1_000n);
    expect(next).toMatchObject({ equity_fen: '0', cash_fen: '1000' });
    await expect(dataSource.query("UPDATE credit_lines SET status = 'ACTIVE', closed_at = NULL WHERE id = $1", [lineId])).rejects.toThrow(/is closed/);
  });
});
