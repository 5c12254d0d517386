import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDataSource, isEmbedded } from '../../../test/test-data-source.js';
import { OrganisationFactory } from '../../../test/factories.js';
import { billingServicesOn } from '../seed/billing-demo.seed.js';

/**
 * The money invariants live in the database, not in the services: these tests go around the
 * code with plain SQL and show the database refusing what no code path may do.
 */
describe('money invariants kept by the database', () => {
  let dataSource: DataSource;
  let organisationId: string;

  const draft = async (month: string) => {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO invoices (organisation_id, period_month, period_start, period_end, total_fen, cash_fen) VALUES ($1, $2, now() - interval '30 days', now() - interval '1 day', 1000, 1000) RETURNING id`,
      [organisationId, month],
    );
    await dataSource.query("INSERT INTO invoice_lines (invoice_id, line_no, card_type, unit_price_fen, card_seconds, amount_fen, cash_fen) VALUES ($1, 1, 'Ascend 910B', 1200, 3000, 1000, 1000)", [row.id]);
    return row.id;
  };
  const issue = (id: string) => dataSource.query("UPDATE invoices SET status = 'ISSUED', issued_at = now(), due_at = now() + interval '14 days' WHERE id = $1", [id]);

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    organisationId = (await OrganisationFactory.on(dataSource).create()).id;
  });
  afterAll(async () => dataSource?.destroy());

  it('numbers an invoice when it is issued, and refuses any later edit of what it says', async () => {
    const id = await draft('2001-01');
    await issue(id);
    const [row]: { number: string; number_seq: number }[] = await dataSource.query('SELECT number, number_seq FROM invoices WHERE id = $1', [id]);
    expect(row.number).toMatch(/^SL-\d{4}-\d{6}$/);
    await expect(dataSource.query('UPDATE invoices SET total_fen = 1, cash_fen = 1 WHERE id = $1', [id])).rejects.toThrow(/cannot be edited/);
    await expect(dataSource.query("UPDATE invoice_lines SET cash_fen = 1, amount_fen = 1 WHERE invoice_id = $1", [id])).rejects.toThrow(/cannot change/);
    await expect(dataSource.query('DELETE FROM invoice_lines WHERE invoice_id = $1', [id])).rejects.toThrow(/cannot change/);
    await expect(dataSource.query('UPDATE invoices SET number = $2 WHERE id = $1', [id, 'SL-2001-999999'])).rejects.toThrow(/cannot be edited/);
    await expect(dataSource.query('DELETE FROM invoices WHERE id = $1', [id])).rejects.toThrow(/cannot be deleted/);
  });

  it('refuses a split that does not add up and a payment beyond what is owed', async () => {
    const id = await draft('2001-02');
    await expect(dataSource.query('UPDATE invoice_lines SET voucher_coverage_bp = 5000, voucher_fen = 10 WHERE invoice_id = $1', [id])).rejects.toThrow(/invoice_lines_split_check/);
    await issue(id);
    await expect(dataSource.query('UPDATE invoices SET paid_fen = 1001 WHERE id = $1', [id])).rejects.toThrow(/invoices_settled_check/);
  });

  it('refuses a ledger transaction that does not balance, at commit, and any change to an entry', async () => {
    const [cash]: { id: string }[] = await dataSource.query("INSERT INTO ledger_accounts (code, kind) VALUES ('CASH', 'CASH') ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind RETURNING id");
    const [revenue]: { id: string }[] = await dataSource.query("INSERT INTO ledger_accounts (code, kind) VALUES ('REVENUE', 'REVENUE') ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind RETURNING id");
    const unbalanced = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query("INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, reason) VALUES ($1, $2, 100, 'TEST'), ($1, $3, -99, 'TEST')", [unbalanced, cash.id, revenue.id]);
      }),
    ).rejects.toThrow(/does not balance/);
    const balanced = randomUUID();
    await dataSource.query("INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, reason) VALUES ($1, $2, 100, 'TEST'), ($1, $3, -100, 'TEST')", [balanced, cash.id, revenue.id]);
    await expect(dataSource.query('UPDATE ledger_entries SET amount_fen = 1 WHERE transaction_id = $1', [balanced])).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM ledger_entries WHERE transaction_id = $1', [balanced])).rejects.toThrow(/append-only/);
  });

  it('keeps voucher balances and programme budgets inside their limits', async () => {
    const [programme]: { id: string }[] = await dataSource.query(
      "INSERT INTO voucher_programmes (year, name, budget_fen, coverage_bp, per_organisation_cap_fen, eligible_kinds) VALUES (2099, 't', 1000, 5000, 500, '{STARTUP}') RETURNING id",
    );
    await expect(dataSource.query('UPDATE voucher_programmes SET committed_fen = 1001 WHERE id = $1', [programme.id])).rejects.toThrow(/voucher_programmes_budget_check/);
    await dataSource.query('INSERT INTO voucher_grants (programme_id, organisation_id, granted_fen, cap_fen) VALUES ($1, $2, 500, 500)', [programme.id, organisationId]);
    await expect(dataSource.query('UPDATE voucher_grants SET granted_fen = 501 WHERE programme_id = $1', [programme.id])).rejects.toThrow(/voucher_grants_cap_check/);
    await dataSource.query("INSERT INTO related_parties (organisation_id, reason) VALUES ($1, 'test')", [organisationId]);
    const [application]: { id: string }[] = await dataSource.query('INSERT INTO voucher_applications (programme_id, organisation_id, requested_fen, purpose) VALUES ($1, $2, 100, $3) RETURNING id', [
      programme.id, organisationId, 'test',
    ]);
    await expect(
      dataSource.query("INSERT INTO vouchers (code, programme_id, application_id, organisation_id, face_value_fen, balance_fen, coverage_bp, valid_from, valid_until) VALUES ('T-1', $1, $2, $3, 100, 100, 5000, now(), now() + interval '1 year')", [
        programme.id, application.id, organisationId,
      ]),
    ).rejects.toThrow(/related party/);
  });

  it('expires a voucher past its validity once, returning its unused balance to the programme, also when two expiries race', async () => {
    const services = billingServicesOn(dataSource);
    const [programme]: { id: string }[] = await dataSource.query(
      "INSERT INTO voucher_programmes (year, name, budget_fen, committed_fen, coverage_bp, per_organisation_cap_fen, eligible_kinds) VALUES (2098, 'e', 10000, 700, 5000, 5000, '{STARTUP}') RETURNING id",
    );
    const owner = (await OrganisationFactory.on(dataSource).create()).id;
    const [application]: { id: string }[] = await dataSource.query("INSERT INTO voucher_applications (programme_id, organisation_id, requested_fen, purpose, status, approved_fen) VALUES ($1, $2, 700, 'e', 'APPROVED', 700) RETURNING id", [programme.id, owner]);
    const [voucher]: { id: string }[] = await dataSource.query(
      "INSERT INTO vouchers (code, programme_id, application_id, organisation_id, face_value_fen, balance_fen, coverage_bp, valid_from, valid_until) VALUES ('E-1', $1, $2, $3, 700, 300, 5000, now() - interval '2 years', now() - interval '1 day') RETURNING id",
      [programme.id, application.id, owner],
    );
    const expired = await Promise.all([services.vouchers.expireDue(), services.vouchers.expireDue()]);
    expect(expired.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const [after]: { status: string; balance_fen: string; expired_fen: string }[] = await dataSource.query('SELECT status, balance_fen, expired_fen FROM vouchers WHERE id = $1', [voucher.id]);
    expect(after).toEqual({ status: 'EXPIRED', balance_fen: '0', expired_fen: '300' });
    const [programmeAfter]: { committed_fen: string }[] = await dataSource.query('SELECT committed_fen FROM voucher_programmes WHERE id = $1', [programme.id]);
    expect(programmeAfter.committed_fen).toBe('400');
    const legs: { amount_fen: string }[] = await dataSource.query("SELECT amount_fen FROM ledger_entries WHERE voucher_id = $1 AND reason = 'VOUCHER_EXPIRED'", [voucher.id]);
    expect(legs.map((l) => l.amount_fen).sort()).toEqual(['-300', '300']);
  });

  (isEmbedded() ? it.skip : it)('gives concurrently issued invoices consecutive numbers without a gap, even when some roll back', async () => {
    // One organisation may have one invoice per month: use fresh organisations for the storm.
    const drafts: string[] = [];
    for (let i = 0; i < 30; i++) {
      organisationId = (await OrganisationFactory.on(dataSource).create()).id;
      drafts.push(await draft('2003-01'));
    }
    const [{ before }]: { before: number | null }[] = await dataSource.query("SELECT max(number_seq) AS before FROM invoices WHERE series = 'SL'");
    await Promise.all(
      drafts.map((id, i) =>
        dataSource
          .transaction(async (manager) => {
            await manager.query("UPDATE invoices SET status = 'ISSUED', issued_at = now(), due_at = now() + interval '14 days' WHERE id = $1", [id]);
            if (i % 5 === 0) throw new Error('rolled back on purpose');
          })
          .catch(() => undefined),
      ),
    );
    const rows: { number_year: number; number_seq: number }[] = await dataSource.query("SELECT number_year, number_seq FROM invoices WHERE series = 'SL' AND number_seq > $1 ORDER BY number_seq", [before ?? 0]);
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r.number_seq)).toEqual(rows.map((_, i) => (before ?? 0) + i + 1));
  });
});
