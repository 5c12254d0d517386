import { billingPeriodContaining, type BillingPeriod, billingPeriod } from '@suanli/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../audit/index.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { BillingRunService } from '../invoices/billing-run.service.js';
import { InvoiceCommandsService } from '../invoices/invoice-commands.service.js';
import { EquityCreditPayers, type EquityCreditPayer } from '../invoices/equity-credit-payer.js';
import { InvoiceIssuing } from '../invoices/invoice-issuing.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { VouchersService } from '../vouchers/vouchers.service.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const fen = (yuan: number) => BigInt(Math.round(yuan * 100));

/** The same services the API runs, wired by hand: the seed and the benchmark run without the Nest app. */
export function billingServicesOn(dataSource: DataSource, options: { equityPayer?: EquityCreditPayer } = {}) {
  const audit = new AuditService(dataSource);
  const ledger = new LedgerService();
  const idempotency = new IdempotencyService();
  const equityPayers = new EquityCreditPayers();
  if (options.equityPayer) equityPayers.use(options.equityPayer);
  const notifications = notificationsServiceOn(dataSource);
  const issuing = new InvoiceIssuing(ledger, audit, equityPayers, notifications);
  return {
    issuing,
    runs: new BillingRunService(dataSource, issuing, idempotency, audit),
    invoices: new InvoiceCommandsService(dataSource, issuing, ledger, idempotency, audit),
    vouchers: new VouchersService(dataSource, ledger, idempotency, audit, notifications),
  };
}

const previousMonth = (period: BillingPeriod, back: number): BillingPeriod => {
  let p = period;
  for (let i = 0; i < back; i++) p = billingPeriodContaining(new Date(p.start.getTime() - 1));
  return p;
};

async function actorOf(dataSource: DataSource, email: string): Promise<Actor> {
  const [user]: { id: string; role: Actor['role']; organisation_id: string | null }[] = await dataSource.query('SELECT id, role, organisation_id FROM users WHERE email = $1', [email]);
  return { kind: 'user', id: user.id, role: user.role, organisationId: user.organisation_id, scopes: [] };
}

async function organisationId(dataSource: DataSource, name: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query('SELECT id FROM organisations WHERE name = $1', [name]);
  return row.id;
}

/** Prices with market references, from half a year ago, and one scheduled cut next month. */
async function seedPrices(dataSource: DataSource, current: BillingPeriod, manager: Actor): Promise<void> {
  const since = previousMonth(current, 6).start;
  const next = billingPeriod(billingPeriodContaining(new Date(current.end.getTime() + 1)).month).start;
  const rows = [
    ['Ascend 910B', since, fen(12), fen(18), '开业定价'],
    ['Ascend 310P', since, fen(4.5), fen(6.5), '开业定价'],
    ['Ascend 910B', next, fen(11.5), fen(18), '二期扩容后下调'],
  ] as const;
  for (const [cardType, from, price, market, note] of rows) {
    await dataSource.query('INSERT INTO card_prices (card_type, effective_from, price_fen, market_price_fen, note, created_by_id) VALUES ($1, $2, $3, $4, $5, $6)', [
      cardType, from, price.toString(), market.toString(), note, manager.id,
    ]);
  }
  // Fourteen days to pay, so last month's unpaid bill in the demo is overdue.
  await dataSource.query('UPDATE billing_settings SET payment_terms_days = 14');
}

/**
 * Three months of finished work before the compute seed's fortnight, one job every other day per
 * project on the project's own eight cards, so holdings never overlap and every month has usage.
 */
async function seedOlderUsage(dataSource: DataSource, from: Date, until: Date): Promise<void> {
  const projects: { project_id: string; organisation_id: string; requested_by_id: string; priority: string; cluster_id: string }[] = await dataSource.query(
    `SELECT DISTINCT ON (project_id) project_id, organisation_id, requested_by_id, priority, cluster_id FROM allocation_requests WHERE state = 'FINISHED' ORDER BY project_id, created_at`,
  );
  const cards: { id: string }[] = await dataSource.query(
    `SELECT c.id FROM cards c JOIN nodes n ON n.id = c.node_id WHERE n.card_type = 'Ascend 910B' ORDER BY n.name, c.index`,
  );
  for (const [p, project] of projects.entries()) {
    const own = cards.slice(p * 8, p * 8 + 8).map((c) => c.id);
    for (let day = from.getTime(), j = 0; day + DAY_MS <= until.getTime(); day += 2 * DAY_MS, j++) {
      const count = [2, 4, 8][(p + j) % 3];
      const hours = 3 + ((p * 7 + j * 5) % 12);
      const start = new Date(day + (1 + (p % 5)) * HOUR_MS);
      const end = new Date(start.getTime() + hours * HOUR_MS);
      const [row]: { id: string }[] = await dataSource.query(
        `INSERT INTO allocation_requests (cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s,
           priority, requested_priority, preemptible, state, created_at, started_at, ends_at, finished_at, end_reason)
         VALUES ($1, $2, $3, $4, 'Ascend 910B', $5, $6, $7, $7, false, 'FINISHED', $8, $8, $9, $9, 'COMPLETED') RETURNING id`,
        // Every other job after adaptation is paid work (STANDARD), so vouchers have lines to pay.
        [project.cluster_id, project.organisation_id, project.project_id, project.requested_by_id, count, hours * 3600, j % 2 === 0 ? 'STANDARD' : project.priority, start, end],
      );
      await dataSource.query(`INSERT INTO card_holdings (allocation_id, card_id, during) SELECT $1, c, tstzrange($3, $4, '[)') FROM unnest($2::uuid[]) AS c`, [
        row.id, own.slice(0, count), start, end,
      ]);
    }
  }
}

