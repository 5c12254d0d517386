import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { drawableFen, isCreditExpired, pricePerShareMicroYuan, trancheStates } from '@suanli/domain';
import { DataSource, In } from 'typeorm';
import { tenantOf, type Actor } from '../../../common/access/actor.js';
import { releaseModelOf, releaseOfJson } from '../../services/terms-codec.js';
import { CreditDrawEntity, CreditLineEntity, CreditTrancheEntity } from '../entities/credit-line.entities.js';
import type { CreditLine } from '../models/credit-line.model.js';
import { releaseFactsOf } from './release-facts.js';
import { trancheLedgerOf } from './tranche-ledger.js';

/** Lines creditLines answers at most (newest first). */
const MAX_LISTED = 100;

/** A price in micro-yuan as a plain decimal yuan string with six places ('2.000000'). */
function yuanWithSixDecimals(microYuan: bigint): string {
  return `${microYuan / 1_000_000n}.${(microYuan % 1_000_000n).toString().padStart(6, '0')}`;
}

/** Credit lines as the console and the portal read them; founders see their organisation's only. */
@Injectable()
export class CreditLineQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: { organisationId?: string | null; projectId?: string | null; termSheetId?: string | null }, now = new Date()): Promise<CreditLine[]> {
    const tenant = tenantOf(actor);
    if (tenant !== null && filter.organisationId && filter.organisationId !== tenant) return [];
    const where = {
      ...(tenant !== null ? { organisationId: tenant } : filter.organisationId ? { organisationId: filter.organisationId } : {}),
      ...(filter.projectId ? { projectId: filter.projectId } : {}),
      ...(filter.termSheetId ? { termSheetId: filter.termSheetId } : {}),
    };
    const lines = await this.dataSource.getRepository(CreditLineEntity).find({
      where,
      relations: { organisation: true, project: true, shareClass: true },
      order: { openedAt: 'DESC', id: 'ASC' },
      take: MAX_LISTED,
    });
    return this.modelsOf(lines, now);
  }

  async one(actor: Actor, id: string, now = new Date()): Promise<CreditLine | null> {
    const line = await this.dataSource.getRepository(CreditLineEntity).findOne({ where: { id }, relations: { organisation: true, project: true, shareClass: true } });
    const tenant = tenantOf(actor);
    if (!line || (tenant !== null && line.organisationId !== tenant)) return null;
    return (await this.modelsOf([line], now))[0]!;
  }

  private async modelsOf(lines: CreditLineEntity[], now: Date): Promise<CreditLine[]> {
    if (lines.length === 0) return [];
    const ids = lines.map((l) => l.id);
    const tranches = await this.dataSource.getRepository(CreditTrancheEntity).find({ where: { creditLineId: In(ids) }, order: { trancheNo: 'ASC' } });
    const draws = await this.dataSource
      .getRepository(CreditDrawEntity)
      .find({ where: { creditLineId: In(ids) }, relations: { invoice: true }, order: { drawnAt: 'ASC', trancheNo: 'ASC', id: 'ASC' } });
    const issued: { credit_line_id: string; shares: string }[] = await this.dataSource.query(
      'SELECT credit_line_id, sum(shares)::text AS shares FROM cap_issuances WHERE credit_line_id = ANY($1) GROUP BY credit_line_id',
      [ids],
    );
    const models: CreditLine[] = [];
    for (const line of lines) {
      const own = tranches.filter((t) => t.creditLineId === line.id);
      const ledger = trancheLedgerOf(line, own);
      const facts = await releaseFactsOf(this.dataSource.manager, line.projectId, now);
      const closed = line.status !== 'ACTIVE' || isCreditExpired(ledger, facts);
      const states = trancheStates(ledger, facts);
      models.push({
        id: line.id,
        termSheetId: line.termSheetId,
        versionNo: line.versionNo,
        organisationId: line.organisationId,
        organisationName: line.organisation!.name,
        projectId: line.projectId,
        projectName: line.project!.name,
        status: line.status,
        creditFen: line.creditFen,
        drawnFen: line.drawnFen,
        remainingFen: line.creditFen - line.drawnFen,
        drawableFen: closed ? 0n : drawableFen(ledger, facts),
        totalShares: line.totalShares.toString(),
        sharesIssued: issued.find((row) => row.credit_line_id === line.id)?.shares ?? '0',
        pricePerShare: yuanWithSixDecimals(pricePerShareMicroYuan({ numerator: line.priceNumerator, denominator: line.priceDenominator })),
        shareClass: line.shareClass!.name,
        openedAt: line.openedAt,
        expiresAt: line.expiresAt,
        closedAt: line.closedAt,
        buyBackUntil: line.buyBackUntil,
        buyBackPremiumBasisPoints: line.buyBackPremiumBp,
        tranches: own.map((t, i) => ({
          trancheNo: t.trancheNo,
          percentBasisPoints: t.percentBp,
          release: releaseModelOf(releaseOfJson(t.release)),
          status: states[i]!.status,
          creditFen: t.creditFen,
          drawnFen: t.drawnFen,
          remainingFen: t.creditFen - t.drawnFen,
          shares: t.shares.toString(),
          releasedAt: t.releasedAt,
          fullyDrawnAt: t.fullyDrawnAt,
        })),
        draws: draws
          .filter((d) => d.creditLineId === line.id)
          .map((d) => ({ id: d.id, trancheNo: d.trancheNo, invoiceId: d.invoiceId, invoiceNumber: d.invoice?.number ?? null, amountFen: d.amountFen, drawnAt: d.drawnAt })),
      });
    }
    return models;
  }
}
