import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addShanghaiMonths, billingPeriodContaining, type ProjectStage } from '@suanli/domain';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../../common/access/actor.js';
import { forbidden } from '../../../common/errors/api-errors.js';
import type { Portfolio, PortfolioUsageMonth } from '../models/portfolio.model.js';
import { holdingOf, portfolioOf, type PortfolioLineFacts, type PortfolioStartup } from './portfolio-figures.js';

/** How many billing months the drill-down's usage covers, the current one included. */
const USAGE_MONTHS = 6;

interface LineRow {
  id: string;
  organisation_id: string;
  stage: ProjectStage;
  opened_at: Date;
  credit_fen: string;
  drawn_fen: string;
  released_fen: string;
  issued: string;
  bought_back: string;
  price_numerator: string;
  price_denominator: string;
  post_money_shares: string;
}

/** The months 'YYYY-MM' (Asia/Shanghai) of the usage window, oldest first, ending with now's. */
export function usageMonths(now: Date, count = USAGE_MONTHS): string[] {
  return Array.from({ length: count }, (_, i) => billingPeriodContaining(addShanghaiMonths(now, i - count + 1)).month);
}

/**
 * The centre's equity portfolio, read from the credit-line, cap-table and billing tables with SQL
 * (one statement each, whatever the number of startups). Only the centre's staff (and centre-wide
 * tokens) read it: the portfolio is the centre's position across tenants, so a founder is refused
 * with FORBIDDEN rather than shown an empty one, which would read as "the centre holds nothing".
 */
@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async portfolio(actor: Actor, now = new Date()): Promise<Portfolio> {
    if (tenantOf(actor) !== null) throw forbidden('The portfolio is the centre’s; founders read their own credit lines');
    const lines: LineRow[] = await this.dataSource.query(`
      SELECT l.id, l.organisation_id, p.stage, l.opened_at, l.credit_fen::text, l.drawn_fen::text,
             l.price_numerator::text, l.price_denominator::text, l.post_money_shares::text,
             COALESCE((SELECT sum(t.credit_fen) FROM credit_tranches t WHERE t.credit_line_id = l.id AND t.released_at IS NOT NULL), 0)::text AS released_fen,
             COALESCE((SELECT sum(i.shares) FROM cap_issuances i WHERE i.credit_line_id = l.id AND i.source = 'TRANCHE'), 0)::text AS issued,
             COALESCE((SELECT sum(b.shares) FROM cap_buy_backs b WHERE b.credit_line_id = l.id), 0)::text AS bought_back
        FROM credit_lines l JOIN projects p ON p.id = l.project_id`);
    const organisationIds = [...new Set(lines.map((l) => l.organisation_id))];
    const startups: PortfolioStartup[] = organisationIds.length
      ? await this.dataSource.query('SELECT id, name, industry, kind FROM organisations WHERE id = ANY($1)', [organisationIds])
      : [];
    const usage = await this.usageOf(organisationIds, usageMonths(now));
    const holdings = startups.map((startup) =>
      holdingOf(
        startup,
        lines.filter((l) => l.organisation_id === startup.id).map(factsOf),
        usage.get(startup.id)!,
      ),
    );
    return { asOf: now, ...portfolioOf(holdings) };
  }

  /** Card-seconds and invoiced amount per startup and month, from its issued and paid invoices. */
  private async usageOf(organisationIds: string[], months: string[]): Promise<Map<string, PortfolioUsageMonth[]>> {
    const rows: { organisation_id: string; period_month: string; card_seconds: string; amount_fen: string }[] = organisationIds.length
      ? await this.dataSource.query(
          `SELECT i.organisation_id, i.period_month, sum(il.card_seconds)::text AS card_seconds, sum(il.amount_fen)::text AS amount_fen
             FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id
            WHERE i.organisation_id = ANY($1) AND i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'PAID') AND i.period_month = ANY($2)
            GROUP BY i.organisation_id, i.period_month`,
          [organisationIds, months],
        )
      : [];
    return new Map(
      organisationIds.map((id) => [
        id,
        months.map((month) => {
          const row = rows.find((r) => r.organisation_id === id && r.period_month === month);
          const cardSeconds = BigInt(row?.card_seconds ?? '0');
          return { month, cardSeconds: cardSeconds.toString(), cardHours: Number(cardSeconds) / 3600, invoicedFen: BigInt(row?.amount_fen ?? '0') };
        }),
      ]),
    );
  }
}

function factsOf(row: LineRow): PortfolioLineFacts {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    projectStage: row.stage,
    openedAt: new Date(row.opened_at),
    creditFen: BigInt(row.credit_fen),
    drawnFen: BigInt(row.drawn_fen),
    releasedFen: BigInt(row.released_fen),
    sharesIssued: BigInt(row.issued),
    sharesBoughtBack: BigInt(row.bought_back),
    priceNumerator: BigInt(row.price_numerator),
    priceDenominator: BigInt(row.price_denominator),
    postMoneyShares: BigInt(row.post_money_shares),
  };
}

