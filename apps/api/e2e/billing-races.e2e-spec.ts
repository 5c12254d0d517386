import pg from 'pg';
import { billingPeriodContaining } from '@suanli/domain';
import { LOAD_TEST_LIMITS, startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { createTestDatabase } from '../test/test-database.js';
import {
  ApplyForVoucher, ApproveVoucherApplication, CreateVoucherProgramme, Invoices, LedgerHealth, RecordPayment, RunBilling,
} from '../test/operations/billing.operations.js';

/**
 * Money holds when three API processes race on one real PostgreSQL: approvals never overrun a
 * programme or a per-organisation cap, concurrent billing runs (one killed mid-run) bill every
 * organisation once with invoice numbers that have no gap, payments never exceed what is owed,
 * and the ledger balances afterwards. Needs a real PostgreSQL (the embedded one serves one process).
 */
const onRealPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.warn('billing-races: not run — set DATABASE_URL to a real PostgreSQL (CI does)');

const lastMonth = billingPeriodContaining(new Date(billingPeriodContaining(new Date()).start.getTime() - 1));
const STARTUPS = ['rongcheng-vision', 'tianfu-med', 'qingyang-edu', 'jinjiang-energy', 'xinan-rs', 'huaxi-health'];

onRealPostgres('billing and vouchers under concurrent requests from three API processes', () => {
  let database: { url: string; drop(): Promise<void> };
  const processes: RunningApi[] = [];
  let managers: GraphQLClient[] = [];
  let sql: pg.Client;
  const env = { ...LOAD_TEST_LIMITS, SUANLI_SEED: 'false' };

  const signInOn = (api: RunningApi, email: string) => new GraphQLClient(api.url, null, api.demoPassword).signIn(email);

  beforeAll(async () => {
    database = (await createTestDatabase('suanli_billing_races'))!;
    processes.push(await startApi({ databaseUrl: database.url, production: true, env: LOAD_TEST_LIMITS }));
    processes.push(await startApi({ databaseUrl: database.url, production: true, env }));
    processes.push(await startApi({ databaseUrl: database.url, production: true, env }));
    managers = await Promise.all(processes.map((api) => signInOn(api, 'manager@suanli.dev')));
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  }, 240_000);

  afterAll(async () => {
    await sql?.end();
    for (const api of processes) await api.stop();
    await database?.drop();
  });

  it('never approves more than the programme’s budget or an organisation’s cap', async () => {
    const programme = (await managers[0]!.request(CreateVoucherProgramme, {
      input: { year: 2032, name: '并发测试项目', budgetFen: '100000', coverageBasisPoints: 5000, perOrganisationCapFen: '30000', minimumClaimFen: '100', validityMonths: 12, eligibleKinds: ['STARTUP', 'SME'], eligibleIndustries: [], settlement: 'QUARTERLY' },
    })).data!.createVoucherProgramme.programme!;
    const applications: string[] = [];
    for (const [i, org] of STARTUPS.entries()) {
      const founder = await signInOn(processes[i % 3]!, `founder@${org}.example`);
      for (let n = 0; n < 20; n++) {
        const applied = (await founder.request(ApplyForVoucher, { input: { programmeId: programme.id, amountFen: '10000', purpose: '并发审批测试' } })).data!.applyForVoucher;
        expect(applied.userErrors).toEqual([]);
        applications.push(applied.application!.id);
      }
    }
    // 120 applications of ¥100, approved all at once over three processes: the budget fits 10, each organisation's cap 3.
    const answers = await Promise.all(applications.map((applicationId, i) => managers[i % 3]!.request(ApproveVoucherApplication, { input: { applicationId } })));
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    const approved = answers.filter((a) => a.data!.approveVoucherApplication.userErrors.length === 0);
    const refused = new Set(answers.flatMap((a) => a.data!.approveVoucherApplication.userErrors.map((e) => e.code)));
    expect(approved).toHaveLength(10);
    expect([...refused].every((code) => code === 'OVER_PROGRAMME_BUDGET' || code === 'OVER_ORGANISATION_CAP')).toBe(true);
    const { rows: [programmeRow] } = await sql.query('SELECT committed_fen, budget_fen FROM voucher_programmes WHERE id = $1', [programme.id]);
    expect(programmeRow).toEqual({ committed_fen: '100000', budget_fen: '100000' });
    const { rows: perOrg } = await sql.query('SELECT organisation_id, sum(face_value_fen)::bigint AS granted FROM vouchers WHERE programme_id = $1 GROUP BY organisation_id', [programme.id]);
    expect(perOrg.every((r: { granted: string }) => BigInt(r.granted) <= 30000n)).toBe(true);
    expect(perOrg.reduce((t: bigint, r: { granted: string }) => t + BigInt(r.granted), 0n)).toBe(100000n);
  }, 120_000);

  it('bills every organisation once when three runs race and one process is killed mid-run, with no gap in the numbers', async () => {
    const { rows: [{ before }] } = await sql.query("SELECT count(*)::int AS before FROM invoices WHERE kind = 'INVOICE' AND status <> 'VOID'");
    const runs = processes.map((_, i) => managers[i]!.request(RunBilling, { input: { month: lastMonth.month, issue: true } }).catch((error: Error) => error));
    await new Promise((done) => setTimeout(done, 40));
    processes[2]!.kill();
    const answers = await Promise.all(runs);
    expect(answers.slice(0, 2).every((a) => !(a instanceof Error) && a.data!.runBilling.userErrors.length === 0)).toBe(true);
    // Run again after the crash: it finds everything billed.
    const resumed = (await managers[0]!.request(RunBilling, { input: { month: lastMonth.month, issue: true } })).data!.runBilling;
    expect(resumed.run!.invoicesCreated).toBe(0);

    const { rows: perOrg } = await sql.query(
      "SELECT organisation_id, count(*)::int AS n FROM invoices WHERE kind = 'INVOICE' AND status <> 'VOID' AND period_month = $1 GROUP BY organisation_id",
      [lastMonth.month],
    );
    expect(perOrg.length).toBeGreaterThan(3);
    expect(perOrg.every((r: { n: number }) => r.n === 1)).toBe(true);
    const { rows: [{ after }] } = await sql.query("SELECT count(*)::int AS after FROM invoices WHERE kind = 'INVOICE' AND status <> 'VOID'");
    expect(after - before).toBe(perOrg.length);
    const { rows: numbers } = await sql.query("SELECT number_year, array_agg(number_seq ORDER BY number_seq) AS seqs FROM invoices WHERE series = 'SL' AND number_seq IS NOT NULL GROUP BY number_year");
    for (const { seqs } of numbers as { seqs: number[] }[]) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const { rows: lines } = await sql.query('SELECT count(*)::int AS bad FROM invoice_lines WHERE amount_fen <> free_fen + voucher_fen + equity_fen + cash_fen');
    expect(lines[0].bad).toBe(0);
  }, 120_000);

  it('never records more than an invoice owes, whatever the number of concurrent payments and retries', async () => {
    const open = (await managers[0]!.request(Invoices, { first: 100, status: 'ISSUED' })).data!.invoices.edges.map((e) => e.node);
    const invoice = open.find((i) => BigInt(i.balanceFen) >= 100n)!;
    const owed = BigInt(invoice.balanceFen);
    const part = owed / 10n + 1n; // 10 parts would overpay: 9 fit
    const today = new Date().toISOString().slice(0, 10);
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        managers[i % 2]!.request(RecordPayment, { input: { invoiceId: invoice.id, amountFen: part.toString(), paidOn: today, bankReference: `RACE-${i}` } }),
      ),
    );
    const accepted = answers.filter((a) => a.data!.recordPayment.userErrors.length === 0);
    expect(accepted).toHaveLength(Number(owed / part));
    expect(answers.filter((a) => a.data!.recordPayment.userErrors[0]?.code === 'OVERPAYMENT')).toHaveLength(120 - accepted.length);
    // The same key from both processes at once: one payment.
    const rest = (owed - part * BigInt(accepted.length)).toString();
    const retries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        managers[i % 2]!.request(RecordPayment, { input: { invoiceId: invoice.id, amountFen: rest, paidOn: today, bankReference: 'RACE-REST', idempotencyKey: 'race-rest-0001' } }),
      ),
    );
    expect(new Set(retries.map((r) => r.data!.recordPayment.payment?.id)).size).toBe(1);
    const { rows: [row] } = await sql.query('SELECT status, paid_fen, cash_fen, credited_fen FROM invoices WHERE id = $1', [invoice.id]);
    expect(row.status).toBe('PAID');
    expect(BigInt(row.paid_fen) + BigInt(row.credited_fen)).toBe(BigInt(row.cash_fen));
  }, 120_000);

  it('balances the ledger afterwards, also as seen from the restarted process', async () => {
    processes[2] = await startApi({ databaseUrl: database.url, production: true, env });
    const restarted = await signInOn(processes[2]!, 'manager@suanli.dev');
    const { ledgerCheck } = (await restarted.request(LedgerHealth, {})).data!;
    expect(ledgerCheck).toEqual({ healthy: true, totalFen: '0', unbalancedTransactions: 0, receivableMismatches: 0, voucherMismatches: 0 });
    const { rows: [vouchers] } = await sql.query('SELECT count(*)::int AS bad FROM vouchers WHERE balance_fen < 0 OR balance_fen > face_value_fen');
    expect(vouchers.bad).toBe(0);
  }, 120_000);
});
