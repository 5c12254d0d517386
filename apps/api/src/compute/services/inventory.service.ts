import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { CardHealth } from '@suanli/domain';
import { lockCluster } from '../cluster-lock.js';
import { CLUSTER_WORK, type ClusterWork } from '../cluster-work.port.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { CardEntity } from '../entities/card.entity.js';
import { ClusterEntity } from '../entities/cluster.entity.js';
import { NodeEntity } from '../entities/node.entity.js';
import type { AddNodesInput, CreateClusterInput, RenameClusterInput } from '../dto/inventory.inputs.js';
import { AuditService } from '../../audit/index.js';


const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
export const CLUSTER_NAME_MIN = 2;
export const CLUSTER_NAME_MAX = 60;

/** Trimmed, inner runs of spaces as one, and 2–60 characters, or a userError on the name. */
function clusterName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < CLUSTER_NAME_MIN || name.length > CLUSTER_NAME_MAX) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The name must have ${CLUSTER_NAME_MIN}–${CLUSTER_NAME_MAX} characters`, ['name']);
  }
  return name;
}

/** Clusters, nodes and cards: what managers edit and what cluster telemetry reports on. */
@Injectable()
export class InventoryService {
  private readonly changeListeners: ((clusterId: string) => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLUSTER_WORK) private readonly scheduler: ClusterWork,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /**
   * Called after a committed change to a cluster's shape (nodes added, drained, restored, retired;
   * card health): caches of that shape in this process (request validation) drop it at once.
   */
  onInventoryChange(listener: (clusterId: string) => void): void {
    this.changeListeners.push(listener);
  }

  private changed(clusterId: string): void {
    for (const listener of this.changeListeners) listener(clusterId);
  }

  /** In the order they were set up, so a new cluster never displaces the default (the first). */
  clusters(): Promise<ClusterEntity[]> {
    return this.dataSource.getRepository(ClusterEntity).find({ order: { createdAt: 'ASC', name: 'ASC' } });
  }

  cluster(id: string): Promise<ClusterEntity | null> {
    return this.dataSource.getRepository(ClusterEntity).findOneBy({ id });
  }

  async defaultClusterId(): Promise<string> {
    const [first] = await this.clusters();
    if (!first) throw new DomainError(UserErrorCode.NOT_FOUND, 'No cluster is configured yet', ['clusterId']);
    return first.id;
  }

  /** The nodes in service or drained; retired ones are history. */
  nodes(clusterId: string): Promise<NodeEntity[]> {
    return this.dataSource.getRepository(NodeEntity).find({ where: { clusterId, retiredAt: IsNull() }, order: { name: 'ASC' } });
  }

  /** A new, empty cluster; nodes are added to it with addNodes. Names are unique, ignoring case. */
  /** A new, empty cluster; audited like a rename or a delete. */
  async createCluster(actor: Actor, input: CreateClusterInput, ip: string | null): Promise<{ cluster: ClusterEntity }> {
    const name = clusterName(input.name);
    const description = input.description?.trim() || null;
    const cluster = await this.withUniqueName(name, null, async (manager) => {
      const created = await manager.save(manager.create(ClusterEntity, { name, description }));
      await this.audit.record(manager, { actor, action: 'CLUSTER_CREATED', target: { type: 'CLUSTER', id: created.id }, details: { name }, ip });
      return created;
    });
    return { cluster };
  }

  /** A new name for a cluster, by the same rules as createCluster; audited with the old name. */
  async renameCluster(actor: Actor, input: RenameClusterInput, ip: string | null): Promise<{ cluster: ClusterEntity }> {
    const name = clusterName(input.name);
    const cluster = await this.withUniqueName(name, input.clusterId, async (manager) => {
      const found = await manager.findOne(ClusterEntity, { where: { id: input.clusterId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
      const before = found.name;
      found.name = name;
      await manager.update(ClusterEntity, { id: found.id }, { name });
      await this.audit.record(manager, { actor, action: 'CLUSTER_RENAMED', target: { type: 'CLUSTER', id: found.id }, details: { from: before, to: name }, ip });
      return found;
    });
    return { cluster };
  }

  /**
   * Deletes a cluster that never had a node or a request. It runs under the cluster's lock, the one
   * addNodes and every scheduling pass take, so a node being added waits and then finds no cluster;
   * the foreign keys from nodes and requests (ON DELETE RESTRICT) still refuse whatever got past.
   */
  async deleteCluster(actor: Actor, clusterId: string, ip: string | null): Promise<{ deletedClusterId: string }> {
    const notEmpty = (what: string) => new DomainError(UserErrorCode.CLUSTER_NOT_EMPTY, `The cluster still has ${what}; only an empty cluster can be deleted`, ['clusterId']);
    try {
      await this.dataSource.transaction(async (manager) => {
        await lockCluster(manager, clusterId);
        const found = await manager.findOne(ClusterEntity, { where: { id: clusterId }, lock: { mode: 'pessimistic_write' } });
        if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
        // Retired nodes count: their cards' holdings are the usage history.
        const [uses]: { nodes: string; requests: string }[] = await manager.query(
          `SELECT (SELECT count(*) FROM nodes WHERE cluster_id = $1) AS nodes, (SELECT count(*) FROM allocation_requests WHERE cluster_id = $1) AS requests`,
          [clusterId],
        );
        if (Number(uses!.nodes) > 0) throw notEmpty(`${uses!.nodes} node(s)`);
        if (Number(uses!.requests) > 0) throw notEmpty(`${uses!.requests} allocation request(s)`);
        await manager.delete(ClusterEntity, { id: clusterId });
        await this.audit.record(manager, { actor, action: 'CLUSTER_DELETED', target: { type: 'CLUSTER', id: clusterId }, details: { name: found.name }, ip });
      });
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) throw notEmpty('nodes or requests');
      throw error;
    }
    this.changed(clusterId);
    return { deletedClusterId: clusterId };
  }

  /** Runs `write` with cluster names serialised and `name` checked free (ignoring case, except on `ownId`). */
  private async withUniqueName<T>(name: string, ownId: string | null, write: (manager: EntityManager) => Promise<T>): Promise<T> {
    const duplicate = () => new DomainError(UserErrorCode.DUPLICATE_NAME, `A cluster named "${name}" already exists`, ['name']);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Serialises creates and renames, so two differently-cased names cannot both pass the check below.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suanli.clusters'))`);
        const [taken]: unknown[] = await manager.query('SELECT 1 FROM clusters WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2::uuid', [name, ownId]);
        if (taken) throw duplicate();
        return write(manager);
      });
    } catch (error) {
      // The unique constraint still has the last word (another process without the lock, say).
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw duplicate();
      throw error;
    }
  }

  async addNodes(input: AddNodesInput): Promise<{ cluster: ClusterEntity }> {
    if (input.cardsPerNode % input.domainSize !== 0) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Cards per node must be a multiple of the domain size', ['domainSize']);
    }
    const cluster = await this.dataSource.transaction(async (manager) => {
      await lockCluster(manager, input.clusterId);
      // Read under the lock: a deleteCluster may have committed while we waited for it.
      const found = await manager.findOneBy(ClusterEntity, { id: input.clusterId });
      if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such cluster', ['clusterId']);
      // Retired nodes count too: their names stay taken, as their history keeps them.
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
    this.changed(cluster.id);
    void this.scheduler.requestPass(cluster.id);
    return { cluster };
  }

  /**
   * Drained cards take no new work; work already running on them runs to its end (the library's
   * rule), so a drain never kills a job. Failed cards are different: see reportCardHealth.
   */
  async drainNode(nodeId: string, reason: string): Promise<{ node: NodeEntity }> {
    const node = await this.dataSource.transaction(async (manager) => {
      const found = await this.liveNode(manager, nodeId);
      await manager.update(CardEntity, { nodeId, health: 'HEALTHY' }, { health: 'DRAINED' });
      found.drainReason = reason;
      return manager.save(found);
    });
    this.changed(node.clusterId);
    await this.scheduler.passSoon(node.clusterId);
    return { node };
  }

  async restoreNode(nodeId: string): Promise<{ node: NodeEntity }> {
    const node = await this.dataSource.transaction(async (manager) => {
      const found = await this.liveNode(manager, nodeId);
      await manager.update(CardEntity, { nodeId, health: 'DRAINED' }, { health: 'HEALTHY' });
      found.drainReason = null;
      return manager.save(found);
    });
    this.changed(node.clusterId);
    await this.scheduler.passSoon(node.clusterId);
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
      if (health === 'FAILED') await this.scheduler.endWorkOnFailedCard(manager, cardId);
      return { card: found, clusterId: found.node!.clusterId };
    });
    this.changed(clusterId);
    await this.scheduler.passSoon(clusterId);
    return { card };
  }

  /**
   * Decommissions a drained node that holds no work. The check runs under the cluster's lock, the
   * one every scheduling pass holds, so no pass can start work on the node between the check and
   * the retirement. The node's rows stay: metering reads its cards' holdings.
   */
  async retireNode(actor: Actor, nodeId: string): Promise<{ node: NodeEntity }> {
    const node = await this.dataSource.transaction(async (manager) => {
      const found = await this.liveNode(manager, nodeId);
      if (found.drainReason === null) {
        throw new DomainError(UserErrorCode.NODE_NOT_DRAINED, `Drain ${found.name} before retiring it`, ['nodeId']);
      }
      const [busy]: { allocations: string }[] = await manager.query(
        `SELECT count(DISTINCT h.allocation_id) AS allocations
         FROM card_holdings h JOIN cards c ON c.id = h.card_id
         WHERE c.node_id = $1 AND h.during && tstzrange(now(), NULL)`,
        [nodeId],
      );
      if (Number(busy.allocations) > 0) {
        throw new DomainError(UserErrorCode.NODE_BUSY, `${found.name} still runs ${busy.allocations} allocation(s); retire it when they have ended`, ['nodeId']);
      }
      // The database's clock, the one holdings are closed with.
      await manager.update(NodeEntity, { id: nodeId }, { retiredAt: () => 'now()', retiredById: actor.id });
      return manager.findOneByOrFail(NodeEntity, { id: nodeId });
    });
    this.changed(node.clusterId);
    // The queue's estimates and reasons change with the cluster's shape.
    await this.scheduler.passSoon(node.clusterId);
    return { node };
  }

  /** A node that is not retired, with its cluster locked against scheduling passes. */
  private async liveNode(manager: EntityManager, nodeId: string): Promise<NodeEntity> {
    const found = await manager.findOneBy(NodeEntity, { id: nodeId });
    if (!found) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such node', ['nodeId']);
    await lockCluster(manager, found.clusterId);
    // Read again under the lock: a retirement may have committed while we waited for it.
    const current = await manager.findOneByOrFail(NodeEntity, { id: nodeId });
    if (current.retiredAt !== null) throw new DomainError(UserErrorCode.INVALID_STATE, `${current.name} is retired`, ['nodeId']);
    return current;
  }
}
