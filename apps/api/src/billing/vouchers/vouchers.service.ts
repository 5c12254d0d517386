import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addShanghaiMonths, checkProgrammeTerms, voucherProblems, type VoucherProgrammeTerms } from '@suanli/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { NotificationsService } from '../../notifications/index.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { VoucherApplicationEntity } from '../entities/voucher-application.entity.js';
import { VoucherProgrammeEntity, type ProgrammeStatus } from '../entities/voucher-programme.entity.js';
import { RelatedPartyEntity, VoucherEntity } from '../entities/voucher.entity.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { account } from '../ledger/ledger-accounts.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { returningRows } from '../../database/returning-rows.js';
import { VOUCHER_PROBLEM_CODES, VOUCHER_PROBLEM_MESSAGES } from './voucher-problem-codes.js';

export interface ProgrammeInput {
  year: number;
  name: string;
  budgetFen: bigint;
  coverageBasisPoints: number;
  perOrganisationCapFen: bigint;
  minimumClaimFen: bigint;
  validityMonths: number;
  eligibleKinds: string[];
  eligibleIndustries: string[];
  settlement: 'MONTHLY' | 'QUARTERLY';
}

export interface ApplyInput {
  programmeId: string;
  organisationId?: string | null;
  projectId?: string | null;
  amountFen: bigint;
  purpose: string;
}

export function termsOf(p: VoucherProgrammeEntity): VoucherProgrammeTerms {
  return {
    status: p.status, budgetFen: p.budgetFen, committedFen: p.committedFen, coverageBasisPoints: BigInt(p.coverageBp),
    perOrganisationCapFen: p.perOrganisationCapFen, minimumClaimFen: p.minimumClaimFen, validityMonths: p.validityMonths,
    eligibleKinds: p.eligibleKinds, eligibleIndustries: p.eligibleIndustries, settlement: p.settlement,
  };
}

/**
 * City compute vouchers: programmes, applications, approval into vouchers, expiry, related parties.
 * Budgets hold under concurrent approvals from several processes: the programme's committed amount
 * and the organisation's grant move by conditional updates in the approving transaction, and CHECK
 * constraints refuse any overrun the conditions might miss.
 */
