import type { PassPlanInput } from './pass-plan.js';
import type { EntityManager } from 'typeorm';
import { DEFAULT_POLICY_CONFIG, type NodeSpec, type OrgSpec, type RunningAllocation } from '@suanli/allocation';
import type { PriorityClassName } from '@suanli/domain';

const toS = (date: Date | string) => new Date(date).getTime() / 1000;

/** Reads one cluster's state in the shapes `libs/allocation` takes. Five statements, whatever the size. */
export async function loadNodes(manager: EntityManager, clusterId: string): Promise<NodeSpec[]> {
  const rows: { node_id: string; card_type: string; domain_size: number; card_id: string; domain_index: number; health: string }[] =
    await manager.query(
      `SELECT n.id AS node_id, n.card_type, n.domain_size, c.id AS card_id, c.domain_index, c.health
       FROM nodes n JOIN cards c ON c.node_id = n.id
       WHERE n.cluster_id = $1 AND n.retired_at IS NULL ORDER BY n.name, c.index`,
      [clusterId],
    );
  const nodes = new Map<string, NodeSpec>();
  for (const row of rows) {
    let node = nodes.get(row.node_id);
    if (!node) {
      node = { id: row.node_id, cardType: row.card_type, domainSize: row.domain_size, cards: [] };
      nodes.set(row.node_id, node);
    }
    node.cards.push({ id: row.card_id, domainId: `${row.node_id}:${row.domain_index}`, healthy: row.health === 'HEALTHY' });
  }
  return [...nodes.values()];
}

export async function loadRunning(manager: EntityManager, clusterId: string): Promise<RunningAllocation[]> {
  const rows: {
    id: string; organisation_id: string; card_type: string; card_ids: string[]; started_at: Date; ends_at: Date;
    priority: PriorityClassName; preemptible: boolean; preempt_at: Date | null; preempted_for_id: string | null;
  }[] = await manager.query(
    `SELECT r.id, r.organisation_id, r.card_type, r.started_at, r.ends_at, r.priority, r.preemptible, r.preempt_at,
            r.preempted_for_id, array_agg(h.card_id ORDER BY h.card_id) AS card_ids
     FROM allocation_requests r
     JOIN card_holdings h ON h.allocation_id = r.id AND upper_inf(h.during)
     WHERE r.cluster_id = $1 AND r.state = 'RUNNING'
     GROUP BY r.id ORDER BY r.started_at, r.id`,
    [clusterId],
  );
  return rows.map((r) => ({
    requestId: r.id,
    orgId: r.organisation_id,
    cardType: r.card_type,
    cardIds: r.card_ids,
    startS: toS(r.started_at),
    endS: toS(r.ends_at),
    priority: r.priority,
    preemptible: r.preemptible,
    preemptAtS: r.preempt_at ? toS(r.preempt_at) : null,
    preemptedForRequestId: r.preempted_for_id,
  }));
}

/** What a waiting request currently shows, so a pass rewrites only what changed. */
/**
 * The waiting requests, each with what it shows now, as one JSON text built by PostgreSQL: the
 * API's event loop neither parses thousands of rows nor copies thousands of objects to the
 * scheduling worker, which parses the text itself (parsePending).
 */
export async function loadPendingJson(manager: EntityManager, clusterId: string, now: Date): Promise<string> {
  // overdue: adaptation work of a project still in adaptation past its promised due date
  // (adaptations.due_at) is served first within the ADAPTATION class.
  const [row]: { pending: string }[] = await manager.query(
    `SELECT coalesce(json_agg(json_build_object(
              'id', r.id, 'orgId', r.organisation_id, 'projectId', r.project_id, 'cards', r.cards, 'cardType', r.card_type,
              'durationS', r.duration_s, 'submitS', extract(epoch FROM r.created_at), 'priority', r.priority,
              'preemptible', r.preemptible, 'earliestStartS', extract(epoch FROM r.earliest_start_at),
              'overdue', r.priority = 'ADAPTATION' AND EXISTS (
                SELECT 1 FROM adaptations a JOIN projects p ON p.id = a.project_id
                WHERE a.project_id = r.project_id AND p.stage = 'ADAPTATION' AND a.due_at < $2::timestamptz),
              'shown', json_build_object('position', r.queue_position, 'estimatedStartS', extract(epoch FROM r.estimated_start_at),
                                         'reason', r.wait_reason::text)
            ) ORDER BY r.created_at, r.id), '[]')::text AS pending
     FROM allocation_requests r WHERE r.cluster_id = $1 AND r.state = 'QUEUED'`,
    [clusterId, now],
  );
  return row.pending;
}

