import { CENTRE_STAKEHOLDER_NAME } from './centre-holder.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/access/actor.js';
import { DomainError } from '../../../common/errors/api-errors.js';
import { UserErrorCode } from '../../../common/errors/error-codes.js';
import { AuditService } from '../../../audit/index.js';
import { OrganisationEntity } from '../../../organisations/index.js';
import type { AddShareClassInput, AddStakeholderInput, RecordIssuanceInput } from '../dto/cap-table.inputs.js';
import { IssuanceEntity, ShareClassEntity, StakeholderEntity } from '../entities/cap-table.entities.js';
import { fenPerShareText, parseFenPerShare, parseShares, shanghaiDayStart } from './cap-table-figures.js';

/** A unique index refused the name (cap_stakeholders_org_name_key / cap_share_classes_org_name_key). */
function isNameTaken(error: unknown, index: string): boolean {
  return error instanceof QueryFailedError && String((error.driverError as { constraint?: string }).constraint ?? error.message).includes(index);
}

/** The name trimmed and within its length, or VALIDATION_FAILED. */
function nameOf(text: string, max: number): string {
  const name = text.trim();
  if (name.length < 1 || name.length > max) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The name must be 1 to ${max} characters`, ['name']);
  return name;
}

/**
 * The organisation’s row, locked (FOR NO KEY UPDATE, so other features’ inserts that reference it
 * do not wait): every write to one cap table takes it first, so a check (the
 * class's authorised shares) and the insert it guards are not interleaved with another write.
 */
export async function lockedOrganisation(manager: EntityManager, organisationId: string): Promise<OrganisationEntity> {
  const organisation = await manager.findOne(OrganisationEntity, { where: { id: organisationId }, lock: { mode: 'for_no_key_update' } });
  if (!organisation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
  return organisation;
}

/** Stakeholders, share classes and MANUAL issuances, recorded by the centre's staff and audited. */
@Injectable()
export class CapTableWritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async addStakeholder(actor: Actor, input: AddStakeholderInput): Promise<{ stakeholderId: string }> {
    if (input.kind === 'CENTRE') throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The centre is added to a cap table only when its first credit line opens', ['kind']);
    const name = nameOf(input.name, 120);
    if (name.startsWith(CENTRE_STAKEHOLDER_NAME))
      throw new DomainError(UserErrorCode.DUPLICATE_NAME, `“${CENTRE_STAKEHOLDER_NAME}” is the centre's own name on every cap table`, ['name']);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockedOrganisation(manager, input.organisationId);
        const { identifiers } = await manager.insert(StakeholderEntity, { organisationId: input.organisationId, name, kind: input.kind, entityType: input.entityType });
        const stakeholderId = String(identifiers[0]!.id);
        await this.audit.record(manager, {
          actor, action: 'CAP_STAKEHOLDER_ADDED', target: { type: 'CAP_STAKEHOLDER', id: stakeholderId }, organisationId: input.organisationId,
          details: { name, kind: input.kind, entityType: input.entityType },
        });
        return { stakeholderId };
      });
    } catch (error) {
      if (isNameTaken(error, 'cap_stakeholders_org_name_key')) throw new DomainError(UserErrorCode.DUPLICATE_NAME, `The cap table has a stakeholder named “${name}” already`, ['name']);
      throw error;
    }
  }

  async addShareClass(actor: Actor, input: AddShareClassInput): Promise<{ shareClassId: string }> {
    const name = nameOf(input.name, 60);
    const sharesAuthorised = input.sharesAuthorised == null || input.sharesAuthorised.trim() === '' ? null : parseShares(input.sharesAuthorised, ['sharesAuthorised']);
    const seniority = input.seniority ?? (input.classType === 'PREFERRED' ? 2 : 1);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockedOrganisation(manager, input.organisationId);
        const { identifiers } = await manager.insert(ShareClassEntity, { organisationId: input.organisationId, name, classType: input.classType, seniority, sharesAuthorised });
        const shareClassId = String(identifiers[0]!.id);
        await this.audit.record(manager, {
          actor, action: 'CAP_SHARE_CLASS_ADDED', target: { type: 'CAP_SHARE_CLASS', id: shareClassId }, organisationId: input.organisationId,
          details: { name, classType: input.classType, seniority, sharesAuthorised: sharesAuthorised?.toString() ?? null },
        });
        return { shareClassId };
      });
    } catch (error) {
      if (isNameTaken(error, 'cap_share_classes_org_name_key')) throw new DomainError(UserErrorCode.DUPLICATE_NAME, `The cap table has a share class named “${name}” already`, ['name']);
      throw error;
    }
  }

  async recordIssuance(actor: Actor, input: RecordIssuanceInput, now = new Date()): Promise<{ issuanceId: string }> {
    const shares = parseShares(input.shares, ['shares']);
    const price = parseFenPerShare(input.pricePerShareFen, ['pricePerShareFen']);
    const issuedAt = shanghaiDayStart(input.issuedOn, now, ['issuedOn']);
    const considerationText = input.considerationText?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      await lockedOrganisation(manager, input.organisationId);
      const stakeholder = await manager.findOneBy(StakeholderEntity, { id: input.stakeholderId, organisationId: input.organisationId });
      if (!stakeholder) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such stakeholder on this cap table', ['stakeholderId']);
      if (stakeholder.kind === 'CENTRE')
        throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The centre’s shares are issued by its credit lines as tranches are drawn, not by hand', ['stakeholderId']);
      const shareClass = await manager.findOneBy(ShareClassEntity, { id: input.shareClassId, organisationId: input.organisationId });
      if (!shareClass) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such share class on this cap table', ['shareClassId']);
      if (shareClass.sharesAuthorised !== null) {
        // Authorised shares bound what is ever issued in the class (a buy-back does not free them up).
        const [{ issued }]: { issued: string }[] = await manager.query('SELECT COALESCE(sum(shares), 0) AS issued FROM cap_issuances WHERE share_class_id = $1', [shareClass.id]);
        if (BigInt(issued) + shares > shareClass.sharesAuthorised)
          throw new DomainError(UserErrorCode.EXCEEDS_AUTHORISED_SHARES, `${shareClass.name} authorises ${shareClass.sharesAuthorised} shares and ${issued} are issued`, ['shares']);
      }
      const { identifiers } = await manager.insert(IssuanceEntity, {
        organisationId: input.organisationId, stakeholderId: stakeholder.id, shareClassId: shareClass.id, shares, priceNumerator: price.numerator, priceDenominator: price.denominator,
        issuedAt, considerationText, source: 'MANUAL', recordedById: actor.kind === 'user' ? actor.id : null,
      });
      const issuanceId = String(identifiers[0]!.id);
      await this.audit.record(manager, {
        actor, action: 'CAP_ISSUANCE_RECORDED', target: { type: 'CAP_ISSUANCE', id: issuanceId }, organisationId: input.organisationId,
        details: { stakeholderId: stakeholder.id, shareClassId: shareClass.id, shares: shares.toString(), pricePerShareFen: fenPerShareText(price), issuedOn: input.issuedOn.trim(), considerationText },
      });
      return { issuanceId };
    });
  }
}