/** The year's programme, a related party, and applications in every state. */
async function seedVouchers(dataSource: DataSource, services: ReturnType<typeof billingServicesOn>, manager: Actor, year: number, issuedAt: Date): Promise<void> {
  const { programmeId } = await services.vouchers.createProgramme(manager, {
    year, name: `${year} 年成都市算力券`, budgetFen: fen(10_000_000), coverageBasisPoints: 5000, perOrganisationCapFen: fen(500_000),
    minimumClaimFen: fen(10_000), validityMonths: 12, eligibleKinds: ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE'], eligibleIndustries: [], settlement: 'QUARTERLY',
  });
  await services.vouchers.markRelatedParty(manager, await organisationId(dataSource, '成都人工智能研究院'), '中心的发起股东单位');
  const apply = async (email: string, yuan: number, purpose: string) =>
    (await services.vouchers.apply(await actorOf(dataSource, email), { programmeId, amountFen: fen(yuan), purpose })).applicationId;
  const tianfu = await apply('founder@tianfu-med.example', 200_000, '肺结节 CT 模型在昇腾 910B 上的训练与适配');
  await services.vouchers.approve(manager, { applicationId: tianfu }, issuedAt);
  const jinjiang = await apply('founder@jinjiang-energy.example', 300_000, '光伏功率预测模型全年训练');
  await services.vouchers.approve(manager, { applicationId: jinjiang, amountFen: fen(150_000) }, issuedAt);
  await apply('founder@huaxi-health.example', 120_000, '病理切片分割模型的训练算力');
  await apply('founder@qingyang-edu.example', 50_000, '作文批改模型的微调与评测');
  const xinan = await apply('founder@xinan-rs.example', 80_000, '遥感数据的存储与转售');
  await services.vouchers.reject(manager, xinan, '算力券只支持算力费用，不支持数据存储与转售；请按训练用量重新申请。');
  const uestc = await apply('founder@uestc.example', 30_000, '课程问答模型的推理服务');
  await services.vouchers.withdraw(await actorOf(dataSource, 'founder@uestc.example'), uestc);
  // Approved fourteen months ago with a twelve-month validity: expired, its rest back in the budget.
  const early = await apply('founder@tianfu-med.example', 30_000, '早期模型验证的训练算力');
  await services.vouchers.approve(manager, { applicationId: early }, new Date(issuedAt.getTime() - 14 * 30 * DAY_MS));
}

/** Bills two finished months (issued just after each ended) and records most payments. */
async function seedInvoices(dataSource: DataSource, services: ReturnType<typeof billingServicesOn>, manager: Actor, months: BillingPeriod[]): Promise<void> {
  for (const [index, period] of months.entries()) {
    const issuedAt = new Date(period.end.getTime() + HOUR_MS);
    await services.runs.run(manager, { month: period.month, issue: true }, issuedAt);
    const invoices: { id: string; cash_fen: string; name: string }[] = await dataSource.query(
      `SELECT i.id, i.cash_fen, o.name FROM invoices i JOIN organisations o ON o.id = i.organisation_id
       WHERE i.period_month = $1 AND i.status = 'ISSUED' ORDER BY o.name`,
      [period.month],
    );
    const paidOn = new Date(issuedAt.getTime() + 9 * DAY_MS + 8 * HOUR_MS).toISOString().slice(0, 10);
    for (const [n, invoice] of invoices.entries()) {
      // The older month is settled; of the later one, the first stays unpaid (overdue) and one is paid in part.
      const last = index === months.length - 1;
      if (last && n === 0) continue;
      const amount = last && n === 1 ? BigInt(invoice.cash_fen) / 2n : BigInt(invoice.cash_fen);
      if (amount > 0n) {
        await services.invoices.recordPayment(manager, { invoiceId: invoice.id, amountFen: amount, paidOn, bankReference: `CMB-${period.month.replace('-', '')}-${String(n + 1).padStart(4, '0')}` }, new Date(issuedAt.getTime() + 10 * DAY_MS));
      }
    }
  }
}

/**
 * The demo's money: prices, three older months of usage, the city's voucher programme with
 * applications in every state and a related party, and two months of issued invoices (most paid,
 * one overdue). Last month stays unbilled: running it is the first thing a manager can try.
 */
export async function seedDemoBilling(
  dataSource: DataSource,
  now = new Date(),
  options: { beforeInvoices?: (signAt: Date) => Promise<EquityCreditPayer | undefined> } = {},
): Promise<void> {
  const current0 = billingPeriodContaining(now);
  const signAt = new Date(previousMonth(current0, 3).start.getTime() + 2 * DAY_MS);
  // Whatever must exist before the older months are billed (signed compute-for-equity terms) comes first.
  const equityPayer = options.beforeInvoices ? await options.beforeInvoices(signAt) : undefined;
  const services = billingServicesOn(dataSource, { equityPayer });
  const manager = await actorOf(dataSource, 'manager@suanli.dev');
  const current = billingPeriodContaining(now);
  const [lastMonth, twoBack, threeBack] = [previousMonth(current, 1), previousMonth(current, 2), previousMonth(current, 3)];
  void lastMonth;
  await seedPrices(dataSource, current, manager);
  await seedOlderUsage(dataSource, threeBack.start, new Date(now.getTime() - 15 * DAY_MS));
  await seedVouchers(dataSource, services, manager, new Date(now.getTime() + 8 * HOUR_MS).getUTCFullYear(), new Date(threeBack.start.getTime() + DAY_MS));
  await seedInvoices(dataSource, services, manager, [threeBack, twoBack]);
  await services.vouchers.expireDue(now);
}
