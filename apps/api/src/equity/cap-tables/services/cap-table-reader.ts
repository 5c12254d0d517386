import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fenPerShare } from '@suanli/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../../common/access/actor.js';
import { OrganisationEntity } from '../../../organisations/index.js';
import { UserEntity } from '../../../users/index.js';
import { CreditLineEntity } from '../../credit-lines/entities/credit-line.entities.js';
import { BuyBackEntity, IssuanceEntity, ShareClassEntity, StakeholderEntity } from '../entities/cap-table.entities.js';
import type { CapCreditLineSummary, CapTable, CapTableEvent, CapTableListing } from '../models/cap-table.model.js';
import { fenPerShareText, holdingsOf, ownershipFigures, unissuedCentreShares, type ShareMovement } from './cap-table-figures.js';

/** Every row of one company's cap table and its credit lines, as read in one go. */
export interface CapTableRows {
  organisation: OrganisationEntity;
  shareClasses: ShareClassEntity[];
  stakeholders: StakeholderEntity[];
  issuances: IssuanceEntity[];
  buyBacks: BuyBackEntity[];
  creditLines: CreditLineEntity[];
}

/** Whether the caller may see this organisation's cap table: staff any, a founder only their own. */
export function mayReadCapTable(actor: Actor, organisationId: string): boolean {
  const tenant = tenantOf(actor);
  return tenant === null || tenant === organisationId;
}

