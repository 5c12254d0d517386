import { Injectable } from '@nestjs/common';
import { checkPayerOrder, splitInvoice, type UsableVoucher } from '@suanli/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { NotificationsService } from '../../notifications/index.js';
import { BillingSettingsEntity } from '../entities/billing-settings.entity.js';
import { InvoiceLineEntity } from '../entities/invoice-line.entity.js';
import { InvoiceEntity } from '../entities/invoice.entity.js';
import { VoucherEntity, VoucherRedemptionEntity } from '../entities/voucher.entity.js';
import { account, type AccountRef } from '../ledger/ledger-accounts.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { returningRows } from '../../database/returning-rows.js';
import { EquityCreditPayers, type EquityCreditUse } from './equity-credit-payer.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issues a draft inside the caller's transaction: splits every line across the payers
 * (free adaptation, vouchers, equity credit, cash), redeems the vouchers, books the ledger, and
 * lets the database assign the next invoice number. Locks the invoice, then the organisation's
 * vouchers in id order, so concurrent issuers of one organisation take turns without deadlock.
 */
@Injectable()
export class InvoiceIssuing {
  constructor(
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly equityPayers: EquityCreditPayers,
    private readonly notifications: NotificationsService,
  ) {}

  async issue(manager: EntityManager, actor: Actor | null, invoiceId: string, options: { voucherIds?: readonly string[] | null; now?: Date } = {}): Promise<InvoiceEntity> {
    const invoice = await manager.findOne(InvoiceEntity, { where: { id: invoiceId }, lock: { mode: 'pessimistic_write' } });
    if (!invoice) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such invoice', ['invoiceId']);
    if (invoice.status !== 'DRAFT' || invoice.kind !== 'INVOICE') {
      throw new DomainError(UserErrorCode.INVALID_STATE, `The invoice is ${invoice.status}; only a draft can be issued`, ['invoiceId']);
    }
    const now = options.now ?? new Date();
    const lines = await manager.find(InvoiceLineEntity, { where: { invoiceId }, order: { lineNo: 'ASC' } });
    const settings = await manager.findOneByOrFail(BillingSettingsEntity, { id: 1 });
    const vouchers = await this.usableVouchers(manager, invoice.organisationId, now, options.voucherIds ?? null);
    // Vouchers are locked before credit lines, in every issuer, so two issuers never deadlock.
    const equityPayer = this.equityPayers.current();
    const pools = equityPayer ? await equityPayer.pools(manager, invoice.organisationId, now) : [];
    const poolOfProject = new Map(pools.map((pool) => [pool.projectId, pool.creditLineId]));

    const split = splitInvoice({
      lines: lines.map((l) => {
        const pool = l.projectId === null ? undefined : poolOfProject.get(l.projectId);
        // Equity credit is a project's: only that project's lines draw on it, and no other line does.
        return { key: l.id, amountFen: l.amountFen, free: l.adaptation, voucherEligible: !l.adaptation, equityEligible: !l.adaptation && pool !== undefined, equityPool: pool };
      }),
      vouchers,
      equityAvailableFen: 0n,
      equityPools: Object.fromEntries(pools.map((pool) => [pool.creditLineId, pool.availableFen])),
      order: checkPayerOrder(settings.payerOrder),
    });
    const coverageOf = new Map(vouchers.map((v) => [v.id, Number(v.coverageBasisPoints)]));
    for (const part of split.lines) {
      const coverage = Math.max(0, ...part.redemptions.map((r) => coverageOf.get(r.voucherId)!));
      await manager.update(InvoiceLineEntity, { id: part.key }, {
        freeFen: part.freeFen, voucherFen: part.voucherFen, voucherCoverageBp: coverage, equityFen: part.equityFen, cashFen: part.cashFen,
      });
      for (const redemption of part.redemptions) {
        await manager.insert(VoucherRedemptionEntity, { voucherId: redemption.voucherId, invoiceId, invoiceLineId: part.key, amountFen: redemption.amountFen });
      }
    }
    const equityUses: EquityCreditUse[] = split.lines.flatMap((part, index) => {
      const creditLineId = poolOfProject.get(lines[index]!.projectId ?? '');
      return part.equityFen > 0n && creditLineId ? [{ creditLineId, invoiceLineId: part.key, amountFen: part.equityFen }] : [];
    });
    if (equityUses.length > 0) await equityPayer!.draw(manager, { invoiceId, organisationId: invoice.organisationId, now, uses: equityUses });
    for (const [voucherId, used] of Object.entries(split.voucherUseFen)) {
      if (used === 0n) continue;
      // The CHECK on balance_fen would refuse an overspend anyway; the condition names it first.
      const spent = await returningRows<{ id: string }>(manager, 'UPDATE vouchers SET balance_fen = balance_fen - $2 WHERE id = $1 AND balance_fen >= $2 RETURNING id', [voucherId, used.toString()]);
      if (spent.length !== 1) throw new Error(`voucher ${voucherId} cannot pay ${used} fen`);
    }

    const sum = (pick: (l: (typeof split.lines)[number]) => bigint) => split.lines.reduce((t, l) => t + pick(l), 0n);
    const totals = { freeFen: sum((l) => l.freeFen), voucherFen: sum((l) => l.voucherFen), equityFen: sum((l) => l.equityFen), cashFen: sum((l) => l.cashFen) };
    invoice.freeFen = totals.freeFen;
    invoice.voucherFen = totals.voucherFen;
    invoice.equityFen = totals.equityFen;
    invoice.cashFen = totals.cashFen;
    invoice.totalFen = totals.freeFen + totals.voucherFen + totals.equityFen + totals.cashFen;
    invoice.status = totals.cashFen === 0n ? 'PAID' : 'ISSUED';
    invoice.issuedAt = now;
    invoice.dueAt = new Date(now.getTime() + settings.paymentTermsDays * DAY_MS);
    await manager.save(InvoiceEntity, invoice);
    const issued = await manager.findOneByOrFail(InvoiceEntity, { id: invoiceId });

    const voucherOwners = new Map(vouchers.map((v) => [v.id, invoice.organisationId]));
    const legs: { account: AccountRef; amountFen: bigint }[] = [
      { account: account.receivable(invoice.organisationId), amountFen: totals.cashFen },
      { account: account.freeAdaptation(), amountFen: totals.freeFen },
      ...Object.entries(split.voucherUseFen).map(([voucherId, used]) => ({ account: account.voucher(voucherId, voucherOwners.get(voucherId)!), amountFen: used })),
      ...Object.entries(split.equityPoolUseFen).map(([creditLineId, used]) => ({ account: account.equityCredit(creditLineId, invoice.organisationId), amountFen: used })),
      { account: account.revenue(), amountFen: -issued.totalFen },
    ];
    await this.ledger.post(manager, { reason: 'INVOICE_ISSUED', legs, invoiceId, memo: issued.number ?? '' });
    await this.audit.record(manager, {
      actor,
      action: 'INVOICE_ISSUED',
      target: { type: 'INVOICE', id: invoiceId },
      organisationId: invoice.organisationId,
      details: { number: issued.number, totalFen: issued.totalFen.toString(), voucherFen: issued.voucherFen.toString(), equityFen: issued.equityFen.toString() },
    });
    await this.notifications.notifyFounders(manager, invoice.organisationId, { kind: 'INVOICE_ISSUED', params: { number: issued.number ?? '', totalFen: issued.totalFen.toString() }, link: `/portal/bills/${invoiceId}` });
    return issued;
  }

  /** The organisation's vouchers that may pay now: active, unexpired, with a balance, not a related party's. */
  private async usableVouchers(manager: EntityManager, organisationId: string, now: Date, onlyIds: readonly string[] | null): Promise<UsableVoucher[]> {
    const rows = await manager
      .getRepository(VoucherEntity)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.organisation_id = :organisationId', { organisationId })
      .andWhere("v.status = 'ACTIVE' AND v.valid_until > :now AND v.valid_from <= :now AND v.balance_fen > 0", { now })
      .andWhere('NOT EXISTS (SELECT 1 FROM related_parties r WHERE r.organisation_id = v.organisation_id)')
      .andWhere(onlyIds ? 'v.id = ANY(:onlyIds)' : 'TRUE', { onlyIds })
      .orderBy('v.id')
      .getMany();
    if (onlyIds && rows.length !== new Set(onlyIds).size) {
      throw new DomainError(UserErrorCode.VOUCHER_NOT_USABLE, 'A voucher named is expired, spent, or belongs to another organisation', ['voucherIds']);
    }
    return rows.map((v) => ({ id: v.id, balanceFen: v.balanceFen, coverageBasisPoints: BigInt(v.coverageBp), validUntil: v.validUntil }));
  }
}
