import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billingPeriodContaining } from '@suanli/domain';
import type { GraphQLClient } from '../test/graphql-client.js';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import { useApi } from '../test/use-api.js';
import {
  ApplyForVoucher, ApproveVoucherApplication, CostQuote, CreateCreditNote, CreateVoucherProgramme, InvoiceById, Invoices, IssueInvoice, LedgerHealth,
  MarkRelatedParty, MyVouchers, PriceList, RecordPayment, RunBilling, SetCardPrice, VoucherProgrammes, VoucherSettlementQuery,
} from '../test/operations/billing.operations.js';
import { MyNotifications } from '../test/operations/notifications.operations.js';

const lastMonth = billingPeriodContaining(new Date(billingPeriodContaining(new Date()).start.getTime() - 1));
const thisMonth = billingPeriodContaining(new Date());
const key = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const sum = (values: string[]) => values.reduce((t, v) => t + BigInt(v), 0n);
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * Money over HTTP on the demo centre: prices, the monthly run, issuing with vouchers, payments,
 * credit notes, idempotency, bad input that changes nothing, and what each caller may see.
 * The demo seed bills two older months and leaves last month to be billed here.
 */
describe('billing and vouchers over the GraphQL API', () => {
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let otherFounder: GraphQLClient;
  let programmeId: string;

  const health = async () => (await manager.request(LedgerHealth, {})).data!;
  const founderInvoices = async (client: GraphQLClient, month: string) => (await client.request(Invoices, { first: 50, periodMonth: month })).data!.invoices.edges.map((e) => e.node);

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn('manager@suanli.dev');
    founder = await anonymous.signIn('founder@rongcheng-vision.example');
    otherFounder = await anonymous.signIn('founder@tianfu-med.example');
    programmeId = (await manager.request(VoucherProgrammes, {})).data!.voucherProgrammes[0]!.id;
  });

  it('seeds a price list with market prices and two months of invoices, the ledger balanced and one invoice overdue', async () => {
    const prices = (await manager.request(PriceList, {})).data!.priceList;
    const b910 = prices.find((p) => p.cardType === 'Ascend 910B')!;
    expect(b910.current).toMatchObject({ priceFen: '1200', marketPriceFen: '1800', discountBasisPoints: 3333 });
    expect(b910.next).toEqual({ priceFen: '1150' });
    const all = (await manager.request(Invoices, { first: 100 })).data!.invoices;
    expect(new Set(all.edges.map((e) => e.node.periodMonth)).size).toBe(2);
    expect(all.edges.some((e) => e.node.overdue)).toBe(true);
    for (const { node } of all.edges) {
      for (const line of node.lines) expect(sum([line.freeFen, line.voucherFen, line.equityFen, line.cashFen])).toBe(BigInt(line.amountFen));
      expect(sum(node.lines.map((l) => l.amountFen))).toBe(BigInt(node.totalFen));
    }
    expect((await health()).ledgerCheck).toMatchObject({ healthy: true, totalFen: '0', receivableMismatches: 0, voucherMismatches: 0 });
  });

  it('refuses bad prices and a price that would change invoiced months, changing nothing', async () => {
    const before = (await manager.request(PriceList, {})).data!.priceList;
    const set = (input: Record<string, unknown>) => manager.request(SetCardPrice, { input: { cardType: 'Ascend 910B', priceFen: '1000', effectiveFrom: new Date(Date.now() + 86_400_000), note: '', ...input } as never });
    expect((await set({ priceFen: '-100' })).data!.setCardPrice.userErrors).toEqual([{ code: 'INVALID_PRICE', field: ['priceFen'] }]);
    expect((await set({ priceFen: '0' })).data!.setCardPrice.userErrors).toEqual([{ code: 'INVALID_PRICE', field: ['priceFen'] }]);
    expect(codes(await set({ priceFen: '12.5' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await manager.request(`mutation { setCardPrice(input: { cardType: "Ascend 910B", priceFen: 1000, effectiveFrom: "2030-01-01T00:00:00Z" }) { userErrors { code } } }`))).toEqual(['BAD_USER_INPUT']);
    expect((await set({ effectiveFrom: new Date(lastMonth.start.getTime() - 40 * 86_400_000) })).data!.setCardPrice.userErrors).toEqual([{ code: 'PRICE_CHANGES_ISSUED_INVOICES', field: ['effectiveFrom'] }]);
    expect((await set({ cardType: 'Nvidia H100' })).data!.setCardPrice.userErrors).toEqual([{ code: 'UNKNOWN_CARD_TYPE', field: ['cardType'] }]);
    expect((await manager.request(PriceList, {})).data!.priceList).toEqual(before);
  });

  it('refuses a month that has not ended or is malformed', async () => {
    const run = (month: string) => manager.request(RunBilling, { input: { month, issue: true } });
    expect((await run(thisMonth.month)).data!.runBilling.userErrors).toEqual([{ code: 'PERIOD_NOT_ENDED', field: ['month'] }]);
    expect((await run('2026-13')).data!.runBilling.userErrors).toEqual([{ code: 'INVALID_PERIOD', field: ['month'] }]);
  });

  it('prices a request before it is submitted, with the voucher share and free adaptation work', async () => {
    const quote = (await otherFounder.request(CostQuote, { cardType: 'Ascend 910B', cards: 8, durationSeconds: 72 * 3600, adaptation: false })).data!.costQuote;
    // 8 × 72 h × ¥12.00 = ¥6,912.00; the seeded voucher covers 50 %.
    expect(quote).toEqual({ priced: true, pricePerCardHourFen: '1200', amountFen: '691200', freeFen: '0', voucherFen: '345600', cashFen: '345600' });
    const free = (await founder.request(CostQuote, { cardType: 'Ascend 910B', cards: 8, durationSeconds: 3600, adaptation: true })).data!.costQuote;
    expect(free).toMatchObject({ amountFen: '9600', freeFen: '9600', cashFen: '0' });
  });

  it('a founder applies, the manager approves less, and last month’s run pays the invoice with the voucher up to its coverage', async () => {
    const applied = (await founder.request(ApplyForVoucher, { input: { programmeId, amountFen: '5000000', purpose: '工业质检大模型训练' } })).data!.applyForVoucher;
    expect(applied.userErrors).toEqual([]);
    const approved = (await manager.request(ApproveVoucherApplication, { input: { applicationId: applied.application!.id, amountFen: '2000', idempotencyKey: key('approve') } })).data!
      .approveVoucherApplication;
    // ¥20.00 is below the ¥10,000 minimum claim: refused, and nothing was granted.
    expect(approved.userErrors).toEqual([{ code: 'BELOW_MINIMUM_CLAIM', field: ['amountFen'] }]);
    const approveKey = key('approve');
    const ok = (await manager.request(ApproveVoucherApplication, { input: { applicationId: applied.application!.id, amountFen: '4000000', idempotencyKey: approveKey } })).data!
      .approveVoucherApplication;
    expect(ok.application).toMatchObject({ status: 'APPROVED', approvedFen: '4000000' });
    expect(ok.voucher).toMatchObject({ faceValueFen: '4000000', balanceFen: '4000000' });
    const replay = (await manager.request(ApproveVoucherApplication, { input: { applicationId: applied.application!.id, amountFen: '4000000', idempotencyKey: approveKey } })).data!
      .approveVoucherApplication;
    expect(replay.voucher!.id).toBe(ok.voucher!.id);
    expect(replay.userErrors).toEqual([]);

    // Draft first: a foreign voucher cannot pay it.
    const runKey = key('run');
    const run = (await manager.request(RunBilling, { input: { month: lastMonth.month, issue: false, idempotencyKey: runKey } })).data!.runBilling;
    expect(run.userErrors).toEqual([]);
    expect(run.run!.invoicesCreated).toBeGreaterThan(3);
    const again = (await manager.request(RunBilling, { input: { month: lastMonth.month, issue: false, idempotencyKey: runKey } })).data!.runBilling;
    expect(again.run!.id).toBe(run.run!.id);
    const fresh = (await manager.request(RunBilling, { input: { month: lastMonth.month, issue: false } })).data!.runBilling;
    expect(fresh.run!.invoicesCreated).toBe(0);

    const [draft] = await founderInvoices(founder, lastMonth.month);
    expect(draft!.status).toBe('DRAFT');
    const foreign = (await otherFounder.request(MyVouchers, {})).data!.vouchers[0]!;
    const refused = (await manager.request(IssueInvoice, { input: { invoiceId: draft!.id, voucherIds: [foreign.id] } })).data!.issueInvoice;
    expect(refused.userErrors).toEqual([{ code: 'VOUCHER_NOT_USABLE', field: ['voucherIds'] }]);
    expect((await founder.request(InvoiceById, { id: draft!.id })).data!.invoice!.status).toBe('DRAFT');
    // Nor an expired one of the organisation's own (the seed's voucher from last year).
    const expired = (await otherFounder.request(MyVouchers, {})).data!.vouchers.find((v) => v.status === 'EXPIRED')!;
    expect(expired.balanceFen).toBe('0');
    const [otherDraft] = await founderInvoices(otherFounder, lastMonth.month);
    expect((await manager.request(IssueInvoice, { input: { invoiceId: otherDraft!.id, voucherIds: [expired.id] } })).data!.issueInvoice.userErrors).toEqual([
      { code: 'VOUCHER_NOT_USABLE', field: ['voucherIds'] },
    ]);
    // And an invoice that does not exist is NOT_FOUND, for issuing and for paying.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await manager.request(IssueInvoice, { input: { invoiceId: unknown } })).data!.issueInvoice.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['invoiceId'] }]);
    expect(
      (await manager.request(RecordPayment, { input: { invoiceId: unknown, amountFen: '100', paidOn: '2026-11-30', bankReference: 'X-1' } })).data!.recordPayment.userErrors,
    ).toEqual([{ code: 'NOT_FOUND', field: ['invoiceId'] }]);

    const issuing = await manager.request(IssueInvoice, { input: { invoiceId: draft!.id, idempotencyKey: key('issue') } });
    expect(issuing.errors).toBeUndefined();
    const issued = issuing.data!.issueInvoice.invoice!;
    expect(issued.number).toMatch(/^SL-\d{4}-\d{6}$/);
    // The founders of the invoiced organisation are told (in-app, in the issuing transaction); another's are not.
    const issuedNotices = async (client: GraphQLClient) =>
      (await client.request(MyNotifications, { first: 50 })).data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'INVOICE_ISSUED' && n.link === `/portal/bills/${draft!.id}`);
    expect(await issuedNotices(founder)).toEqual([expect.objectContaining({ params: expect.arrayContaining([{ name: 'number', value: issued.number }, { name: 'totalFen', value: issued.totalFen }]) })]);
    expect(await issuedNotices(otherFounder)).toEqual([]);
    const eligible = issued.lines.filter((l) => !l.adaptation);
    for (const line of eligible) expect(BigInt(line.voucherFen)).toBe(BigInt(line.amountFen) * 5000n / 10000n);
    expect(BigInt(issued.voucherFen)).toBeGreaterThan(0n);
    const voucher = (await founder.request(MyVouchers, {})).data!.vouchers[0]!;
    expect(BigInt(voucher.balanceFen)).toBe(4000000n - BigInt(issued.voucherFen));
    expect(voucher.redemptions.map((r) => r.invoiceNumber)).toEqual(eligible.filter((l) => l.voucherFen !== '0').map(() => issued.number));
    expect((await health()).ledgerCheck.healthy).toBe(true);

    // The PDF says so, in Chinese.
    const response = await fetch(`${server().api.url}${issued.pdfPath}`, { headers: { authorization: `Bearer ${founder.token}` } });
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const dir = mkdtempSync(join(tmpdir(), 'suanli-pdf-'));
      writeFileSync(join(dir, 'invoice.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'invoice.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain(issued.number!);
      expect(text).toContain('蓉城智眼科技');
      expect(text).toContain('代金券');
    } else console.warn('billing: the PDF text was not read back — install poppler-utils (pdftotext); CI does');
  });

  it('records payments up to what is owed, idempotently, and corrects with credit notes', async () => {
    const [invoice] = await founderInvoices(founder, lastMonth.month);
    const owed = BigInt(invoice!.balanceFen);
    expect(owed).toBeGreaterThan(10n);
    const pay = (amountFen: string, idempotencyKey?: string) =>
      manager.request(RecordPayment, { input: { invoiceId: invoice!.id, amountFen, paidOn: new Date().toISOString().slice(0, 10), bankReference: 'ICBC-2026-0001', idempotencyKey } });
    expect((await pay((owed + 1n).toString())).data!.recordPayment.userErrors).toEqual([{ code: 'OVERPAYMENT', field: ['amountFen'] }]);
    expect((await pay('0')).data!.recordPayment.userErrors).toEqual([{ code: 'INVALID_AMOUNT', field: ['amountFen'] }]);
    const payKey = key('pay');
    const first = (await pay('10', payKey)).data!.recordPayment;
    const retry = (await pay('10', payKey)).data!.recordPayment;
    expect(retry.payment!.id).toBe(first.payment!.id);
    expect((await pay('11', payKey)).data!.recordPayment.userErrors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] }]);
    const after = (await founder.request(InvoiceById, { id: invoice!.id })).data!.invoice!;
    expect(after.payments).toHaveLength(1);
    expect(BigInt(after.balanceFen)).toBe(owed - 10n);

    const credit = (amountFen: string) => manager.request(CreateCreditNote, { input: { invoiceId: invoice!.id, amountFen, reason: '计量校正' } });
    expect((await credit((owed - 9n).toString())).data!.createCreditNote.userErrors).toEqual([{ code: 'CREDIT_EXCEEDS_BALANCE', field: ['amountFen'] }]);
    const note = (await credit('5')).data!.createCreditNote;
    expect(note.creditNote).toMatchObject({ kind: 'CREDIT_NOTE', totalFen: '5', cashFen: '5' });
    expect(note.creditNote!.number).toMatch(/^SLC-\d{4}-\d{6}$/);
    const rest = (await pay((owed - 15n).toString())).data!.recordPayment;
    expect(rest.invoice).toMatchObject({ status: 'PAID', balanceFen: '0' });
    // Settled: nothing is owed, so any payment is more than owed.
    expect((await pay('1')).data!.recordPayment.userErrors).toEqual([{ code: 'OVERPAYMENT', field: ['amountFen'] }]);
    expect((await health()).ledgerCheck.healthy).toBe(true);
  });

  it('keeps vouchers inside the programme’s caps, eligibility and related parties', async () => {
    const tiny = (await manager.request(CreateVoucherProgramme, {
      input: { year: 2031, name: '测试小额项目', budgetFen: '100000', coverageBasisPoints: 3000, perOrganisationCapFen: '60000', minimumClaimFen: '100', validityMonths: 12, eligibleKinds: ['STARTUP', 'SME', 'RESEARCH_INSTITUTE'], eligibleIndustries: [], settlement: 'MONTHLY' },
    })).data!.createVoucherProgramme.programme!;
    const apply = (client: GraphQLClient, amountFen: string) => client.request(ApplyForVoucher, { input: { programmeId: tiny.id, amountFen, purpose: '模型训练用算力' } });
    expect((await apply(founder, '70000')).data!.applyForVoucher.userErrors).toEqual([{ code: 'OVER_ORGANISATION_CAP', field: ['amountFen'] }]);
    expect((await apply(founder, '50')).data!.applyForVoucher.userErrors).toEqual([{ code: 'BELOW_MINIMUM_CLAIM', field: ['amountFen'] }]);
    const large = await server().anonymous.signIn('founder@shudao.example');
    expect((await apply(large, '1000')).data!.applyForVoucher.userErrors).toEqual([{ code: 'NOT_ELIGIBLE', field: ['amountFen'] }]);
    const related = await server().anonymous.signIn('founder@cd-ai-institute.example');
    expect((await apply(related, '1000')).data!.applyForVoucher.userErrors).toEqual([{ code: 'RELATED_PARTY', field: ['amountFen'] }]);

    const a = (await apply(founder, '60000')).data!.applyForVoucher.application!;
    const b = (await apply(otherFounder, '60000')).data!.applyForVoucher.application!;
    expect((await manager.request(ApproveVoucherApplication, { input: { applicationId: a.id } })).data!.approveVoucherApplication.userErrors).toEqual([]);
    // 60,000 of 100,000 committed: another 60,000 would overrun the budget.
    expect((await manager.request(ApproveVoucherApplication, { input: { applicationId: b.id } })).data!.approveVoucherApplication.userErrors).toEqual([
      { code: 'OVER_PROGRAMME_BUDGET', field: ['amountFen'] },
    ]);
    const figures = (await manager.request(VoucherProgrammes, {})).data!.voucherProgrammes.find((p) => p.id === tiny.id)!.figures;
    expect(figures).toMatchObject({ committedFen: '60000', remainingFen: '40000' });
    // Marking a related party stops new vouchers for it.
    const { organisationId } = (await otherFounder.request(MyVouchers, {})).data!.vouchers[0]!;
    await manager.request(MarkRelatedParty, { input: { organisationId, reason: '中心员工持股' } });
    expect((await apply(otherFounder, '1000')).data!.applyForVoucher.userErrors).toEqual([{ code: 'RELATED_PARTY', field: ['amountFen'] }]);
  });

  it('shows a founder only their own money, and a read:vouchers token only the settlement', async () => {
    const mine = await founderInvoices(founder, lastMonth.month);
    const theirs = await founderInvoices(otherFounder, lastMonth.month);
    expect(mine.map((i) => i.organisationId)).toEqual(Array(mine.length).fill(mine[0]!.organisationId));
    expect((await founder.request(InvoiceById, { id: theirs[0]!.id })).data!.invoice).toBeNull();
    const pdf = await fetch(`${server().api.url}${theirs[0]!.pdfPath}`, { headers: { authorization: `Bearer ${founder.token}` } });
    expect(pdf.status).toBe(404);
    expect(codes(await founder.request(RunBilling, { input: { month: lastMonth.month, issue: true } }))).toEqual(['FORBIDDEN']);
    expect((await fetch(`${server().api.url}/api/billing/exports/ledger.csv`, { headers: { authorization: `Bearer ${founder.token}` } })).status).toBe(403);
    expect((await fetch(`${server().api.url}${mine[0]!.pdfPath}`)).status).toBe(401);
    // Rendering costs CPU: one caller gets two renders at once, the rest are told to wait.
    const storm = await Promise.all(Array.from({ length: 12 }, () => fetch(`${server().api.url}${mine[0]!.pdfPath}`, { headers: { authorization: `Bearer ${founder.token}` } })));
    const statuses = storm.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(6);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(storm.find((r) => r.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);

    const admin = await server().anonymous.signIn('admin@suanli.dev');
    const token = (await admin.request(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
      input: { name: 'city voucher office', scopes: ['read:vouchers'], expiresInDays: 1 },
    })).data!.createApiToken.token as string;
    const office = founder.withToken(token);
    const quarter = `${lastMonth.month.slice(0, 4)}-Q${Math.ceil(Number(lastMonth.month.slice(5)) / 3)}`;
    const settlement = await office.request(VoucherSettlementQuery, { programmeId, period: quarter });
    expect(settlement.errors).toBeUndefined();
    expect(BigInt(settlement.data!.voucherSettlement.totalFen)).toBe(sum(settlement.data!.voucherSettlement.lines.map((l) => l.amountFen)));
    expect(settlement.data!.voucherSettlement.lines.some((l) => l.organisationName === '蓉城智眼科技')).toBe(true);
    expect(codes(await office.request(Invoices, { first: 5 }))).toEqual(['FORBIDDEN']);
    const csv = await fetch(`${server().api.url}/api/billing/exports/settlement/${programmeId}/${quarter}.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    // The UTF-8 byte order mark, so Excel reads the Chinese (fetch's text() would strip it).
    expect([...Buffer.from(await csv.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
