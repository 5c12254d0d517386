import { fenPerShare, type CapTableSnapshot, type CentreGrant } from '@suanli/domain';
import { In, type EntityManager } from 'typeorm';
import { CreditTrancheEntity, type CreditLineEntity } from '../../credit-lines/entities/credit-line.entities.js';
import { TermSheetEntity } from '../../entities/term-sheet.entity.js';
import type { IssuanceEntity } from '../entities/cap-table.entities.js';
import { capTableRowsOf, type CapTableRows } from './cap-table-reader.js';
import { shanghaiDayOf } from './cap-table-figures.js';

/** The Shanghai calendar day of an instant, or null. */
const dayOrNull = (at: Date | null) => (at ? shanghaiDayOf(at) : null);

/**
 * One credit line as the snapshot's CentreGrant: each tranche with its release day and the shares
 * its TRANCHE issuance gave the centre (at most one per tranche, by the unique index); an EXPIRED
 * line is closed, forfeiting what was never issued.
 */
export function centreGrantOf(line: CreditLineEntity, tranches: readonly CreditTrancheEntity[], issuances: readonly IssuanceEntity[], signedAt: Date): CentreGrant {
  const ofLine = issuances.filter((issuance) => issuance.creditLineId === line.id);
  const grantTranches = [...tranches]
    .filter((tranche) => tranche.creditLineId === line.id)
    .sort((a, b) => a.trancheNo - b.trancheNo)
    .map((tranche) => {
      const issuance = ofLine.find((candidate) => candidate.trancheNo === tranche.trancheNo);
      return {
        index: tranche.trancheNo, shares: tranche.shares, creditFen: tranche.creditFen, drawnFen: tranche.drawnFen, releasedOn: dayOrNull(tranche.releasedAt),
        sharesIssued: issuance?.shares ?? 0n, issuedOn: dayOrNull(issuance?.issuedAt ?? null),
      };
    });
  const issued = grantTranches.reduce((total, tranche) => total + tranche.sharesIssued, 0n);
  return {
    termSheetId: line.termSheetId, stakeholderId: line.centreStakeholderId, stockClassId: line.shareClassId, totalShares: line.totalShares,
    pricePerShare: fenPerShare(line.priceNumerator, line.priceDenominator), creditFen: line.creditFen, signedOn: shanghaiDayOf(signedAt), tranches: grantTranches,
    closed: line.status === 'EXPIRED' ? { on: shanghaiDayOf(line.closedAt ?? line.expiresAt), sharesForfeited: line.totalShares - issued } : null,
  };
}

/** The snapshot from rows already read (pure, so it is tested without a database). */
export function snapshotOf(rows: CapTableRows, tranches: readonly CreditTrancheEntity[], signedAt: ReadonlyMap<string, Date>, asOf: Date): CapTableSnapshot {
  const securityOf = new Map(rows.creditLines.map((line) => [line.id, line.termSheetId]));
  return {
    asOf,
    issuer: { id: rows.organisation.id, legalName: rows.organisation.name, country: 'CN', taxId: null, formedOn: null },
    stockClasses: rows.shareClasses.map((shareClass) => ({
      id: shareClass.id, name: shareClass.name, classType: shareClass.classType, sharesAuthorized: shareClass.sharesAuthorised, seniority: shareClass.seniority,
      createdOn: shanghaiDayOf(shareClass.createdAt),
    })),
    stakeholders: rows.stakeholders.map((stakeholder) => ({ id: stakeholder.id, name: stakeholder.name, kind: stakeholder.kind, entityType: stakeholder.entityType })),
    issuances: rows.issuances
      .filter((issuance) => issuance.source === 'MANUAL')
      .map((issuance) => ({
        id: issuance.id, stakeholderId: issuance.stakeholderId, stockClassId: issuance.shareClassId, shares: issuance.shares,
        pricePerShare: fenPerShare(issuance.priceNumerator, issuance.priceDenominator), issuedOn: shanghaiDayOf(issuance.issuedAt), considerationText: issuance.considerationText,
      })),
    centreGrants: rows.creditLines.map((line) => centreGrantOf(line, tranches, rows.issuances, signedAt.get(line.termSheetId) ?? line.openedAt)),
    buyBacks: rows.buyBacks.map((buyBack) => ({
      id: buyBack.id, stakeholderId: buyBack.stakeholderId, securityOf: buyBack.issuanceId ?? securityOf.get(buyBack.creditLineId!)!, shares: buyBack.shares,
      priceFen: buyBack.priceFen, on: shanghaiDayOf(buyBack.boughtAt),
    })),
  };
}

/**
 * The organisation's cap table as the OCF export's CapTableSnapshot (libs/domain/src/equity/ocf),
 * or null when there is no such organisation. Call it inside a REPEATABLE READ transaction so the
 * rows are one instant's.
 */
export async function buildCapTableSnapshot(manager: EntityManager, organisationId: string, asOf = new Date()): Promise<CapTableSnapshot | null> {
  const rows = await capTableRowsOf(manager, organisationId);
  if (!rows) return null;
  const lineIds = rows.creditLines.map((line) => line.id);
  const termSheetIds = rows.creditLines.map((line) => line.termSheetId);
  const [tranches, sheets] = lineIds.length
    ? await Promise.all([manager.findBy(CreditTrancheEntity, { creditLineId: In(lineIds) }), manager.findBy(TermSheetEntity, { id: In(termSheetIds) })])
    : [[], []];
  // A line opens only from a signed sheet, whose closed_at is the signing instant.
  const signedAt = new Map(sheets.filter((sheet) => sheet.closedAt !== null).map((sheet) => [sheet.id, sheet.closedAt!]));
  return snapshotOf(rows, tranches, signedAt, asOf);
}
