import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deriveEquity, diffTerms, type TermsChange } from '@suanli/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError, forbidden } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { NotificationsService, type NotificationKind } from '../../notifications/index.js';
import type { TermSheetTermsInput } from '../dto/equity.inputs.js';
import { TermSheetAcceptanceEntity, TermSheetEntity, TermSheetVersionEntity, type TermSheetSide } from '../entities/term-sheet.entity.js';
import type { TermSheet, TermSheetVersion } from '../models/term-sheet.model.js';
import { CreditLinesService } from '../credit-lines/services/credit-lines.service.js';
import { assertTerms, canonicalOf, derivedOf, termsModelOf, termsOfInput, termsOfJson } from './terms-codec.js';

/** The side a caller negotiates for: founders (tenant-bound) for the startup, staff for the centre. */
export function sideOf(actor: Actor): TermSheetSide {
  return tenantOf(actor) === null ? 'CENTRE' : 'FOUNDER';
}

/** Versions a sheet may have (the request cost limits count on it). */
export const MAX_TERM_SHEET_VERSIONS = 30;
/** Sheets termSheets answers at most. */
const MAX_LISTED = 50;

const NOT_FOUND = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such term sheet', ['termSheetId']);

/** The database's refusal of an acceptance of a version that is not current (trigger term_sheet_acceptances_current_only). */
function isSupersededRefusal(error: unknown): boolean {
  return error instanceof QueryFailedError && /is not the current version/.test(error.message);
}

function isOpenSheetTaken(error: unknown): boolean {
  return error instanceof QueryFailedError && /term_sheets_project_open_key/.test(String((error.driverError as { constraint?: string }).constraint ?? error.message));
}

/**
 * Term sheets negotiated in immutable versions. Every change takes the sheet's row lock first, so
 * a counter-offer and an acceptance of the same sheet take turns; the database also refuses an
 * acceptance of a non-current version and any edit of a version or of a closed sheet.
 */
