import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buyBackPriceFen, fenPerShare } from '@suanli/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/access/actor.js';
import { DomainError } from '../../../common/errors/api-errors.js';
import { UserErrorCode } from '../../../common/errors/error-codes.js';
import { AuditService } from '../../../audit/index.js';
import { CreditLineEntity } from '../../credit-lines/entities/credit-line.entities.js';
import type { RecordBuyBackInput } from '../dto/cap-table.inputs.js';
import { BuyBackEntity, IssuanceEntity } from '../entities/cap-table.entities.js';
import { parseShares, shanghaiDayStart, shanghaiDayOf } from './cap-table-figures.js';
import { lockedOrganisation } from './cap-table-writes.service.js';

/** The database's refusal of a buy-back over the holding (trigger cap_buy_backs_within_holding). */
export function isOverHoldingRefusal(error: unknown): boolean {
  return error instanceof QueryFailedError && /a buy-back of \d+ shares exceeds/.test(error.message);
}

const sumOf = async (manager: EntityManager, sql: string, id: string) => BigInt(((await manager.query(sql, [id])) as { total: string }[])[0]!.total);

interface BuyBackPlan {
  stakeholderId: string;
  issuanceId: string | null;
  creditLineId: string | null;
  priceFen: bigint;
  boughtAt: Date;
  /** What the holder still has of the security before this buy-back. */
  held: bigint;
}

/**
 * Buy-backs: the founders' option on the centre's shares under a credit line, or a repurchase of a
 * MANUAL issuance. The service checks and names what is wrong; the trigger, under the row lock of
 * the issuance or the line, is what guarantees that concurrent buy-backs never exceed a holding.
 */
@Injectable()
export class BuyBacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordBuyBackInput, now = new Date()): Promise<{ buyBackId: string }> {
    const shares = parseShares(input.shares, ['shares']);
    if ((input.creditLineId == null) === (input.issuanceId == null))
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Give exactly one of creditLineId (the centre’s shares) and issuanceId (a MANUAL issuance)', ['creditLineId']);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockedOrganisation(manager, input.organisationId);
        const plan = input.creditLineId ? await this.ofCreditLine(manager, input, input.creditLineId, shares, now) : await this.ofIssuance(manager, input, input.issuanceId!, now);
        if (shares > plan.held)
          throw new DomainError(UserErrorCode.BUY_BACK_EXCEEDS_HOLDING, `${shares} shares is more than the ${plan.held} still held`, ['shares']);
        const { identifiers } = await manager.insert(BuyBackEntity, {
          organisationId: input.organisationId, stakeholderId: plan.stakeholderId, issuanceId: plan.issuanceId, creditLineId: plan.creditLineId, shares, priceFen: plan.priceFen,
          boughtAt: plan.boughtAt, recordedById: actor.kind === 'user' ? actor.id : null,
        });
        const buyBackId = String(identifiers[0]!.id);
        await this.audit.record(manager, {
          actor, action: 'CAP_BUY_BACK_RECORDED', target: { type: 'CAP_BUY_BACK', id: buyBackId }, organisationId: input.organisationId,
          details: { creditLineId: plan.creditLineId, issuanceId: plan.issuanceId, stakeholderId: plan.stakeholderId, shares: shares.toString(), priceFen: plan.priceFen.toString(), boughtOn: shanghaiDayOf(plan.boughtAt) },
        });
        return { buyBackId };
      });
    } catch (error) {
      // Another buy-back of the same holding committed between the check and the insert.
      if (isOverHoldingRefusal(error)) throw new DomainError(UserErrorCode.BUY_BACK_EXCEEDS_HOLDING, 'The holding was bought back meanwhile; read the cap table again', ['shares']);
      throw error;
    }
  }

  /** The founders' option: within the window, at the signed price plus the premium, out of what the centre holds under the line. */
  private async ofCreditLine(manager: EntityManager, input: RecordBuyBackInput, creditLineId: string, shares: bigint, now: Date): Promise<BuyBackPlan> {
    if (input.priceFen != null || input.boughtOn != null)
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A credit-line buy-back is priced by the signed terms and recorded now; leave priceFen and boughtOn out', [input.priceFen != null ? 'priceFen' : 'boughtOn']);
    const line = await manager.findOneBy(CreditLineEntity, { id: creditLineId, organisationId: input.organisationId });
    if (!line) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such credit line for this organisation', ['creditLineId']);
    if (line.buyBackUntil === null || line.buyBackPremiumBp === null) throw new DomainError(UserErrorCode.NO_BUY_BACK_OPTION, 'The signed terms of this credit line have no buy-back option', ['creditLineId']);
    if (now.getTime() >= line.buyBackUntil.getTime() || now.getTime() < line.openedAt.getTime())
      throw new DomainError(UserErrorCode.BUY_BACK_WINDOW_CLOSED, `The buy-back window ended at ${line.buyBackUntil.toISOString()}`, ['creditLineId']);
    const issued = await sumOf(manager, 'SELECT COALESCE(sum(shares), 0) AS total FROM cap_issuances WHERE credit_line_id = $1', line.id);
    const bought = await sumOf(manager, 'SELECT COALESCE(sum(shares), 0) AS total FROM cap_buy_backs WHERE credit_line_id = $1', line.id);
    return {
      stakeholderId: line.centreStakeholderId, issuanceId: null, creditLineId: line.id, boughtAt: now, held: issued - bought,
      priceFen: buyBackPriceFen(shares, fenPerShare(line.priceNumerator, line.priceDenominator), BigInt(line.buyBackPremiumBp)),
    };
  }

  /** A repurchase of a MANUAL issuance at the price agreed, on the day given. */
  private async ofIssuance(manager: EntityManager, input: RecordBuyBackInput, issuanceId: string, now: Date): Promise<BuyBackPlan> {
    const issuance = await manager.findOneBy(IssuanceEntity, { id: issuanceId, organisationId: input.organisationId });
    if (!issuance) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such issuance on this cap table', ['issuanceId']);
    if (issuance.source !== 'MANUAL')
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The centre’s tranche shares are bought back under their credit line (creditLineId)', ['issuanceId']);
    if (input.priceFen == null || input.priceFen < 0n) throw new DomainError(UserErrorCode.INVALID_AMOUNT, 'Give the whole price paid in fen, 0 or more', ['priceFen']);
    const boughtAt = input.boughtOn ? shanghaiDayStart(input.boughtOn, now, ['boughtOn']) : now;
    if (boughtAt.getTime() < issuance.issuedAt.getTime()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Shares are bought back after they were issued', ['boughtOn']);
    const bought = await sumOf(manager, 'SELECT COALESCE(sum(shares), 0) AS total FROM cap_buy_backs WHERE issuance_id = $1', issuance.id);
    return { stakeholderId: issuance.stakeholderId, issuanceId: issuance.id, creditLineId: null, priceFen: input.priceFen, boughtAt, held: issuance.shares - bought };
  }
}
