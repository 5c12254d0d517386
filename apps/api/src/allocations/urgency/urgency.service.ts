import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import { lockCluster } from '../../compute/index.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';
import { withdrawNoticesFor, withdrawnNoticeEvents, type WithdrawnNotice } from '../scheduler/withdraw-notices.js';
import { UNAPPROVED_URGENT_CLASS, type UrgencyStatus } from './urgency-status.js';
import { URGENT_BUDGET_USED_SQL, urgentBudgetPeriod } from './urgent-budget-period.js';

export interface UrgentBudgetRow {
  organisationId: string;
  cardHoursPerMonth: number;
  usedCardHours: number;
  remainingCardHours: number;
  periodStart: Date;
  periodEnd: Date;
}

/** From which urgency a manager's decision may be taken. */
const APPROVABLE: readonly UrgencyStatus[] = ['AWAITING_APPROVAL', 'DECLINED'];
const DECLINABLE: readonly UrgencyStatus[] = ['AWAITING_APPROVAL', 'APPROVED', 'BUDGET'];

/**
 * Managers' decisions on founders' URGENT requests, and each organisation's urgent budget.
 * A decision takes the cluster lock, so it is ordered against a pass that may be planning with
 * the request's class; the pass after it reorders the queue.
 */
@Injectable()
export class UrgencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  /** The request is scheduled as URGENT from the next pass on (it may then preempt). */
  approve(actor: Actor, id: string): Promise<{ allocationRequest: AllocationRequestEntity }> {
    return this.decide(actor, id, 'APPROVED');
  }

  /** The request is scheduled at STANDARD; notices it caused are withdrawn. */
  decline(actor: Actor, id: string): Promise<{ allocationRequest: AllocationRequestEntity }> {
    return this.decide(actor, id, 'DECLINED');
  }

  private async decide(actor: Actor, id: string, decision: 'APPROVED' | 'DECLINED') {
    let withdrawn: WithdrawnNotice[] = [];
    const decided = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(AllocationRequestEntity, { id });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such allocation request', ['id']);
      await lockCluster(manager, found.clusterId);
      const current = await manager.findOneByOrFail(AllocationRequestEntity, { id });
      const from = decision === 'APPROVED' ? APPROVABLE : DECLINABLE;
      const states = decision === 'APPROVED' ? ['QUEUED'] : ['QUEUED', 'RUNNING'];
      if (current.requestedPriority !== 'URGENT' || !current.urgency || !from.includes(current.urgency) || !states.includes(current.state)) {
        throw new DomainError(
          UserErrorCode.NOT_AWAITING_URGENCY_DECISION,
          `The request is ${current.state} with urgency ${current.urgency ?? 'none'}: it cannot be ${decision.toLowerCase()}`,
          ['id'],
        );
      }
      current.urgency = decision;
      current.priority = decision === 'APPROVED' ? 'URGENT' : UNAPPROVED_URGENT_CLASS;
      current.urgencyDecidedById = actor.id;
      current.urgencyDecidedAt = new Date();
      await manager.save(current);
      if (decision === 'DECLINED') withdrawn = await withdrawNoticesFor(manager, [current.id]);
      return current;
    });
    if (withdrawn.length > 0) await this.events.publish(withdrawnNoticeEvents(withdrawn));
    await this.scheduler.passSoon(decided.clusterId);
    return { allocationRequest: await this.dataSource.getRepository(AllocationRequestEntity).findOneByOrFail({ id }) };
  }

  /** Founders' URGENT requests still waiting for a decision, oldest first. */
  awaitingApproval(limit: number): Promise<AllocationRequestEntity[]> {
    return this.dataSource.getRepository(AllocationRequestEntity).find({
      where: { urgency: 'AWAITING_APPROVAL', state: 'QUEUED' },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /** The budget of the caller's organisation (founders) or of any organisation (staff). */
  async budgetFor(actor: Actor, organisationId: string | null): Promise<UrgentBudgetRow | null> {
    const tenant = tenantOf(actor);
    const id = tenant ?? organisationId;
    if (!id || (tenant && organisationId && organisationId !== tenant)) return null;
    return (await this.budgets([id]))[0] ?? null;
  }

  /** Budgets of the given organisations for the current Asia/Shanghai month. */
  async budgets(organisationIds: string[]): Promise<UrgentBudgetRow[]> {
    const period = urgentBudgetPeriod();
    const rows: { id: string; budget: number | null; used: string }[] = await this.dataSource.query(
      `SELECT o.id, s.urgent_card_hours_per_month AS budget,
              (SELECT ${URGENT_BUDGET_USED_SQL.replace('$PERIOD_START', '$2::timestamptz')}
               FROM allocation_requests r WHERE r.organisation_id = o.id AND r.urgency = 'BUDGET' AND r.created_at >= $2::timestamptz) AS used
       FROM organisations o LEFT JOIN organisation_scheduling s ON s.organisation_id = o.id
       WHERE o.id = ANY($1::uuid[])`,
      [organisationIds, period.start],
    );
    return rows.map((r) => {
      const budget = r.budget ?? 0;
      const used = Number(Number(r.used).toFixed(2));
      return {
        organisationId: r.id,
        cardHoursPerMonth: budget,
        usedCardHours: used,
        remainingCardHours: Math.max(0, Number((budget - used).toFixed(2))),
        periodStart: period.start,
        periodEnd: period.end,
      };
    });
  }
}
