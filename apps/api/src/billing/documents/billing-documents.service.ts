import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { InvoiceLineEntity } from '../entities/invoice-line.entity.js';
import { InvoiceEntity } from '../entities/invoice.entity.js';
import { owedFen } from '../invoices/invoice-commands.service.js';
import { VoucherQueriesService } from '../vouchers/voucher-queries.service.js';
import type { InvoiceDocument, InvoiceRow, LedgerRow, SettlementRow } from './document-models.js';

/** The issuer printed on every document. */
export const CENTRE_NAME = process.env.SUANLI_CENTRE_NAME ?? '成都智算中心';

/** Maps billing rows to the renderers' view models, within the caller's tenant. */
@Injectable()
export class BillingDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vouchers: VoucherQueriesService,
  ) {}

  async invoiceDocument(actor: Actor, invoiceId: string): Promise<InvoiceDocument | null> {
    const invoice = await this.dataSource.getRepository(InvoiceEntity).findOneBy({ id: invoiceId });
    const tenant = tenantOf(actor);
    if (!invoice || (tenant !== null && invoice.organisationId !== tenant)) return null;
    const lines = await this.dataSource.getRepository(InvoiceLineEntity).find({ where: { invoiceId }, order: { lineNo: 'ASC' } });
    const names: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM projects WHERE id = ANY($1::uuid[])', [lines.map((l) => l.projectId).filter(Boolean)]);
    const prices: { id: string; effective_from: Date }[] = await this.dataSource.query('SELECT id, effective_from FROM card_prices WHERE id = ANY($1::uuid[])', [lines.map((l) => l.priceId).filter(Boolean)]);
    const [org]: { name: string }[] = await this.dataSource.query('SELECT name FROM organisations WHERE id = $1', [invoice.organisationId]);
    const credited = invoice.creditsInvoiceId ? await this.dataSource.getRepository(InvoiceEntity).findOneBy({ id: invoice.creditsInvoiceId }) : null;
    const projectName = new Map(names.map((n) => [n.id, n.name]));
    const effectiveFrom = new Map(prices.map((p) => [p.id, p.effective_from]));
    return {
      kind: invoice.kind, number: invoice.number, status: invoice.status, organisationName: org?.name ?? '', periodMonth: invoice.periodMonth,
      issuedAt: invoice.issuedAt, dueAt: invoice.dueAt, creditsInvoiceNumber: credited?.number ?? null,
      lines: lines.map((l) => ({
        projectName: (l.projectId && projectName.get(l.projectId)) || '—', cardType: l.cardType, cardSeconds: l.cardSeconds, unitPriceFen: l.unitPriceFen,
        priceEffectiveFrom: (l.priceId && effectiveFrom.get(l.priceId)) || invoice.periodStart, amountFen: l.amountFen, freeFen: l.freeFen,
        voucherFen: l.voucherFen, equityFen: l.equityFen, cashFen: l.cashFen,
      })),
      totalFen: invoice.totalFen, freeFen: invoice.freeFen, voucherFen: invoice.voucherFen, equityFen: invoice.equityFen, cashFen: invoice.cashFen,
      paidFen: invoice.paidFen, balanceFen: invoice.kind === 'INVOICE' && invoice.status === 'ISSUED' ? owedFen(invoice) : 0n, centreName: CENTRE_NAME,
    };
  }

  async invoiceRows(actor: Actor, filter: { month?: string | null }): Promise<InvoiceRow[]> {
    const tenant = tenantOf(actor);
    const rows: { number: string | null; name: string; period_month: string; status: string; issued_at: Date | null; due_at: Date | null; total_fen: string; voucher_fen: string; equity_fen: string; cash_fen: string; paid_fen: string; credited_fen: string; kind: string }[] =
      await this.dataSource.query(
        `SELECT i.number, o.name, i.period_month, i.status, i.issued_at, i.due_at, i.total_fen, i.voucher_fen, i.equity_fen, i.cash_fen, i.paid_fen, i.credited_fen, i.kind
         FROM invoices i JOIN organisations o ON o.id = i.organisation_id
         WHERE ($1::uuid IS NULL OR i.organisation_id = $1) AND ($2::text IS NULL OR i.period_month = $2)
         ORDER BY i.period_month DESC, i.number NULLS LAST, o.name LIMIT 50000`,
        [tenant, filter.month ?? null],
      );
    return rows.map((r) => {
      const cash = BigInt(r.cash_fen);
      const paid = BigInt(r.paid_fen);
      const open = r.kind === 'INVOICE' && r.status === 'ISSUED';
      return {
        number: r.number, organisationName: r.name, periodMonth: r.period_month, status: r.status, issuedAt: r.issued_at, dueAt: r.due_at,
        totalFen: BigInt(r.total_fen), voucherFen: BigInt(r.voucher_fen), equityFen: BigInt(r.equity_fen), cashFen: cash, paidFen: paid,
        balanceFen: open ? cash - paid - BigInt(r.credited_fen) : 0n,
      };
    });
  }

  async ledgerRows(): Promise<LedgerRow[]> {
    const rows: { created_at: Date; transaction_id: string; code: string; kind: string; org_name: string | null; amount_fen: string; reason: string; memo: string }[] = await this.dataSource.query(
      `SELECT e.created_at, e.transaction_id, a.code, a.kind, o.name AS org_name, e.amount_fen, e.reason, e.memo
       FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id LEFT JOIN organisations o ON o.id = a.organisation_id
       ORDER BY e.created_at, e.transaction_id, e.id LIMIT 200000`,
    );
    return rows.map((r) => {
      const amount = BigInt(r.amount_fen);
      return {
        at: r.created_at, transactionId: r.transaction_id, account: r.org_name ? `${r.kind} · ${r.org_name}` : r.code,
        debitFen: amount > 0n ? amount : 0n, creditFen: amount < 0n ? -amount : 0n, memo: [r.reason, r.memo].filter(Boolean).join(' · '),
      };
    });
  }

  async settlementRows(programmeId: string, period: string): Promise<SettlementRow[]> {
    const settlement = await this.vouchers.settlement(programmeId, period);
    return settlement.lines.map((l) => ({
      period: l.period, organisationName: l.organisationName, invoiceNumber: l.invoiceNumber, lineDescription: l.lineDescription,
      voucherCode: l.voucherCode, amountFen: l.amountFen, redeemedAt: l.redeemedAt,
    }));
  }
}
