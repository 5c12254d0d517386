import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { billingPeriod, lineAmountFen, type BillingPeriod } from '@suanli/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { BillingRunEntity } from '../entities/billing-run.entity.js';
import { InvoiceLineEntity } from '../entities/invoice-line.entity.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { InvoiceIssuing } from './invoice-issuing.js';
import { meteredGroups, unpricedUse, type MeteredGroup } from './metering.js';

export interface RunBillingInput {
  month: string;
  issue: boolean;
  idempotencyKey?: string | null;
}

function periodOf(month: string): BillingPeriod {
  try {
    return billingPeriod(month);
  } catch {
    throw new DomainError(UserErrorCode.INVALID_PERIOD, 'The period must be a calendar month written YYYY-MM', ['month']);
  }
}

/**
 * The monthly billing run: metered card-hours of every organisation become one invoice each
 * (one line per project × card type × price version × adaptation or not). Each organisation is
 * billed in its own transaction; the invoice's unique (organisation, month) key makes a repeated,
 * concurrent or resumed run skip what is already billed, so a crash mid-run loses nothing and
 * bills nothing twice.
 */
@Injectable()
export class BillingRunService {
  private readonly log = new Logger('BillingRun');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuing: InvoiceIssuing,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  async run(actor: Actor, input: RunBillingInput, now = new Date()): Promise<{ runId: string }> {
    const period = periodOf(input.month);
    if (period.end > now) throw new DomainError(UserErrorCode.PERIOD_NOT_ENDED, `${input.month} has not ended in Asia/Shanghai`, ['month']);
    // The run record and its key commit first: a retry with the same key resumes this run.
    const { runId } = await this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, { actorId: actor.id, operation: 'runBilling', key: input.idempotencyKey, input }, async () => {
        const run = await manager.save(BillingRunEntity, manager.create(BillingRunEntity, { periodMonth: period.month, requestedById: actor.kind === 'user' ? actor.id : null }));
        await this.audit.record(manager, { actor, action: 'BILLING_RUN_STARTED', target: { type: 'BILLING_RUN', id: run.id }, details: { month: period.month, issue: input.issue } });
        return { runId: run.id };
      }),
    );
    await this.process(actor, runId, period, input.issue, now);
    return { runId };
  }

  private async process(actor: Actor, runId: string, period: BillingPeriod, issue: boolean, now: Date): Promise<void> {
    const groups = await meteredGroups(this.dataSource.manager, period.start, period.end, null);
    const unpriced = await unpricedUse(this.dataSource.manager, period.start, period.end, null);
    const blocked = new Map(unpriced.map((u) => [u.organisationId, u.cardType]));
    const byOrganisation = new Map<string, MeteredGroup[]>();
    for (const group of groups) byOrganisation.set(group.organisationId, [...(byOrganisation.get(group.organisationId) ?? []), group]);
    let created = 0;
    const problems = [...blocked].map(([organisationId, cardType]) => ({ organisationId, code: UserErrorCode.MISSING_PRICE, cardType }));
    try {
      for (const [organisationId, orgGroups] of [...byOrganisation].sort(([a], [b]) => a.localeCompare(b))) {
        if (blocked.has(organisationId)) continue;
        if (await this.billOrganisation(actor, runId, period, organisationId, orgGroups, issue, now)) created += 1;
      }
      await this.dataSource.query(
        `UPDATE billing_runs SET status = 'DONE', finished_at = now(), invoices_created = invoices_created + $2, organisations_skipped = $3, problems = $4 WHERE id = $1`,
        [runId, created, blocked.size, JSON.stringify(problems)],
      );
    } catch (error) {
      this.log.error(`billing run ${runId} for ${period.month} stopped: ${(error as Error).message}`);
      await this.dataSource.query(`UPDATE billing_runs SET status = 'FAILED', finished_at = now(), invoices_created = invoices_created + $2 WHERE id = $1`, [runId, created]);
      throw error;
    }
  }

  /** True when this call created the organisation's invoice; false when one existed already. */
  private async billOrganisation(actor: Actor, runId: string, period: BillingPeriod, organisationId: string, groups: MeteredGroup[], issue: boolean, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO invoices (organisation_id, kind, series, period_month, period_start, period_end, status, billing_run_id)
         VALUES ($1, 'INVOICE', 'SL', $2, $3, $4, 'DRAFT', $5)
         ON CONFLICT (organisation_id, period_month) WHERE kind = 'INVOICE' AND status <> 'VOID' DO NOTHING RETURNING id`,
        [organisationId, period.month, period.start, period.end, runId],
      );
      if (inserted.length === 0) return false;
      const invoiceId = inserted[0].id;
      const lines = groups.map((g, index) => {
        const amountFen = lineAmountFen(g.cardSeconds, g.priceFen);
        return {
          invoiceId, lineNo: index + 1, projectId: g.projectId, cardType: g.cardType, priceId: g.priceId, unitPriceFen: g.priceFen,
          cardSeconds: g.cardSeconds, adaptation: g.adaptation, amountFen,
          freeFen: g.adaptation ? amountFen : 0n, cashFen: g.adaptation ? 0n : amountFen,
        };
      });
      // Totals first: insert() writes the database's values back into these objects.
      const total = lines.reduce((t, l) => t + l.amountFen, 0n);
      const free = lines.reduce((t, l) => t + l.freeFen, 0n);
      await manager.insert(InvoiceLineEntity, lines);
      await manager.query('UPDATE invoices SET total_fen = $2, free_fen = $3, cash_fen = $4 WHERE id = $1', [invoiceId, total.toString(), free.toString(), (total - free).toString()]);
      if (issue) await this.issuing.issue(manager, actor, invoiceId, { now });
      return true;
    });
  }
}
