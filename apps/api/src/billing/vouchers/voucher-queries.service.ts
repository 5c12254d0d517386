import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { quoteCost, settlementPeriods } from '@suanli/domain';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { Connection } from '../../common/pagination/connection.js';
import { paginate } from '../../common/pagination/paginate.js';
import { CardPriceEntity } from '../entities/card-price.entity.js';
import { VoucherApplicationEntity } from '../entities/voucher-application.entity.js';
import { VoucherProgrammeEntity } from '../entities/voucher-programme.entity.js';
import { VoucherEntity } from '../entities/voucher.entity.js';
import type { RelatedParty, CostQuoteResult, ProgrammeFigures, SettlementLine, Voucher, VoucherApplication, VoucherProgramme, VoucherRedemption, VoucherSettlement } from '../models/voucher.model.js';

export const toProgramme = (p: VoucherProgrammeEntity): VoucherProgramme => ({
  id: p.id, year: p.year, name: p.name, status: p.status, budgetFen: p.budgetFen, coverageBasisPoints: p.coverageBp,
  perOrganisationCapFen: p.perOrganisationCapFen, minimumClaimFen: p.minimumClaimFen, validityMonths: p.validityMonths,
  eligibleKinds: p.eligibleKinds, eligibleIndustries: p.eligibleIndustries, settlement: p.settlement,
});

export const toVoucher = (v: VoucherEntity): Voucher => ({
  id: v.id, code: v.code, programmeId: v.programmeId, organisationId: v.organisationId, faceValueFen: v.faceValueFen, balanceFen: v.balanceFen,
  expiredFen: v.expiredFen, coverageBasisPoints: v.coverageBp, validFrom: v.validFrom, validUntil: v.validUntil, status: v.status,
});

