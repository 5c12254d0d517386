import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CardHealth } from '@suanli/domain';
import { closeHoldings, lockCluster } from '../../allocations/scheduler/scheduling-pass.js';
import { SchedulerService } from '../../allocations/scheduler/scheduler.service.js';
import { returningRows } from '../../database/returning-rows.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { CardEntity } from '../entities/card.entity.js';
import { ClusterEntity } from '../entities/cluster.entity.js';
import { NodeEntity } from '../entities/node.entity.js';

export interface AddNodesInput {
  clusterId: string;
  count: number;
  cardType: string;
  cardsPerNode: number;
  domainSize: number;
  memoryGb: number;
  namePrefix: string;
}

/** Clusters, nodes and cards: what managers edit and what cluster telemetry reports on. */
@Injectable()
export class InventoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
  ) {}

  clusters(): Promise<ClusterEntity[]> {
    return this.dataSource.getRepository(ClusterEntity).find({ order: { name: 'ASC' } });
  }

  cluster(id: string): Promise<ClusterEntity | null> {
    return this.dataSource.getRepository(ClusterEntity).findOneBy({ id });
  }

  async defaultClusterId(): Promise<string> {
    const [first] = await this.clusters();
    if (!first) throw new DomainError(UserErrorCode.NOT_FOUND, 'No cluster is configured yet', ['clusterId']);
    return first.id;
  }

  nodes(clusterId: string): Promise<NodeEntity[]> {
    return this.dataSource.getRepository(NodeEntity).find({ where: { clusterId }, order: { name: 'ASC' } });
  }

  async addNodes(input: AddNodesInput): Promise<{ cluster: ClusterEntity }> {
    if (input.cardsPerNode % input.domainSize !== 0) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Cards per node must be a multiple of the domain size', ['domainSize']);
    }
    const cluster = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ClusterEntity, { id: input.clusterId });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
      await lockCluster(manager, found.id);
      const existing = await manager.countBy(NodeEntity, { clusterId: found.id });
      for (let i = 0; i < input.count; i++) {
        const node = await manager.save(
          manager.create(NodeEntity, {
            clusterId: found.id,
            name: `${input.namePrefix}-${String(existing + i + 1).padStart(3, '0')}`,
            cardType: input.cardType,
            cardsPerNode: input.cardsPerNode,
            domainSize: input.domainSize,
            drainReason: null,
          }),
        );
        await manager.insert(
          CardEntity,
          Array.from({ length: input.cardsPerNode }, (_, index) => ({
            nodeId: node.id,
            index,
            domainIndex: Math.floor(index / input.domainSize),
            memoryGb: input.memoryGb,
            health: 'HEALTHY' as const,
          })),
        );
      }
      return found;
    });
    void this.scheduler.requestPass(cluster.id);
    return { cluster };
  }

  /**
   * Drained cards take no new work; work already running on them runs to its end (the library's
   * rule), so a drain never kills a job. Failed cards are different: see reportCardHealth.
   */
  async drainNode(nodeId: string, reason: string): Promise<{ node: NodeEntity }> {
    const node = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(NodeEntity, { id: nodeId });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such node', ['nodeId']);
      await lockCluster(manager, found.clusterId);
      await manager.update(CardEntity, { nodeId, health: 'HEALTHY' }, { health: 'DRAINED' });
      found.drainReason = reason;
      return manager.save(found);
    });
    await this.scheduler.requestPass(node.clusterId);
    return { node };
  }

  async restoreNode(nodeId: string): Promise<{ node: NodeEntity }> {
    const node = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(NodeEntity, { id: nodeId });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such node', ['nodeId']);
      await lockCluster(manager, found.clusterId);
      await manager.update(CardEntity, { nodeId, health: 'DRAINED' }, { health: 'HEALTHY' });
      found.drainReason = null;
      return manager.save(found);
    });
    await this.scheduler.requestPass(node.clusterId);
    return { node };
  }

  /** Telemetry: a FAILED card ends the allocation running on it at once (it cannot go on). */
  async reportCardHealth(cardId: string, health: CardHealth): Promise<{ card: CardEntity }> {
    const { card, clusterId } = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(CardEntity, { where: { id: cardId }, relations: { node: true } });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such card', ['cardId']);
      await lockCluster(manager, found.node!.clusterId);
      found.health = health;
      await manager.update(CardEntity, { id: cardId }, { health });
      if (health === 'FAILED') {
        const hit = await returningRows<{ id: string }>(
          manager,
          `UPDATE allocation_requests r SET state = 'PREEMPTED', finished_at = now(), end_reason = 'CARD_FAILED'
           FROM card_holdings h
           WHERE h.allocation_id = r.id AND h.card_id = $1 AND upper_inf(h.during) AND r.state = 'RUNNING'
           RETURNING r.id`,
          [cardId],
        );
        if (hit.length > 0) await closeHoldings(manager, hit.map((h) => h.id));
      }
      return { card: found, clusterId: found.node!.clusterId };
    });
    await this.scheduler.requestPass(clusterId);
    return { card };
  }
}
