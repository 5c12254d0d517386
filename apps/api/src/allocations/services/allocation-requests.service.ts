import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LRUCache } from 'lru-cache';
import { RequestValidator, type NodeSpec } from '@suanli/allocation';
import { checkAllocationRequest, countCardsByType } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { InventoryService } from '../../compute/index.js';
import type { CreateAllocationRequestInput } from '../dto/create-allocation-request.input.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import { lockCluster } from '../../compute/index.js';
import { closeHoldings } from '../scheduler/scheduling-pass.js';
import { withdrawNoticesFor, withdrawnNoticeEvents, type WithdrawnNotice } from '../scheduler/withdraw-notices.js';
import { admitRequest } from './request-admission.js';
import { refuseOnProblems } from './request-problems.js';
import { loadNodes } from '../scheduler/scheduling-snapshot.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';

const MAX_LEAD_S = 90 * 24 * 3600;
const PAST_SLACK_MS = 3600_000;
/**
 * How long a new request waits for the scheduling pass that places it or explains its wait.
 * Only a request whose pass can start at once waits (see create); a pass over a quiet queue ends
 * well within it.
 */
const PASS_WAIT_MS = 100;

/** Creating, cancelling and finishing allocation requests; the scheduler does the placing. */
@Injectable()
export class AllocationRequestsService {
  /**
   * The cluster's shape for validating requests. Dropped when this process changes the inventory;
   * a change made by another API process may take up to 2 s to show (the scheduler still explains
   * a request that can no longer fit).
   */
  private readonly inventory = new LRUCache<string, { nodes: NodeSpec[]; validator: RequestValidator }>({ max: 50, ttl: 2_000 });
  private readonly defaultCluster = new LRUCache<string, string>({ max: 1, ttl: 2_000 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
    @Inject(InventoryService) private readonly inventoryService: InventoryService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // A change made by this process shows at once; one made by another process within the TTL.
    inventoryService.onInventoryChange((clusterId) => this.inventory.delete(clusterId));
  }

  async create(actor: Actor, input: CreateAllocationRequestInput): Promise<{ allocationRequest: AllocationRequestEntity }> {
    const clusterId = input.clusterId ?? (await this.defaultClusterId());
    // An hour of slack for skewed clocks and forms left open; anything earlier is a mistake or a probe.
    if (input.earliestStartAt && input.earliestStartAt.getTime() < Date.now() - PAST_SLACK_MS) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The earliest start may not be in the past', ['earliestStartAt']);
    }
    if (input.earliestStartAt && input.earliestStartAt.getTime() > Date.now() + MAX_LEAD_S * 1000) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The earliest start may be at most 90 days ahead', ['earliestStartAt']);
    }
    const { nodes, validator } = await this.inventoryOf(clusterId);
    if (nodes.length === 0) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
    // What can never be granted, by the rule the request form runs too; then the topology's check.
    refuseOnProblems(checkAllocationRequest(input, countCardsByType(nodes)));
    const check = validator.check({ cards: input.cards, cardType: input.cardType, durationS: input.durationS });
    if (!check.ok) throw new DomainError(UserErrorCode[check.code], check.message, [check.code === 'UNKNOWN_CARD_TYPE' ? 'cardType' : check.code === 'INVALID_DURATION' ? 'durationS' : 'cards']);

    const created = await this.dataSource.transaction((manager) => admitRequest(manager, actor, input, clusterId, this.config.maxOpenRequestsPerOrg));
    // A lone request waits briefly for its pass, so the caller sees it placed or with a position
    // and estimate. In a burst, passes are spaced out (SchedulerService) and the request answers
    // at once: its first estimate follows with an allocationChanged event.
    if (!this.scheduler.wouldStartNow(clusterId)) {
      void this.scheduler.requestPass(clusterId);
      return { allocationRequest: created };
    }
    await this.scheduler.passSoon(clusterId, PASS_WAIT_MS);
    return { allocationRequest: await this.dataSource.getRepository(AllocationRequestEntity).findOneByOrFail({ id: created.id }) };
  }

  private async defaultClusterId(): Promise<string> {
    const cached = this.defaultCluster.get('default');
    if (cached) return cached;
    const id = await this.inventoryService.defaultClusterId();
    this.defaultCluster.set('default', id);
    return id;
  }

  private async inventoryOf(clusterId: string): Promise<{ nodes: NodeSpec[]; validator: RequestValidator }> {
    let inventory = this.inventory.get(clusterId);
    if (!inventory) {
      const nodes = await loadNodes(this.dataSource.manager, clusterId);
      inventory = { nodes, validator: new RequestValidator(nodes) };
      this.inventory.set(clusterId, inventory);
    }
    return inventory;
  }

  /** Cancels a waiting request, or stops a running allocation now and releases its cards. */
  cancel(actor: Actor, id: string): Promise<{ allocationRequest: AllocationRequestEntity }> {
    return this.end(actor, id, 'CANCELLED', 'CANCELLED');
  }

  /** The holder reports its job done before the time limit: the cards come back early. */
  finish(actor: Actor, id: string): Promise<{ allocationRequest: AllocationRequestEntity }> {
    return this.end(actor, id, 'FINISHED', 'COMPLETED');
  }

  private async end(actor: Actor, id: string, state: 'CANCELLED' | 'FINISHED', reason: string) {
    let withdrawn: WithdrawnNotice[] = [];
    const ended = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(AllocationRequestEntity, { id });
      const tenant = tenantOf(actor);
      if (!found || (tenant && found.organisationId !== tenant)) {
        throw new DomainError(UserErrorCode.NOT_FOUND, 'No such allocation request', ['id']);
      }
      // The cluster lock orders this against a pass that may be starting the request right now.
      await lockCluster(manager, found.clusterId);
      const current = await manager.findOneByOrFail(AllocationRequestEntity, { id });
      const allowed = state === 'CANCELLED' ? ['QUEUED', 'RUNNING'] : ['RUNNING'];
      if (!allowed.includes(current.state)) {
        throw new DomainError(UserErrorCode.INVALID_STATE, `The allocation is ${current.state}`, ['id']);
      }
      current.state = state;
      current.finishedAt = new Date();
      current.endReason = reason;
      current.queuePosition = null;
      current.estimatedStartAt = null;
      await manager.save(current);
      await closeHoldings(manager, [current.id]);
      // A cancelled or finished request needs no one's cards: the notices it caused are taken back.
      withdrawn = await withdrawNoticesFor(manager, [current.id]);
      return current;
    });
    if (withdrawn.length > 0) await this.events.publish(withdrawnNoticeEvents(withdrawn));
    await this.scheduler.passSoon(ended.clusterId);
    return { allocationRequest: ended };
  }
}
