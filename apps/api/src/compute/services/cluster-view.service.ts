import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CardHealth } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import type { Card, ComputeNode } from '../models/cluster.model.js';

interface GridRow {
  node_id: string;
  name: string;
  card_type: string;
  cards_per_node: number;
  domain_size: number;
  drain_reason: string | null;
  retired_at: Date | null;
  card_id: string;
  index: number;
  domain_index: number;
  memory_gb: number;
  health: CardHealth;
  alloc_id: string | null;
  organisation_id: string | null;
  org_name: string | null;
  project_name: string | null;
  ends_at: Date | null;
  held_since: Date | null;
  preempt_at: Date | null;
}

/** The cluster as a grid of nodes and cards with their holders, in one statement. */
@Injectable()
export class ClusterViewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async grid(actor: Actor, clusterId: string, nodeIds?: string[]): Promise<ComputeNode[]> {
    const rows: GridRow[] = await this.dataSource.query(
      `SELECT n.id AS node_id, n.name, n.card_type, n.cards_per_node, n.domain_size, n.drain_reason, n.retired_at,
              c.id AS card_id, c.index, c.domain_index, c.memory_gb, c.health,
              r.id AS alloc_id, r.organisation_id, o.name AS org_name, p.name AS project_name, r.ends_at, lower(h.during) AS held_since, r.preempt_at
       FROM nodes n
       JOIN cards c ON c.node_id = n.id
       LEFT JOIN card_holdings h ON h.card_id = c.id AND upper_inf(h.during)
       LEFT JOIN allocation_requests r ON r.id = h.allocation_id
       LEFT JOIN organisations o ON o.id = r.organisation_id
       LEFT JOIN projects p ON p.id = r.project_id
       WHERE n.cluster_id = $1 AND ($2::uuid[] IS NULL OR n.id = ANY($2::uuid[]))
         -- Retired nodes are history: out of the grid, but a node asked for by id still answers.
         AND (n.retired_at IS NULL OR $2::uuid[] IS NOT NULL)
       ORDER BY n.name, c.index`,
      [clusterId, nodeIds ?? null],
    );
    const tenant = tenantOf(actor);
    const nodes = new Map<string, ComputeNode>();
    for (const row of rows) {
      let node = nodes.get(row.node_id);
      if (!node) {
        node = {
          id: row.node_id,
          name: row.name,
          cardType: row.card_type,
          cardsPerNode: row.cards_per_node,
          domainSize: row.domain_size,
          drainReason: row.drain_reason,
          drained: row.drain_reason !== null,
          retiredAt: row.retired_at,
          cards: [],
        };
        nodes.set(row.node_id, node);
      }
      node.cards.push(this.card(row, tenant));
    }
    return [...nodes.values()];
  }

  private card(row: GridRow, tenant: string | null): Card {
    const visible = !tenant || row.organisation_id === tenant;
    return {
      id: row.card_id,
      index: row.index,
      domainIndex: row.domain_index,
      memoryGb: row.memory_gb,
      health: row.health,
      holder: row.alloc_id
        ? {
            allocationId: visible ? row.alloc_id : 'occupied',
            mine: Boolean(tenant) && row.organisation_id === tenant,
            organisationId: visible ? row.organisation_id : null,
            organisationName: visible ? row.org_name : null,
            projectName: visible ? row.project_name : null,
            since: row.held_since!,
            endsAt: row.ends_at!,
            underNotice: row.preempt_at !== null,
          }
        : null,
    };
  }

  async cardTypes(clusterId: string): Promise<string[]> {
    const rows: { card_type: string }[] = await this.dataSource.query(
      'SELECT DISTINCT card_type FROM nodes WHERE cluster_id = $1 AND retired_at IS NULL ORDER BY card_type',
      [clusterId],
    );
    return rows.map((r) => r.card_type);
  }
}