export function parsePending(json: string): PassPlanInput['pending'] {
  return JSON.parse(json) as PassPlanInput['pending'];
}

/**
 * Weights, quotas and decayed usage of every organisation with work on the cluster. Usage decays
 * with the policy's half-life: card-seconds of an allocation that ended t seconds ago count 2^(−t/h).
 */
export async function loadOrgs(manager: EntityManager, clusterId: string, now: Date): Promise<OrgSpec[]> {
  const halfLife = DEFAULT_POLICY_CONFIG.usageHalfLifeS;
  const rows: { id: string; weight: string | null; quota_cards: number | null; usage: string | null }[] = await manager.query(
    `WITH involved AS (
       SELECT DISTINCT organisation_id FROM allocation_requests WHERE cluster_id = $1 AND state IN ('QUEUED','RUNNING')
     ), usage AS (
       SELECT organisation_id,
              sum(cards * extract(epoch FROM (coalesce(finished_at, $2::timestamptz) - started_at))
                  * power(0.5, extract(epoch FROM ($2::timestamptz - coalesce(finished_at, $2::timestamptz))) / $3::float8)) AS usage
       FROM allocation_requests
       WHERE cluster_id = $1 AND started_at IS NOT NULL AND coalesce(finished_at, $2::timestamptz) > $2::timestamptz - make_interval(secs => $3::float8 * 8)
       GROUP BY organisation_id
     )
     SELECT i.organisation_id AS id, s.weight, s.quota_cards, u.usage
     FROM involved i
     LEFT JOIN organisation_scheduling s ON s.organisation_id = i.organisation_id
     LEFT JOIN usage u ON u.organisation_id = i.organisation_id
     ORDER BY i.organisation_id`,
    [clusterId, now, halfLife],
  );
  return rows.map((r) => ({ id: r.id, weight: r.weight ? Number(r.weight) : 1, quotaCards: r.quota_cards, usageCardSeconds: r.usage ? Number(r.usage) : 0 }));
}

/** A finished allocation as RuntimePredictor records it. */
export interface FinishedRun {
  orgId: string;
  cards: number;
  /** Its time limit (duration_s), seconds. */
  limitS: number;
  /** How long it really ran (finished_at − started_at), seconds. */
  runS: number;
}

/**
 * How many finished runs per organisation a pass reads: enough for the last two of a few job
 * shapes (RuntimePredictor averages two), few enough that the read stays an index range scan.
 */
export const RUN_HISTORY_PER_ORG = 16;

/**
 * The last finished runs on the cluster of every organisation with work on it, oldest first (the
 * order RuntimePredictor records them in). Only FINISHED runs count: a preempted or cancelled one
 * did not show how long the work takes. One statement; each organisation is a bounded scan of
 * alloc_finished_runs_idx backwards from its newest run. `alsoOrganisationId` adds one organisation
 * with nothing on the cluster now (a founder previewing their first request of the day).
 */
export async function loadRunHistory(manager: EntityManager, clusterId: string, alsoOrganisationId: string | null = null): Promise<FinishedRun[]> {
  const rows: { org_id: string; cards: number; limit_s: number; run_s: string }[] = await manager.query(
    `SELECT h.organisation_id AS org_id, h.cards, h.duration_s AS limit_s, extract(epoch FROM h.finished_at - h.started_at) AS run_s
     FROM (SELECT DISTINCT organisation_id FROM allocation_requests WHERE cluster_id = $1 AND state IN ('QUEUED','RUNNING')
           UNION SELECT $3::uuid WHERE $3::uuid IS NOT NULL) o
     CROSS JOIN LATERAL (
       SELECT f.organisation_id, f.cards, f.duration_s, f.started_at, f.finished_at, f.id
       FROM allocation_requests f
       WHERE f.cluster_id = $1 AND f.organisation_id = o.organisation_id AND f.state = 'FINISHED' AND f.started_at IS NOT NULL
       ORDER BY f.finished_at DESC
       LIMIT $2
     ) h
     ORDER BY h.finished_at, h.id`,
    [clusterId, RUN_HISTORY_PER_ORG, alsoOrganisationId],
  );
  return rows.map((r) => ({ orgId: r.org_id, cards: r.cards, limitS: r.limit_s, runS: Math.max(0, Number(r.run_s)) }));
}