/** Reads of vouchers and programmes; a founder sees only their organisation's applications and vouchers. */
@Injectable()
export class VoucherQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async programmes(): Promise<VoucherProgramme[]> {
    return (await this.dataSource.getRepository(VoucherProgrammeEntity).find({ order: { year: 'DESC' } })).map(toProgramme);
  }

  async programme(id: string): Promise<VoucherProgramme | null> {
    const row = await this.dataSource.getRepository(VoucherProgrammeEntity).findOneBy({ id });
    return row && toProgramme(row);
  }

  async figures(programmeId: string): Promise<ProgrammeFigures> {
    const [totals]: { budget: string; committed: string; redeemed: string; expired: string; pending: number }[] = await this.dataSource.query(
      `SELECT p.budget_fen AS budget, p.committed_fen AS committed,
              COALESCE((SELECT sum(r.amount_fen) FROM voucher_redemptions r JOIN vouchers v ON v.id = r.voucher_id WHERE v.programme_id = p.id), 0) AS redeemed,
              COALESCE((SELECT sum(expired_fen) FROM vouchers v WHERE v.programme_id = p.id), 0) AS expired,
              (SELECT count(*) FROM voucher_applications a WHERE a.programme_id = p.id AND a.status = 'SUBMITTED')::int AS pending
       FROM voucher_programmes p WHERE p.id = $1`,
      [programmeId],
    );
    const breakdown: { dimension: string; key: string; committed: string; redeemed: string; organisations: number }[] = await this.dataSource.query(
      `WITH per_voucher AS (
         SELECT o.kind, o.industry, v.organisation_id, v.face_value_fen - v.expired_fen AS committed,
                COALESCE((SELECT sum(r.amount_fen) FROM voucher_redemptions r WHERE r.voucher_id = v.id), 0) AS redeemed
         FROM vouchers v JOIN organisations o ON o.id = v.organisation_id WHERE v.programme_id = $1)
       SELECT 'KIND' AS dimension, kind AS key, sum(committed) AS committed, sum(redeemed) AS redeemed, count(DISTINCT organisation_id)::int AS organisations FROM per_voucher GROUP BY kind
       UNION ALL
       SELECT 'INDUSTRY', industry, sum(committed), sum(redeemed), count(DISTINCT organisation_id)::int FROM per_voucher GROUP BY industry
       ORDER BY 1, 3 DESC`,
      [programmeId],
    );
    const budgetFen = BigInt(totals.budget);
    const committedFen = BigInt(totals.committed);
    return {
      budgetFen, committedFen, redeemedFen: BigInt(totals.redeemed), expiredFen: BigInt(totals.expired), remainingFen: budgetFen - committedFen,
      pendingApplications: totals.pending,
      breakdown: breakdown.map((b) => ({ dimension: b.dimension, key: b.key, committedFen: BigInt(b.committed), redeemedFen: BigInt(b.redeemed), organisations: b.organisations })),
    };
  }

  async applications(actor: Actor, filter: { first: number; after?: string | null; status?: string | null; programmeId?: string | null; organisationId?: string | null }): Promise<Connection<VoucherApplication>> {
    const tenant = tenantOf(actor);
    const query = this.dataSource.getRepository(VoucherApplicationEntity).createQueryBuilder('a');
    if (tenant !== null) query.andWhere('a.organisation_id = :tenant', { tenant });
    if (filter.organisationId) query.andWhere('a.organisation_id = :org', { org: filter.organisationId });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.programmeId) query.andWhere('a.programme_id = :programme', { programme: filter.programmeId });
    // The approval queue reads oldest first (first come, first decided); histories newest first.
    return paginate(query, filter, { newestFirst: filter.status !== 'SUBMITTED' });
  }

  async relatedParties(): Promise<RelatedParty[]> {
    const rows: { organisation_id: string; name: string; reason: string; marked_at: Date }[] = await this.dataSource.query(
      'SELECT r.organisation_id, o.name, r.reason, r.marked_at FROM related_parties r JOIN organisations o ON o.id = r.organisation_id ORDER BY o.name',
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, reason: r.reason, markedAt: r.marked_at }));
  }

  async application(actor: Actor, id: string): Promise<VoucherApplication | null> {
    const row = await this.dataSource.getRepository(VoucherApplicationEntity).findOneBy({ id });
    const tenant = tenantOf(actor);
    return row && (tenant === null || row.organisationId === tenant) ? row : null;
  }

  async vouchers(actor: Actor, organisationId: string | null): Promise<Voucher[]> {
    const tenant = tenantOf(actor);
    const org = tenant ?? organisationId;
    const query = this.dataSource.getRepository(VoucherEntity).createQueryBuilder('v').orderBy('v.valid_until', 'ASC').addOrderBy('v.id');
    if (org) query.where('v.organisation_id = :org', { org });
    return (await query.take(200).getMany()).map(toVoucher);
  }

  async voucherOfApplication(applicationId: string): Promise<Voucher | null> {
    const row = await this.dataSource.getRepository(VoucherEntity).findOneBy({ applicationId });
    return row && toVoucher(row);
  }

  async redemptions(voucherId: string): Promise<VoucherRedemption[]> {
    const rows: { id: string; invoice_id: string; number: string | null; amount_fen: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT r.id, r.invoice_id, i.number, r.amount_fen, r.created_at FROM voucher_redemptions r JOIN invoices i ON i.id = r.invoice_id
       WHERE r.voucher_id = $1 ORDER BY r.created_at, r.id`,
      [voucherId],
    );
    return rows.map((r) => ({ id: r.id, invoiceId: r.invoice_id, invoiceNumber: r.number, amountFen: BigInt(r.amount_fen), createdAt: r.created_at }));
  }

  /** Redemptions of one programme in one settlement period (by the time the invoice was issued). */
  async settlement(programmeId: string, period: string): Promise<VoucherSettlement> {
    const programme = await this.dataSource.getRepository(VoucherProgrammeEntity).findOneBy({ id: programmeId });
    if (!programme) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such programme', ['programmeId']);
    const window = settlementPeriods(programme.year, programme.settlement).find((p) => p.label === period);
    if (!window) throw new DomainError(UserErrorCode.INVALID_PERIOD, `The programme settles by ${programme.settlement === 'QUARTERLY' ? 'quarter (e.g. 2026-Q4)' : 'month (e.g. 2026-11)'} within ${programme.year}`, ['period']);
    const rows: { organisation_id: string; organisation_name: string; number: string; line_id: string; project_name: string | null; card_type: string; card_seconds: string; code: string; amount_fen: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT i.organisation_id, o.name AS organisation_name, i.number, l.id AS line_id, p.name AS project_name, l.card_type, l.card_seconds, v.code, r.amount_fen, r.created_at
         FROM voucher_redemptions r
         JOIN vouchers v ON v.id = r.voucher_id
         JOIN invoices i ON i.id = r.invoice_id
         JOIN invoice_lines l ON l.id = r.invoice_line_id
         JOIN organisations o ON o.id = i.organisation_id
         LEFT JOIN projects p ON p.id = l.project_id
         WHERE v.programme_id = $1 AND r.created_at >= $2 AND r.created_at < $3
         ORDER BY o.name, i.number, l.line_no, v.code`,
        [programmeId, window.start, window.end],
      );
    const lines: SettlementLine[] = rows.map((r) => ({
      period, organisationId: r.organisation_id, organisationName: r.organisation_name, invoiceNumber: r.number, invoiceLineId: r.line_id,
      lineDescription: `${r.project_name ?? '—'} · ${r.card_type} · ${(Number(r.card_seconds) / 3600).toFixed(2)} card-h`,
      voucherCode: r.code, amountFen: BigInt(r.amount_fen), redeemedAt: r.created_at,
    }));
    return { programmeId, period, totalFen: lines.reduce((t, l) => t + l.amountFen, 0n), lines };
  }

  /** Prices a request before it is submitted, with the organisation's vouchers as they stand. */
  async quote(actor: Actor, input: { organisationId?: string | null; cardType: string; cards: number; durationSeconds: number; adaptation: boolean }): Promise<CostQuoteResult> {
    const now = new Date();
    const price = await this.dataSource
      .getRepository(CardPriceEntity)
      .createQueryBuilder('p')
      .where('p.card_type = :t AND p.effective_from <= :now', { t: input.cardType, now })
      .orderBy('p.effective_from', 'DESC')
      .getOne();
    if (!price) return { priced: false, pricePerCardHourFen: 0n, amountFen: 0n, freeFen: 0n, voucherFen: 0n, cashFen: 0n };
    const org = tenantOf(actor) ?? input.organisationId ?? null;
    const vouchers = org
      ? await this.dataSource
          .getRepository(VoucherEntity)
          .createQueryBuilder('v')
          .where("v.organisation_id = :org AND v.status = 'ACTIVE' AND v.valid_until > :now AND v.balance_fen > 0", { org, now })
          .andWhere('NOT EXISTS (SELECT 1 FROM related_parties r WHERE r.organisation_id = v.organisation_id)')
          .getMany()
      : [];
    const quote = quoteCost({
      cards: input.cards, durationSeconds: input.durationSeconds, pricePerCardHourFen: price.priceFen, free: input.adaptation,
      vouchers: vouchers.map((v) => ({ id: v.id, balanceFen: v.balanceFen, coverageBasisPoints: BigInt(v.coverageBp), validUntil: v.validUntil })),
    });
    return { priced: true, pricePerCardHourFen: price.priceFen, amountFen: quote.amountFen, freeFen: quote.freeFen, voucherFen: quote.voucherFen, cashFen: quote.cashFen };
  }
}
