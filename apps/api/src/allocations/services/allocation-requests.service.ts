import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LRUCache } from 'lru-cache';
import { RequestValidator, type NodeSpec } from '@suanli/allocation';
import { COMPUTE_STAGES, isStaff, MAX_DURATION_S, MIN_DURATION_S, PROJECT_STAGES, TERMINAL_STAGES } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/auth/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { ProjectEntity } from '../../projects/entities/project.entity.js';
import { InventoryService } from '../../compute/services/inventory.service.js';
import type { CreateAllocationRequestInput } from '../dto/create-allocation-request.input.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { entityFromRow } from '../../database/returning-rows.js';
import { closeHoldings, lockCluster } from '../scheduler/scheduling-pass.js';
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
  ) {
    // A change made by this process shows at once; one made by another process within the TTL.
    inventoryService.onInventoryChange((clusterId) => this.inventory.delete(clusterId));
  }

  async create(actor: Actor, input: CreateAllocationRequestInput): Promise<{ allocationRequest: AllocationRequestEntity }> {
    const clusterId = input.clusterId ?? (await this.defaultClusterId());
    if (input.durationS < MIN_DURATION_S || input.durationS > MAX_DURATION_S) {
      throw new DomainError(UserErrorCode.INVALID_DURATION, `The time limit must be between ${MIN_DURATION_S / 60} minutes and 30 days`, ['durationS']);
    }
    // An hour of slack for skewed clocks and forms left open; anything earlier is a mistake or a probe.
    if (input.earliestStartAt && input.earliestStartAt.getTime() < Date.now() - PAST_SLACK_MS) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The earliest start may not be in the past', ['earliestStartAt']);
    }
    if (input.earliestStartAt && input.earliestStartAt.getTime() > Date.now() + MAX_LEAD_S * 1000) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The earliest start may be at most 90 days ahead', ['earliestStartAt']);
    }
    const { nodes, validator } = await this.inventoryOf(clusterId);
    if (nodes.length === 0) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
    const check = validator.check({ cards: input.cards, cardType: input.cardType, durationS: input.durationS });
    if (!check.ok) throw new DomainError(UserErrorCode[check.code], check.message, [check.code === 'UNKNOWN_CARD_TYPE' ? 'cardType' : check.code === 'INVALID_DURATION' ? 'durationS' : 'cards']);

    const created = (await this.insertIfAllowed(actor, input, clusterId)) ?? (await this.explainRefusal(actor, input, clusterId));
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

  /**
   * The request as one INSERT … SELECT that only inserts when the project exists, is the caller's
   * to use, is in a stage that may request, and the cards fit the organisation's quota: every
   * statement is a slow round trip here, and the happy path needs no other. Null: refused.
   */
  private async insertIfAllowed(actor: Actor, input: CreateAllocationRequestInput, clusterId: string): Promise<AllocationRequestEntity | null> {
    const staff = actor.kind === 'user' && isStaff(actor.role);
    const stages = staff ? PROJECT_STAGES.filter((s) => !TERMINAL_STAGES.includes(s)) : COMPUTE_STAGES;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO allocation_requests (cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s, priority, preemptible, earliest_start_at, state)
       SELECT $1, p.organisation_id, p.id, $3, $4, $5, $6, $7, $8, $9, 'QUEUED'
       FROM projects p LEFT JOIN organisation_scheduling s ON s.organisation_id = p.organisation_id
       WHERE p.id = $2 AND ($10::uuid IS NULL OR p.organisation_id = $10::uuid) AND p.stage = ANY($11::text[])
         AND (s.quota_cards IS NULL OR $5 <= s.quota_cards)
       RETURNING *`,
      [
        clusterId, input.projectId, actor.id, input.cardType, input.cards, input.durationS, input.priority, input.preemptible,
        input.earliestStartAt ?? null, tenantOf(actor), stages,
      ],
    );
    return rows[0] ? entityFromRow(this.dataSource.manager, AllocationRequestEntity, rows[0]) : null;
  }

  /** Why insertIfAllowed inserted nothing, as the user error that says so. */
  private async explainRefusal(actor: Actor, input: CreateAllocationRequestInput, clusterId: string): Promise<never> {
    const project = await this.requestableProject(actor, input.projectId);
    const [quota]: { quota_cards: number | null }[] = await this.dataSource.query(
      'SELECT quota_cards FROM organisation_scheduling WHERE organisation_id = $1',
      [project.organisationId],
    );
    if (quota?.quota_cards != null && input.cards > quota.quota_cards) {
      throw new DomainError(UserErrorCode.EXCEEDS_QUOTA, `Your organisation may hold at most ${quota.quota_cards} cards at once`, ['cards']);
    }
    // The project's stage or quota changed between the two statements: the caller may retry.
    throw new DomainError(UserErrorCode.STALE_STAGE, `The project changed while the request for cluster ${clusterId} was made; try again`, ['projectId']);
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

  private async requestableProject(actor: Actor, projectId: string): Promise<ProjectEntity> {
    const tenant = tenantOf(actor);
    const project = await this.dataSource.getRepository(ProjectEntity).findOneBy({ id: projectId });
    if (!project || (tenant && project.organisationId !== tenant)) {
      throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project', ['projectId']);
    }
    const staff = actor.kind === 'user' && isStaff(actor.role);
    const allowed = staff ? !TERMINAL_STAGES.includes(project.stage) : COMPUTE_STAGES.includes(project.stage);
    if (!allowed) {
      throw new DomainError(UserErrorCode.PROJECT_CANNOT_REQUEST, `A project in ${project.stage} cannot request compute`, ['projectId']);
    }
    return project;
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
      return current;
    });
    await this.scheduler.passSoon(ended.clusterId);
    return { allocationRequest: ended };
  }
}
