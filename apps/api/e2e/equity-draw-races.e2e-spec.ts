import pg from 'pg';
import { LOAD_TEST_LIMITS, startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { createTestDatabase } from '../test/test-database.js';
import { IssueInvoice, LedgerHealth } from '../test/operations/billing.operations.js';
import { AcceptTermSheetVersion, ProposeTermSheet } from '../test/operations/equity.operations.js';

/**
 * One credit line, six invoices of its project issued at once over three API processes on one real
 * PostgreSQL: together they want 2.4 times the credit. The line is drawn to exactly its credit and
 * never beyond, each tranche's shares are issued exactly once, every fen drawn is on an invoice and
 * in the ledger. Needs a real PostgreSQL (the embedded one serves one process).
 */
const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.warn('equity-draw-races: not run — set DATABASE_URL to a real PostgreSQL (CI does)');

const CREDIT = 1_000_000n;
const PER_INVOICE = 400_000n;
const INVOICES = 6;

onRealPostgres('equity credit drawn by concurrent invoices from three API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  const processes: RunningApi[] = [];
  let managers: GraphQLClient[] = [];
  let founder: GraphQLClient;
  let sql: pg.Client;

  const signInOn = (api: RunningApi, email: string) => new GraphQLClient(api.url, null, api.demoPassword).signIn(email);

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_equity_races'))!;
    processes.push(await startApi({ databaseUrl: database.url, production: true, env: LOAD_TEST_LIMITS }));
    const env = { ...LOAD_TEST_LIMITS, SUANLI_SEED: 'false' };
    processes.push(await startApi({ databaseUrl: database.url, production: true, env }));
    processes.push(await startApi({ databaseUrl: database.url, production: true, env }));
    managers = await Promise.all(processes.map((api) => signInOn(api, 'manager@suanli.dev')));
    founder = await signInOn(processes[1]!, 'founder@rongcheng-vision.example');
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 240_000);

  afterAll(async () => {
    await sql?.end();
    for (const api of processes) await api.stop();
    await database?.drop();
  });

  it('never overdraws a tranche nor issues its shares twice, and books every fen drawn', async () => {
    const { rows: [org] } = await sql.query("SELECT organisation_id AS id FROM users WHERE email = 'founder@rongcheng-vision.example'");
    const { rows: [project] } = await sql.query(
      "INSERT INTO projects (organisation_id, name, cooperation_modes, stage) VALUES ($1, '并发额度项目', '{COMPUTE_FOR_EQUITY}', 'INCUBATING') RETURNING id",
      [org.id],
    );
    const proposed = (
      await managers[0]!.request(ProposeTermSheet, {
        input: {
          projectId: project.id,
          terms: {
            creditFen: CREDIT.toString(), preMoneyValuationFen: '100000000', preMoneyFullyDilutedShares: '10000000', shareClass: 'A轮优先股',
            creditExpiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(), buyBack: null,
            tranches: [
              { percentBasisPoints: 5000, release: { kind: 'ON_SIGNING' } },
              { percentBasisPoints: 5000, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 10000 } },
            ],
          },
        },
      })
    ).data!.proposeTermSheet.termSheet!;
    expect((await managers[0]!.request(AcceptTermSheetVersion, { input: { termSheetId: proposed.id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);
    expect((await founder.request(AcceptTermSheetVersion, { input: { termSheetId: proposed.id, versionNo: 1 } })).data!.acceptTermSheetVersion.termSheet!.status).toBe('SIGNED');

    const drafts: string[] = [];
    for (let i = 0; i < INVOICES; i++) {
      const { rows: [invoice] } = await sql.query(
        "INSERT INTO invoices (organisation_id, period_month, period_start, period_end) VALUES ($1, $2, now() - interval '30 days', now() - interval '1 day') RETURNING id",
        [org.id, `1990-0${i + 1}`],
      );
      await sql.query(
        "INSERT INTO invoice_lines (invoice_id, line_no, project_id, card_type, unit_price_fen, card_seconds, amount_fen, cash_fen) VALUES ($1, 1, $2, 'Ascend 910B', 1000, 3600, $3, $3)",
        [invoice.id, project.id, PER_INVOICE.toString()],
      );
      drafts.push(invoice.id);
    }
    const answers = await Promise.all(drafts.map((invoiceId, i) => managers[i % 3]!.request(IssueInvoice, { input: { invoiceId } })));
    expect(answers.map((a) => a.errors ?? a.data!.issueInvoice.userErrors)).toEqual(drafts.map(() => []));

    const equityPaid = answers.reduce((sum, a) => sum + BigInt(a.data!.issueInvoice.invoice!.equityFen), 0n);
    expect(equityPaid).toBe(CREDIT);
    const { rows: tranches } = await sql.query(
      'SELECT t.tranche_no, t.drawn_fen, t.credit_fen FROM credit_tranches t JOIN credit_lines l ON l.id = t.credit_line_id WHERE l.term_sheet_id = $1 ORDER BY t.tranche_no',
      [proposed.id],
    );
    expect(tranches).toEqual([
      { tranche_no: 0, drawn_fen: '500000', credit_fen: '500000' },
      { tranche_no: 1, drawn_fen: '500000', credit_fen: '500000' },
    ]);
    const { rows: issuances } = await sql.query(
      "SELECT i.tranche_no, i.shares FROM cap_issuances i JOIN credit_lines l ON l.id = i.credit_line_id WHERE l.term_sheet_id = $1 AND i.source = 'TRANCHE' ORDER BY i.tranche_no",
      [proposed.id],
    );
    expect(issuances).toEqual([{ tranche_no: 0, shares: '50000' }, { tranche_no: 1, shares: '50000' }]);
    const { rows: [books] } = await sql.query(
      `SELECT (SELECT sum(amount_fen) FROM credit_draws d JOIN credit_lines l ON l.id = d.credit_line_id WHERE l.term_sheet_id = $1)::text AS draws,
              (SELECT sum(e.amount_fen) FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN credit_lines l ON a.code = 'EQUITY_CREDIT:' || l.id WHERE l.term_sheet_id = $1)::text AS ledger,
              (SELECT sum(equity_fen) FROM invoice_lines WHERE invoice_id = ANY($2))::text AS lines`,
      [proposed.id, drafts],
    );
    expect(books).toEqual({ draws: CREDIT.toString(), ledger: CREDIT.toString(), lines: CREDIT.toString() });
    const { ledgerCheck } = (await managers[2]!.request(LedgerHealth, {})).data!;
    expect(ledgerCheck.healthy).toBe(true);
  }, 180_000);
});
