import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import type { Connection } from '../../common/pagination/connection.js';
import { paginate } from '../../common/pagination/paginate.js';
import { BillingRunEntity } from '../entities/billing-run.entity.js';
import { InvoiceLineEntity } from '../entities/invoice-line.entity.js';
import { InvoiceEntity, type InvoiceStatus } from '../entities/invoice.entity.js';
import { PaymentEntity } from '../entities/payment.entity.js';
import type { BillingBalance, BillingRun, Invoice, InvoiceLine, Payment } from '../models/invoice.model.js';
import { owedFen } from './invoice-commands.service.js';

export interface InvoiceFilter {
  first: number;
  after?: string | null;
  organisationId?: string | null;
  status?: InvoiceStatus | null;
  overdueOnly?: boolean | null;
  periodMonth?: string | null;
}

export function toInvoice(row: InvoiceEntity, now = new Date()): Invoice {
  const balanceFen = row.status === 'ISSUED' && row.kind === 'INVOICE' ? owedFen(row) : 0n;
  return {
    id: row.id, kind: row.kind, number: row.number, status: row.status, organisationId: row.organisationId, periodMonth: row.periodMonth,
    issuedAt: row.issuedAt, dueAt: row.dueAt, totalFen: row.totalFen, freeFen: row.freeFen, voucherFen: row.voucherFen, equityFen: row.equityFen,
    cashFen: row.cashFen, paidFen: row.paidFen, creditedFen: row.creditedFen, balanceFen,
    overdue: balanceFen > 0n && row.dueAt !== null && row.dueAt < now,
    creditsInvoiceId: row.creditsInvoiceId, note: row.note, createdAt: row.createdAt,
  };
}

export function toInvoiceLine(row: InvoiceLineEntity): InvoiceLine {
  return {
    id: row.id, lineNo: row.lineNo, projectId: row.projectId, cardType: row.cardType, unitPriceFen: row.unitPriceFen, priceId: row.priceId,
    cardSeconds: row.cardSeconds.toString(), cardHours: Number(row.cardSeconds) / 3600, adaptation: row.adaptation, amountFen: row.amountFen,
    freeFen: row.freeFen, voucherFen: row.voucherFen, equityFen: row.equityFen, cashFen: row.cashFen, creditsLineId: row.creditsLineId,
  };
}

/** Reads of invoices, always within the caller's tenant (a founder sees only their organisation's). */
@Injectable()
export class InvoiceQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: InvoiceFilter): Promise<Connection<Invoice>> {
    const tenant = tenantOf(actor);
    const query = this.dataSource.getRepository(InvoiceEntity).createQueryBuilder('i');
    if (tenant !== null) query.andWhere('i.organisation_id = :tenant', { tenant });
    if (filter.organisationId) query.andWhere('i.organisation_id = :org', { org: filter.organisationId });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.periodMonth) query.andWhere('i.period_month = :month', { month: filter.periodMonth });
    if (filter.overdueOnly) query.andWhere("i.status = 'ISSUED' AND i.kind = 'INVOICE' AND i.due_at < now()");
    const page = await paginate(query, filter, { newestFirst: true });
    const now = new Date();
    return {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toInvoice(e.node, now) })),
      pageInfo: page.pageInfo,
      get totalCount() {
        return page.totalCount;
      },
    };
  }

  async byId(actor: Actor, id: string): Promise<Invoice | null> {
    const row = await this.dataSource.getRepository(InvoiceEntity).findOneBy({ id });
    const tenant = tenantOf(actor);
    if (!row || (tenant !== null && row.organisationId !== tenant)) return null;
    return toInvoice(row);
  }

  async lines(invoiceId: string): Promise<InvoiceLine[]> {
    const rows = await this.dataSource.getRepository(InvoiceLineEntity).find({ where: { invoiceId }, order: { lineNo: 'ASC' } });
    return rows.map(toInvoiceLine);
  }

  async payments(invoiceId: string): Promise<Payment[]> {
    return this.dataSource.getRepository(PaymentEntity).find({ where: { invoiceId }, order: { createdAt: 'ASC' } });
  }

  async creditNotes(invoiceId: string): Promise<Invoice[]> {
    const rows = await this.dataSource.getRepository(InvoiceEntity).find({ where: { creditsInvoiceId: invoiceId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => toInvoice(r));
  }

  async balance(actor: Actor, organisationId: string | null): Promise<BillingBalance> {
    const tenant = tenantOf(actor);
    const org = tenant ?? organisationId;
    const [row]: { outstanding: string; overdue: string; open_count: number; overdue_count: number }[] = await this.dataSource.query(
      `SELECT COALESCE(sum(cash_fen - paid_fen - credited_fen), 0) AS outstanding,
              COALESCE(sum(cash_fen - paid_fen - credited_fen) FILTER (WHERE due_at < now()), 0) AS overdue,
              count(*)::int AS open_count, (count(*) FILTER (WHERE due_at < now()))::int AS overdue_count
       FROM invoices WHERE kind = 'INVOICE' AND status = 'ISSUED' AND ($1::uuid IS NULL OR organisation_id = $1)`,
      [org],
    );
    return { outstandingFen: BigInt(row.outstanding), overdueFen: BigInt(row.overdue), openCount: row.open_count, overdueCount: row.overdue_count };
  }

  async runs(): Promise<BillingRun[]> {
    const rows = await this.dataSource.getRepository(BillingRunEntity).find({ order: { startedAt: 'DESC' }, take: 24 });
    return rows;
  }

  async run(id: string): Promise<BillingRun | null> {
    return this.dataSource.getRepository(BillingRunEntity).findOneBy({ id });
  }
}