/** Read all of an organisation's cap-table rows (credit lines read-only, straight from their table). */
export async function capTableRowsOf(manager: EntityManager, organisationId: string): Promise<CapTableRows | null> {
  const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
  if (!organisation) return null;
  const [shareClasses, stakeholders, issuances, buyBacks, creditLines] = await Promise.all([
    manager.find(ShareClassEntity, { where: { organisationId }, order: { seniority: 'DESC', createdAt: 'ASC', id: 'ASC' } }),
    manager.find(StakeholderEntity, { where: { organisationId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    manager.find(IssuanceEntity, { where: { organisationId }, order: { issuedAt: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
    manager.find(BuyBackEntity, { where: { organisationId }, order: { boughtAt: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
    manager.find(CreditLineEntity, { where: { organisationId }, order: { openedAt: 'DESC', id: 'DESC' } }),
  ]);
  return { organisation, shareClasses, stakeholders, issuances, buyBacks, creditLines };
}

/** The share class a buy-back takes shares out of: its issuance's, or its credit line's. */
function classOfBuyBack(rows: CapTableRows, buyBack: BuyBackEntity): string {
  if (buyBack.issuanceId) return rows.issuances.find((issuance) => issuance.id === buyBack.issuanceId)!.shareClassId;
  return rows.creditLines.find((line) => line.id === buyBack.creditLineId)!.shareClassId;
}

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/** The credit line's figures: the centre's shares issued, bought back and whether the founders may buy back now. */
export function creditLineSummaryOf(rows: Pick<CapTableRows, 'issuances' | 'buyBacks'>, line: CreditLineEntity, now: Date): CapCreditLineSummary {
  const sharesIssued = sum(rows.issuances.filter((issuance) => issuance.creditLineId === line.id).map((issuance) => issuance.shares));
  const sharesBoughtBack = sum(rows.buyBacks.filter((buyBack) => buyBack.creditLineId === line.id).map((buyBack) => buyBack.shares));
  return {
    id: line.id, termSheetId: line.termSheetId, projectId: line.projectId, status: line.status, creditFen: line.creditFen, drawnFen: line.drawnFen,
    totalShares: line.totalShares.toString(), sharesIssued: sharesIssued.toString(), sharesBoughtBack: sharesBoughtBack.toString(),
    pricePerShareFen: fenPerShareText(fenPerShare(line.priceNumerator, line.priceDenominator)), shareClassId: line.shareClassId, expiresAt: line.expiresAt,
    buyBackUntil: line.buyBackUntil, buyBackPremiumBasisPoints: line.buyBackPremiumBp,
    buyBackOpen: line.buyBackUntil !== null && now.getTime() < line.buyBackUntil.getTime() && sharesIssued > sharesBoughtBack,
  };
}

/** The read model from the rows: holdings per class, outstanding and fully diluted parts each adding up to 10000, history newest first. */
export function capTableOf(rows: CapTableRows, recorders: ReadonlyMap<string, string>, now: Date): CapTable {
  const movements: ShareMovement[] = [
    ...rows.issuances.map((issuance) => ({ stakeholderId: issuance.stakeholderId, shareClassId: issuance.shareClassId, shares: issuance.shares })),
    ...rows.buyBacks.map((buyBack) => ({ stakeholderId: buyBack.stakeholderId, shareClassId: classOfBuyBack(rows, buyBack), shares: -buyBack.shares })),
  ];
  const holdings = holdingsOf(rows.stakeholders.map((stakeholder) => stakeholder.id), movements);
  // Tranche issuances only: a MANUAL issuance never names a line.
  const unissued = unissuedCentreShares(rows.creditLines, rows.issuances.filter((issuance) => issuance.source === 'TRANCHE'));
  const figures = ownershipFigures(holdings.map((holding) => ({ outstanding: holding.shares, unissued: unissued.get(holding.stakeholderId) ?? 0n })));
  const stakeholders = rows.stakeholders
    .map((stakeholder, index) => ({
      id: stakeholder.id, name: stakeholder.name, kind: stakeholder.kind, entityType: stakeholder.entityType,
      byClass: rows.shareClasses.map((shareClass) => ({ shareClassId: shareClass.id, shares: (holdings[index]!.byClass.get(shareClass.id) ?? 0n).toString() })),
      shares: holdings[index]!.shares, fullyDilutedShares: figures[index]!.fullyDilutedShares,
      outstandingBasisPoints: Number(figures[index]!.outstandingBasisPoints), fullyDilutedBasisPoints: Number(figures[index]!.fullyDilutedBasisPoints),
    }))
    .sort((a, b) => (b.shares > a.shares ? 1 : b.shares < a.shares ? -1 : a.name.localeCompare(b.name, 'zh-CN')))
    .map((stakeholder) => ({ ...stakeholder, shares: stakeholder.shares.toString(), fullyDilutedShares: stakeholder.fullyDilutedShares.toString() }));
  const outstandingOf = (shareClassId: string) => sum(movements.filter((movement) => movement.shareClassId === shareClassId).map((movement) => movement.shares));
  const nameOf = new Map(rows.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]));
  const issued = sum(rows.issuances.map((issuance) => issuance.shares));
  const boughtBack = sum(rows.buyBacks.map((buyBack) => buyBack.shares));
  const history: CapTableEvent[] = [
    ...rows.issuances.map((issuance) => ({
      id: issuance.id, kind: 'ISSUANCE' as const, at: issuance.issuedAt, stakeholderId: issuance.stakeholderId, stakeholderName: nameOf.get(issuance.stakeholderId) ?? '',
      shareClassId: issuance.shareClassId, shares: issuance.shares.toString(), pricePerShareFen: fenPerShareText(fenPerShare(issuance.priceNumerator, issuance.priceDenominator)),
      priceFen: null, source: issuance.source, creditLineId: issuance.creditLineId, trancheNumber: issuance.trancheNo === null ? null : issuance.trancheNo + 1,
      issuanceId: null, considerationText: issuance.considerationText, recordedById: issuance.recordedById,
      recordedByName: issuance.recordedById ? recorders.get(issuance.recordedById) ?? null : null, recordedAt: issuance.createdAt,
    })),
    ...rows.buyBacks.map((buyBack) => ({
      id: buyBack.id, kind: 'BUY_BACK' as const, at: buyBack.boughtAt, stakeholderId: buyBack.stakeholderId, stakeholderName: nameOf.get(buyBack.stakeholderId) ?? '',
      shareClassId: classOfBuyBack(rows, buyBack), shares: buyBack.shares.toString(), pricePerShareFen: null, priceFen: buyBack.priceFen,
      source: buyBack.creditLineId ? ('TRANCHE' as const) : ('MANUAL' as const), creditLineId: buyBack.creditLineId, trancheNumber: null, issuanceId: buyBack.issuanceId,
      considerationText: null, recordedById: buyBack.recordedById, recordedByName: buyBack.recordedById ? recorders.get(buyBack.recordedById) ?? null : null, recordedAt: buyBack.createdAt,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime() || (b.id > a.id ? 1 : -1));
  return {
    organisationId: rows.organisation.id, organisationName: rows.organisation.name,
    shareClasses: rows.shareClasses.map((shareClass) => ({
      id: shareClass.id, name: shareClass.name, classType: shareClass.classType, seniority: shareClass.seniority,
      sharesAuthorised: shareClass.sharesAuthorised?.toString() ?? null, outstandingShares: outstandingOf(shareClass.id).toString(),
    })),
    stakeholders, totalIssuedShares: issued.toString(), totalBoughtBackShares: boughtBack.toString(), totalOutstandingShares: (issued - boughtBack).toString(),
    totalFullyDilutedShares: sum(figures.map((figure) => figure.fullyDilutedShares)).toString(),
    history, creditLines: rows.creditLines.map((line) => creditLineSummaryOf(rows, line, now)),
  };
}

/** The cap-table read model; a founder sees their own organisation's only (another's reads as null). */
@Injectable()
export class CapTableReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async capTable(actor: Actor, organisationId: string, now = new Date()): Promise<CapTable | null> {
    if (!mayReadCapTable(actor, organisationId)) return null;
    // One snapshot: the rows are read in a REPEATABLE READ transaction so the holdings, the history
    // and the credit lines agree even while a tranche is being drawn.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await capTableRowsOf(manager, organisationId);
      if (!rows) return null;
      const recorderIds = [...new Set([...rows.issuances, ...rows.buyBacks].map((row) => row.recordedById).filter((id): id is string => id !== null))];
      const recorders = recorderIds.length ? await manager.find(UserEntity, { where: { id: In(recorderIds) }, select: { id: true, displayName: true } }) : [];
      return capTableOf(rows, new Map(recorders.map((user) => [user.id, user.displayName])), now);
    });
  }

  /** Organisations with a cap table on record (any stakeholder), by name; a founder's own only. */
  async listings(actor: Actor): Promise<CapTableListing[]> {
    const tenant = tenantOf(actor);
    const rows: { organisation_id: string; name: string; stakeholders: string; outstanding: string; centre: string; lines: string }[] = await this.dataSource.query(`
      SELECT o.id AS organisation_id, o.name,
             (SELECT count(*) FROM cap_stakeholders s WHERE s.organisation_id = o.id) AS stakeholders,
             (SELECT COALESCE(sum(shares), 0) FROM cap_issuances i WHERE i.organisation_id = o.id)
               - (SELECT COALESCE(sum(shares), 0) FROM cap_buy_backs b WHERE b.organisation_id = o.id) AS outstanding,
             (SELECT COALESCE(sum(shares), 0) FROM cap_issuances i JOIN cap_stakeholders s ON s.id = i.stakeholder_id WHERE i.organisation_id = o.id AND s.kind = 'CENTRE')
               - (SELECT COALESCE(sum(shares), 0) FROM cap_buy_backs b WHERE b.organisation_id = o.id AND b.credit_line_id IS NOT NULL) AS centre,
             (SELECT count(*) FROM credit_lines l WHERE l.organisation_id = o.id) AS lines
        FROM organisations o
       WHERE EXISTS (SELECT 1 FROM cap_stakeholders s WHERE s.organisation_id = o.id) AND ($1::uuid IS NULL OR o.id = $1)
       ORDER BY o.name`, [tenant]);
    return rows.map((row) => ({
      organisationId: row.organisation_id, organisationName: row.name, stakeholderCount: Number(row.stakeholders),
      totalOutstandingShares: String(row.outstanding), centreShares: String(row.centre), creditLineCount: Number(row.lines),
    }));
  }
}