@Injectable()
export class TermSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly creditLines: CreditLinesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Tells one side of a sheet (the founders, or the centre's managers) in the acting transaction. */
  private async notifySide(manager: EntityManager, side: TermSheetSide, sheet: Pick<TermSheetEntity, 'id' | 'organisationId'>, kind: NotificationKind, versionNo: number): Promise<void> {
    const params = { versionNo: String(versionNo) };
    if (side === 'FOUNDER') await this.notifications.notifyFounders(manager, sheet.organisationId, { kind, params, link: `/portal/term-sheets/${sheet.id}` });
    else await this.notifications.notifyCentreManagers(manager, { kind, params, link: `/equity/term-sheets/${sheet.id}`, organisationId: sheet.organisationId });
  }

  async propose(actor: Actor, input: { projectId: string; terms: TermSheetTermsInput }, now = new Date()): Promise<{ termSheetId: string }> {
    if (sideOf(actor) !== 'CENTRE') throw forbidden('Only the centre’s staff open a term sheet; answer an open one with counterOfferTermSheet');
    const terms = termsOfInput(input.terms);
    assertTerms(terms, now);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [project]: { id: string; organisation_id: string }[] = await manager.query('SELECT id, organisation_id FROM projects WHERE id = $1', [input.projectId]);
        if (!project) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project', ['projectId']);
        if (await manager.existsBy(TermSheetEntity, { projectId: project.id, status: 'OPEN' }))
          throw new DomainError(UserErrorCode.INVALID_STATE, 'The project has an open term sheet already; counter-offer on it or withdraw it first', ['projectId']);
        const sheet = await manager.save(TermSheetEntity, manager.create(TermSheetEntity, { organisationId: project.organisation_id, projectId: project.id, status: 'OPEN', currentVersionNo: 1 }));
        const version = await this.insertVersion(manager, actor, sheet.id, 1, input.terms);
        await this.audit.record(manager, {
          actor, action: 'TERM_SHEET_PROPOSED', target: { type: 'TERM_SHEET', id: sheet.id }, organisationId: sheet.organisationId,
          details: { projectId: project.id, versionNo: 1, contentSha256: version.contentHash },
        });
        await this.notifySide(manager, 'FOUNDER', sheet, 'TERM_SHEET_PROPOSED', 1);
        return { termSheetId: sheet.id };
      });
    } catch (error) {
      if (isOpenSheetTaken(error)) throw new DomainError(UserErrorCode.INVALID_STATE, 'The project has an open term sheet already', ['projectId']);
      throw error;
    }
  }

  async counterOffer(actor: Actor, input: { termSheetId: string; baseVersionNo: number; terms: TermSheetTermsInput }, now = new Date()): Promise<{ termSheetId: string }> {
    const terms = termsOfInput(input.terms);
    assertTerms(terms, now);
    return this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockedOpenSheet(manager, actor, input.termSheetId);
      if (input.baseVersionNo !== sheet.currentVersionNo)
        throw new DomainError(UserErrorCode.STALE_VERSION, `Version ${input.baseVersionNo} is not the current one (${sheet.currentVersionNo}); read the sheet again`, ['baseVersionNo']);
      const current = await manager.findOneByOrFail(TermSheetVersionEntity, { termSheetId: sheet.id, versionNo: sheet.currentVersionNo });
      if (canonicalOf(terms).hash === current.contentHash) throw new DomainError(UserErrorCode.INVALID_TERMS, 'The offer changes nothing; accept the current version instead', ['terms']);
      const versionNo = sheet.currentVersionNo + 1;
      if (versionNo > MAX_TERM_SHEET_VERSIONS)
        throw new DomainError(UserErrorCode.INVALID_STATE, `A term sheet has at most ${MAX_TERM_SHEET_VERSIONS} versions; withdraw it and start again`, ['termSheetId']);
      await manager.update(TermSheetEntity, { id: sheet.id }, { currentVersionNo: versionNo });
      const version = await this.insertVersion(manager, actor, sheet.id, versionNo, input.terms);
      await this.audit.record(manager, {
        actor, action: 'TERM_SHEET_COUNTERED', target: { type: 'TERM_SHEET', id: sheet.id }, organisationId: sheet.organisationId,
        details: { versionNo, side: sideOf(actor), changed: diffTerms(termsOfJson(current.terms), terms).map((change) => change.field), contentSha256: version.contentHash },
      });
      await this.notifySide(manager, sideOf(actor) === 'CENTRE' ? 'FOUNDER' : 'CENTRE', sheet, 'TERM_SHEET_PROPOSED', versionNo);
      return { termSheetId: sheet.id };
    });
  }

  async accept(actor: Actor, input: { termSheetId: string; versionNo: number }, ip: string | null, now = new Date()): Promise<{ termSheetId: string }> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const sheet = await this.lockedOpenSheet(manager, actor, input.termSheetId);
        if (input.versionNo > sheet.currentVersionNo) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such version', ['versionNo']);
        if (input.versionNo < sheet.currentVersionNo)
          throw new DomainError(UserErrorCode.SIGNING_SUPERSEDED_VERSION, `Version ${input.versionNo} was superseded by version ${sheet.currentVersionNo}`, ['versionNo']);
        const version = await manager.findOneByOrFail(TermSheetVersionEntity, { termSheetId: sheet.id, versionNo: input.versionNo });
        assertTerms(termsOfJson(version.terms), now);
        const side = sideOf(actor);
        const accepted = await manager.findBy(TermSheetAcceptanceEntity, { termSheetId: sheet.id, versionNo: input.versionNo });
        if (accepted.some((a) => a.side === side)) return { termSheetId: sheet.id };
        await manager.insert(TermSheetAcceptanceEntity, { termSheetId: sheet.id, versionNo: input.versionNo, side, userId: actor.id, at: now, ip, contentHash: version.contentHash });
        await this.audit.record(manager, {
          actor, action: 'TERM_SHEET_ACCEPTED', target: { type: 'TERM_SHEET', id: sheet.id }, organisationId: sheet.organisationId, ip,
          details: { versionNo: input.versionNo, side, contentSha256: version.contentHash },
        });
        if (accepted.some((a) => a.side !== side)) {
          await manager.update(TermSheetEntity, { id: sheet.id }, { status: 'SIGNED', signedVersionNo: input.versionNo, closedAt: now });
          await this.audit.record(manager, {
            actor, action: 'TERM_SHEET_SIGNED', target: { type: 'TERM_SHEET', id: sheet.id }, organisationId: sheet.organisationId, ip,
            details: { versionNo: input.versionNo, contentSha256: version.contentHash, creditFen: version.creditFen.toString(), centreShares: version.centreShares.toString() },
          });
          // Signed terms open their credit line in the same transaction: signed ⇔ a line exists.
          await this.creditLines.openOnSigning(manager, actor, sheet, version, now);
          for (const side of ['FOUNDER', 'CENTRE'] as const) await this.notifySide(manager, side, sheet, 'TERM_SHEET_SIGNED', input.versionNo);
        }
        return { termSheetId: sheet.id };
      });
    } catch (error) {
      if (isSupersededRefusal(error)) throw new DomainError(UserErrorCode.SIGNING_SUPERSEDED_VERSION, 'The version was superseded meanwhile', ['versionNo']);
      throw error;
    }
  }

  async withdraw(actor: Actor, input: { termSheetId: string; reason: string }, now = new Date()): Promise<{ termSheetId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockedOpenSheet(manager, actor, input.termSheetId);
      const side = sideOf(actor);
      await manager.update(TermSheetEntity, { id: sheet.id }, { status: 'WITHDRAWN', withdrawnBySide: side, withdrawnReason: input.reason.trim(), closedAt: now });
      await this.audit.record(manager, {
        actor, action: 'TERM_SHEET_WITHDRAWN', target: { type: 'TERM_SHEET', id: sheet.id }, organisationId: sheet.organisationId,
        details: { side, versionNo: sheet.currentVersionNo, reason: input.reason.trim() },
      });
      return { termSheetId: sheet.id };
    });
  }

  /** The caller's visible sheets, newest first. */
  async list(actor: Actor, projectId?: string | null): Promise<TermSheet[]> {
    const tenant = tenantOf(actor);
    const query = this.dataSource.getRepository(TermSheetEntity).createQueryBuilder('s');
    if (tenant !== null) query.andWhere('s.organisation_id = :tenant', { tenant });
    if (projectId) query.andWhere('s.project_id = :projectId', { projectId });
    const sheets = await query.orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC').limit(MAX_LISTED).getMany();
    return Promise.all(sheets.map((sheet) => this.modelOf(sheet)));
  }

  /** The sheet, or null when it does not exist or the caller may not see it. */
  async one(actor: Actor, id: string): Promise<TermSheet | null> {
    const sheet = await this.visible(this.dataSource.manager, actor, id);
    return sheet ? this.modelOf(sheet) : null;
  }

  async diff(actor: Actor, termSheetId: string, fromVersionNo: number, toVersionNo: number): Promise<TermsChange[]> {
    const sheet = await this.visible(this.dataSource.manager, actor, termSheetId);
    if (!sheet) throw NOT_FOUND();
    const [from, to] = await Promise.all(
      [fromVersionNo, toVersionNo].map((versionNo) => this.dataSource.manager.findOneBy(TermSheetVersionEntity, { termSheetId, versionNo })),
    );
    if (!from) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such version', ['fromVersionNo']);
    if (!to) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such version', ['toVersionNo']);
    return diffTerms(termsOfJson(from.terms), termsOfJson(to.terms));
  }

  private async insertVersion(manager: EntityManager, actor: Actor, termSheetId: string, versionNo: number, input: TermSheetTermsInput): Promise<TermSheetVersionEntity> {
    const terms = termsOfInput(input);
    const { json, hash } = canonicalOf(terms);
    const equity = deriveEquity(terms);
    const version = manager.create(TermSheetVersionEntity, {
      termSheetId, versionNo, proposedById: actor.kind === 'user' ? actor.id : null, proposedBySide: sideOf(actor), terms: json, contentHash: hash,
      creditFen: terms.creditFen, preMoneyFen: terms.preMoneyValuationFen, centreShares: equity.centreShares, centrePercentBp: Number(equity.centrePercentBasisPoints),
    });
    await manager.insert(TermSheetVersionEntity, version);
    return version;
  }

  private async visible(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<TermSheetEntity | null> {
    const tenant = tenantOf(actor);
    const sheet = await manager.findOne(TermSheetEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!sheet || (tenant !== null && sheet.organisationId !== tenant)) return null;
    return sheet;
  }

  private async lockedOpenSheet(manager: EntityManager, actor: Actor, id: string): Promise<TermSheetEntity> {
    const sheet = await this.visible(manager, actor, id, true);
    if (!sheet) throw NOT_FOUND();
    if (sheet.status !== 'OPEN') throw new DomainError(UserErrorCode.TERM_SHEET_CLOSED, `The term sheet is ${sheet.status} and takes no more offers or acceptances`, ['termSheetId']);
    return sheet;
  }

  private async modelOf(sheet: TermSheetEntity): Promise<TermSheet> {
    const [versions, acceptances] = await Promise.all([
      this.dataSource.manager.find(TermSheetVersionEntity, { where: { termSheetId: sheet.id }, order: { versionNo: 'ASC' } }),
      this.dataSource.manager.find(TermSheetAcceptanceEntity, { where: { termSheetId: sheet.id }, order: { at: 'ASC', versionNo: 'ASC' } }),
    ]);
    const models: TermSheetVersion[] = versions.map((version) => {
      const terms = termsOfJson(version.terms);
      return { versionNo: version.versionNo, proposedBySide: version.proposedBySide, createdAt: version.createdAt, contentHash: version.contentHash, terms: termsModelOf(terms), derived: derivedOf(terms) };
    });
    return {
      id: sheet.id, organisationId: sheet.organisationId, projectId: sheet.projectId, status: sheet.status,
      currentVersion: models.find((v) => v.versionNo === sheet.currentVersionNo)!, versions: models, signedVersionNo: sheet.signedVersionNo,
      acceptances: acceptances.map((a) => ({ versionNo: a.versionNo, side: a.side, userId: a.userId, at: a.at, ip: a.ip, contentHash: a.contentHash })),
      withdrawnBySide: sheet.withdrawnBySide, withdrawnReason: sheet.withdrawnReason, createdAt: sheet.createdAt,
    };
  }
}