@Injectable()
export class VouchersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async createProgramme(actor: Actor, input: ProgrammeInput): Promise<{ programmeId: string }> {
    const problems = checkProgrammeTerms({
      budgetFen: input.budgetFen, coverageBasisPoints: BigInt(input.coverageBasisPoints), perOrganisationCapFen: input.perOrganisationCapFen,
      minimumClaimFen: input.minimumClaimFen, validityMonths: input.validityMonths, eligibleKinds: input.eligibleKinds,
      eligibleIndustries: input.eligibleIndustries, settlement: input.settlement,
    });
    if (problems.length > 0) throw new DomainError(UserErrorCode.INVALID_PROGRAMME_TERMS, `The programme’s terms do not hold together (${problems.join(', ')})`, null);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.existsBy(VoucherProgrammeEntity, { year: input.year });
      if (taken) throw new DomainError(UserErrorCode.PROGRAMME_YEAR_TAKEN, `A programme for ${input.year} exists already`, ['year']);
      const programme = await manager.save(VoucherProgrammeEntity, manager.create(VoucherProgrammeEntity, {
        year: input.year, name: input.name.trim(), status: 'OPEN', budgetFen: input.budgetFen, coverageBp: input.coverageBasisPoints,
        perOrganisationCapFen: input.perOrganisationCapFen, minimumClaimFen: input.minimumClaimFen, validityMonths: input.validityMonths,
        eligibleKinds: input.eligibleKinds, eligibleIndustries: input.eligibleIndustries, settlement: input.settlement,
      }));
      await this.ledger.post(manager, {
        reason: 'PROGRAMME_FUNDED',
        legs: [{ account: account.cityGrant(programme.id), amountFen: input.budgetFen }, { account: account.programmeBudget(programme.id), amountFen: -input.budgetFen }],
        memo: programme.name,
      });
      await this.audit.record(manager, { actor, action: 'VOUCHER_PROGRAMME_CREATED', target: { type: 'VOUCHER_PROGRAMME', id: programme.id }, details: { year: input.year, budgetFen: input.budgetFen.toString() } });
      return { programmeId: programme.id };
    });
  }

  async setProgrammeStatus(actor: Actor, programmeId: string, status: ProgrammeStatus): Promise<{ programmeId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(VoucherProgrammeEntity, { where: { id: programmeId }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such programme', ['programmeId']);
      await manager.update(VoucherProgrammeEntity, { id: programmeId }, { status });
      await this.audit.record(manager, { actor, action: 'VOUCHER_PROGRAMME_STATUS_CHANGED', target: { type: 'VOUCHER_PROGRAMME', id: programmeId }, details: { from: programme.status, to: status } });
      return { programmeId };
    });
  }

  async apply(actor: Actor, input: ApplyInput): Promise<{ applicationId: string }> {
    const organisationId = tenantOf(actor) ?? input.organisationId ?? null;
    if (!organisationId) throw new DomainError(UserErrorCode.ORGANISATION_REQUIRED, 'Name the organisation applying', ['organisationId']);
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(VoucherProgrammeEntity, { id: input.programmeId });
      if (!programme) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such programme', ['programmeId']);
      await this.checkGrant(manager, programme, organisationId, input.amountFen, 'amountFen');
      if (input.projectId) {
        const [own]: unknown[] = await manager.query('SELECT 1 FROM projects WHERE id = $1 AND organisation_id = $2', [input.projectId, organisationId]);
        if (!own) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project in this organisation', ['projectId']);
      }
      const application = await manager.save(VoucherApplicationEntity, manager.create(VoucherApplicationEntity, {
        programmeId: programme.id, organisationId, projectId: input.projectId ?? null, requestedFen: input.amountFen, purpose: input.purpose.trim(),
        appliedById: actor.kind === 'user' ? actor.id : null,
      }));
      return { applicationId: application.id };
    });
  }

  async withdraw(actor: Actor, applicationId: string): Promise<{ applicationId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockedApplication(manager, actor, applicationId);
      if (application.status !== 'SUBMITTED') throw new DomainError(UserErrorCode.INVALID_STATE, 'Only an application awaiting a decision can be withdrawn', ['applicationId']);
      await manager.update(VoucherApplicationEntity, { id: applicationId }, { status: 'WITHDRAWN' });
      return { applicationId };
    });
  }

  async reject(actor: Actor, applicationId: string, reason: string): Promise<{ applicationId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockedApplication(manager, actor, applicationId);
      if (application.status !== 'SUBMITTED') throw new DomainError(UserErrorCode.INVALID_STATE, 'The application was decided already', ['applicationId']);
      await manager.update(VoucherApplicationEntity, { id: applicationId }, { status: 'REJECTED', decisionReason: reason.trim(), decidedById: actor.id, decidedAt: new Date() });
      await this.audit.record(manager, { actor, action: 'VOUCHER_REJECTED', target: { type: 'VOUCHER_APPLICATION', id: applicationId }, organisationId: application.organisationId, details: { reason: reason.trim() } });
      await this.notifications.notifyFounders(manager, application.organisationId, { kind: 'VOUCHER_DECIDED', params: { decision: 'REJECTED', reason: reason.trim() }, link: '/portal/vouchers' });
      return { applicationId };
    });
  }

  /**
   * Approves (possibly a lower amount) and issues the voucher in one transaction: the programme's
   * budget and the organisation's cap move by conditional updates, then the voucher is inserted and
   * the ledger moves the amount from the programme's budget to the voucher.
   */
  approve(actor: Actor, input: { applicationId: string; amountFen?: bigint | null; idempotencyKey?: string | null }, now = new Date()): Promise<{ applicationId: string; voucherId: string }> {
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, { actorId: actor.id, operation: 'approveVoucherApplication', key: input.idempotencyKey, input }, async () => {
        const application = await this.lockedApplication(manager, actor, input.applicationId);
        if (application.status !== 'SUBMITTED') throw new DomainError(UserErrorCode.INVALID_STATE, 'The application was decided already', ['applicationId']);
        const amountFen = input.amountFen ?? application.requestedFen;
        if (amountFen > application.requestedFen) throw new DomainError(UserErrorCode.INVALID_AMOUNT, 'The approved amount may not exceed the amount applied for', ['amountFen']);
        const programme = await manager.findOneByOrFail(VoucherProgrammeEntity, { id: application.programmeId });
        await this.checkGrant(manager, programme, application.organisationId, amountFen, 'amountFen');
        const committed = await returningRows<{ id: string }>(
          manager,
          `UPDATE voucher_programmes SET committed_fen = committed_fen + $2 WHERE id = $1 AND status = 'OPEN' AND committed_fen + $2 <= budget_fen RETURNING id`,
          [programme.id, amountFen.toString()],
        );
        if (committed.length === 0) throw new DomainError(UserErrorCode.OVER_PROGRAMME_BUDGET, VOUCHER_PROBLEM_MESSAGES.OVER_PROGRAMME_BUDGET, ['amountFen']);
        const granted: unknown[] = await manager.query(
          `INSERT INTO voucher_grants AS g (programme_id, organisation_id, granted_fen, cap_fen) VALUES ($1, $2, $3, $4)
           ON CONFLICT (programme_id, organisation_id) DO UPDATE SET granted_fen = g.granted_fen + EXCLUDED.granted_fen
           WHERE g.granted_fen + EXCLUDED.granted_fen <= g.cap_fen RETURNING 1`,
          [programme.id, application.organisationId, amountFen.toString(), programme.perOrganisationCapFen.toString()],
        );
        if (granted.length === 0) throw new DomainError(UserErrorCode.OVER_ORGANISATION_CAP, VOUCHER_PROBLEM_MESSAGES.OVER_ORGANISATION_CAP, ['amountFen']);
        const code = await this.nextVoucherCode(manager, programme.year);
        const voucher = await manager.save(VoucherEntity, manager.create(VoucherEntity, {
          code, programmeId: programme.id, applicationId: application.id, organisationId: application.organisationId, faceValueFen: amountFen,
          balanceFen: amountFen, coverageBp: programme.coverageBp, validFrom: now, validUntil: addShanghaiMonths(now, programme.validityMonths),
        }));
        await manager.update(VoucherApplicationEntity, { id: application.id }, { status: 'APPROVED', approvedFen: amountFen, decidedById: actor.id, decidedAt: now });
        await this.ledger.post(manager, {
          reason: 'VOUCHER_ISSUED',
          legs: [{ account: account.programmeBudget(programme.id), amountFen }, { account: account.voucher(voucher.id, application.organisationId), amountFen: -amountFen }],
          voucherId: voucher.id,
          memo: code,
        });
        await this.audit.record(manager, { actor, action: 'VOUCHER_APPROVED', target: { type: 'VOUCHER_APPLICATION', id: application.id }, organisationId: application.organisationId, details: { amountFen: amountFen.toString(), code } });
        await this.notifications.notifyFounders(manager, application.organisationId, { kind: 'VOUCHER_DECIDED', params: { decision: 'APPROVED', code, amountFen: amountFen.toString() }, link: '/portal/vouchers' });
        return { applicationId: application.id, voucherId: voucher.id };
      }),
    );
  }

  /**
   * Vouchers past their validity expire: the unused balance returns to the programme's budget
   * (committed goes down) and the ledger moves it back. Safe to run from several processes at once:
   * each voucher is taken under SKIP LOCKED and only while still ACTIVE.
   */
  async expireDue(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [voucher] = await manager
          .getRepository(VoucherEntity)
          .createQueryBuilder('v')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where("v.status = 'ACTIVE' AND v.valid_until <= :now", { now })
          .orderBy('v.valid_until')
          .limit(1)
          .getMany();
        if (!voucher) return false;
        const unused = voucher.balanceFen;
        await manager.update(VoucherEntity, { id: voucher.id }, { status: 'EXPIRED', balanceFen: 0n, expiredFen: unused });
        if (unused > 0n) {
          await manager.query('UPDATE voucher_programmes SET committed_fen = committed_fen - $2 WHERE id = $1', [voucher.programmeId, unused.toString()]);
          await this.ledger.post(manager, {
            reason: 'VOUCHER_EXPIRED',
            legs: [{ account: account.voucher(voucher.id, voucher.organisationId), amountFen: unused }, { account: account.programmeBudget(voucher.programmeId), amountFen: -unused }],
            voucherId: voucher.id,
            memo: voucher.code,
          });
        }
        return true;
      });
      if (!done) return expired;
      expired += 1;
    }
  }

  async markRelatedParty(actor: Actor, organisationId: string, reason: string): Promise<{ organisationId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
      if (!organisation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
      await manager.query('INSERT INTO related_parties (organisation_id, reason, marked_by_id) VALUES ($1, $2, $3) ON CONFLICT (organisation_id) DO UPDATE SET reason = EXCLUDED.reason', [
        organisationId, reason.trim(), actor.kind === 'user' ? actor.id : null,
      ]);
      await this.audit.record(manager, { actor, action: 'RELATED_PARTY_MARKED', target: { type: 'ORGANISATION', id: organisationId }, organisationId, details: { reason: reason.trim() } });
      return { organisationId };
    });
  }

  async unmarkRelatedParty(actor: Actor, organisationId: string): Promise<{ organisationId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const removed = await manager.delete(RelatedPartyEntity, { organisationId });
      if (!removed.affected) throw new DomainError(UserErrorCode.NOT_FOUND, 'The organisation is not marked as a related party', ['organisationId']);
      await this.audit.record(manager, { actor, action: 'RELATED_PARTY_UNMARKED', target: { type: 'ORGANISATION', id: organisationId }, organisationId });
      return { organisationId };
    });
  }

  /** Refuses a grant the domain rules forbid, naming the first problem. */
  private async checkGrant(manager: EntityManager, programme: VoucherProgrammeEntity, organisationId: string, amountFen: bigint, field: string): Promise<void> {
    const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
    if (!organisation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    const relatedParty = await manager.existsBy(RelatedPartyEntity, { organisationId });
    const [grant]: { granted_fen: string }[] = await manager.query('SELECT granted_fen FROM voucher_grants WHERE programme_id = $1 AND organisation_id = $2', [programme.id, organisationId]);
    const problems = voucherProblems(amountFen, termsOf(programme), {
      kind: organisation.kind, industry: organisation.industry ?? null, relatedParty, grantedThisProgrammeFen: grant ? BigInt(grant.granted_fen) : 0n,
    });
    if (problems.length > 0) throw new DomainError(VOUCHER_PROBLEM_CODES[problems[0]], VOUCHER_PROBLEM_MESSAGES[problems[0]], [field]);
  }

  private async lockedApplication(manager: EntityManager, actor: Actor, applicationId: string): Promise<VoucherApplicationEntity> {
    const application = await manager.findOne(VoucherApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    const tenant = tenantOf(actor);
    if (!application || (tenant !== null && application.organisationId !== tenant)) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such application', ['applicationId']);
    return application;
  }

  /** SLV-2026-0001: numbered like invoices, from the same gap-free counters, in series SLV. */
  private async nextVoucherCode(manager: EntityManager, year: number): Promise<string> {
    const [row]: { last_seq: number }[] = await manager.query(
      `INSERT INTO invoice_number_counters AS c (series, year, last_seq) VALUES ('SLV', $1, 1)
       ON CONFLICT (series, year) DO UPDATE SET last_seq = c.last_seq + 1 RETURNING last_seq`,
      [year],
    );
    return `SLV-${year}-${String(row.last_seq).padStart(4, '0')}`;
  }
}
