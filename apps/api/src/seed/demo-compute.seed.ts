import type { EntityManager } from 'typeorm';
import type { PriorityClassName } from '@suanli/domain';
import { runSchedulingPass } from '../allocations/index.js';
import { CardEntity } from '../compute/index.js';
import { ClusterEntity } from '../compute/index.js';
import { NodeEntity } from '../compute/index.js';

const HOUR_MS = 3_600_000;

/** The demo cluster: 150 × 8 Ascend 910B for training, 8 × 8 Ascend 310P for inference. */
const NODE_GROUPS = [
  { prefix: 'ascend-910b', count: 150, cardType: 'Ascend 910B', cardsPerNode: 8, domainSize: 8, memoryGb: 64 },
  { prefix: 'ascend-310p', count: 8, cardType: 'Ascend 310P', cardsPerNode: 8, domainSize: 8, memoryGb: 24 },
];

/** A deterministic stream of demo numbers (no Math.random: the demo looks the same every time). */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

export interface DemoComputeProject {
  id: string;
  organisationId: string;
  requestedById: string;
  /** Today's requests: head firms flood the queue; small ones send a few dozen. */
  jobs: number;
  /** Finished allocations per day of the two weeks' history. */
  historyPerDay: number;
  /** Head firms submit all day; small firms' requests come in the last four hours. */
  kind: 'LARGE' | 'SMALL';
  cardChoices: number[];
  priority: PriorityClassName;
}

async function seedInventory(manager: EntityManager): Promise<{ cluster: ClusterEntity; cardIds: string[] }> {
  const cluster = await manager.save(manager.create(ClusterEntity, { name: '成都智算中心 · 一期' }));
  const cardIds: string[] = [];
  for (const group of NODE_GROUPS) {
    for (let i = 1; i <= group.count; i++) {
      const node = await manager.save(
        manager.create(NodeEntity, {
          clusterId: cluster.id,
          name: `${group.prefix}-${String(i).padStart(3, '0')}`,
          cardType: group.cardType,
          cardsPerNode: group.cardsPerNode,
          domainSize: group.domainSize,
          drainReason: null,
        }),
      );
      const cards = Array.from({ length: group.cardsPerNode }, (_, index) => ({
        nodeId: node.id,
        index,
        domainIndex: Math.floor(index / group.domainSize),
        memoryGb: group.memoryGb,
        health: 'HEALTHY' as const,
      }));
      const inserted = await manager.insert(CardEntity, cards);
      if (group.cardType === 'Ascend 910B') cardIds.push(...inserted.identifiers.map((r) => r.id as string));
    }
  }
  return { cluster, cardIds };
}

/** Two weeks of finished allocations, so usage charts and fair share have a history. */
async function seedHistory(manager: EntityManager, clusterId: string, cardIds: string[], projects: DemoComputeProject[], now: Date) {
  const pick = sequence(7);
  const dayStart = new Date(now);
  dayStart.setUTCHours(0, 0, 0, 0);
  for (let daysAgo = 14; daysAgo >= 1; daysAgo--) {
    let cursor = 0; // each card is used at most once per day, so history never overlaps
    for (const project of projects) {
      for (let j = 0; j < project.historyPerDay; j++) {
        const cards = project.cardChoices[pick(project.cardChoices.length)];
        if (cursor + cards > cardIds.length) break;
        const start = new Date(dayStart.getTime() - daysAgo * 24 * HOUR_MS + (1 + pick(6)) * HOUR_MS);
        const hours = 2 + pick(14);
        const end = new Date(start.getTime() + hours * HOUR_MS);
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO allocation_requests (cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s,
             priority, requested_priority, preemptible, state, created_at, started_at, ends_at, finished_at, end_reason)
           VALUES ($1, $2, $3, $4, 'Ascend 910B', $5, $6, $7, $7, false, 'FINISHED', $8, $8, $9, $9, 'COMPLETED') RETURNING id`,
          [clusterId, project.organisationId, project.id, project.requestedById, cards, hours * 3600, project.priority, start, end],
        );
        await manager.query(
          `INSERT INTO card_holdings (allocation_id, card_id, during)
           SELECT $1, c, tstzrange($3, $4, '[)') FROM unnest($2::uuid[]) AS c`,
          [row.id, cardIds.slice(cursor, cursor + cards), start, end],
        );
        cursor += cards;
      }
    }
  }
}

/**
 * Today's demand, more than the cluster holds, so the queue, its reasons and estimates are real.
 * It arrives in two waves with a pass after each, as a day does: the requests until an hour ago
 * (the head firms' floods since 12 hours ago, the small firms' since 4 hours ago) fill the
 * cluster; the last hour's, from everyone, then queue behind running work (nothing has ended
 * yet: every job runs at least 2 hours), ordered by fair share, so the queue shows small firms'
 * requests ahead of the head firms' rather than an empty cluster's first pass.
 */
async function seedDemand(manager: EntityManager, clusterId: string, projects: DemoComputeProject[], now: Date) {
  const pick = sequence(42);
  const morningEnd = new Date(now.getTime() - HOUR_MS);
  const waves: [Date, unknown[][]][] = [
    [morningEnd, []],
    [now, []],
  ];
  for (const project of projects) {
    for (let j = 0; j < project.jobs; j++) {
      const cards = project.cardChoices[pick(project.cardChoices.length)];
      const hours = project.kind === 'LARGE' ? 12 : 4;
      const submitted = new Date(now.getTime() - ((hours * (project.jobs - j)) / project.jobs) * HOUR_MS + pick(1800) * 1000);
      const row = [clusterId, project.organisationId, project.id, project.requestedById, cards, (2 + pick(30)) * 3600, project.priority, pick(3) === 0, submitted];
      waves[submitted < morningEnd ? 0 : 1]![1].push(row);
    }
  }
  for (const [passAt, rows] of waves) {
    for (const row of rows) {
      await manager.query(
        `INSERT INTO allocation_requests (cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s,
           priority, requested_priority, preemptible, state, created_at)
         VALUES ($1, $2, $3, $4, 'Ascend 910B', $5, $6, $7, $7, $8, 'QUEUED', $9)`,
        row,
      );
    }
    await runSchedulingPass(manager, clusterId, passAt);
  }
}

/**
 * The demo's large enterprises queue more than MAX_OPEN_REQUESTS_PER_ORG's default: their own cap
 * (a manager's per-organisation override) lets their founders still make requests in the demo.
 */
async function seedOpenRequestCaps(manager: EntityManager, projects: DemoComputeProject[]) {
  const demand = new Map<string, number>();
  for (const p of projects) demand.set(p.organisationId, (demand.get(p.organisationId) ?? 0) + p.jobs);
  for (const [organisationId, jobs] of demand) {
    if (jobs < 40) continue;
    await manager.query(
      `INSERT INTO organisation_scheduling (organisation_id, max_open_requests) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET max_open_requests = EXCLUDED.max_open_requests`,
      [organisationId, jobs + 50],
    );
  }
}

export async function seedDemoCompute(manager: EntityManager, projects: DemoComputeProject[], now: Date): Promise<void> {
  const { cluster, cardIds } = await seedInventory(manager);
  await seedOpenRequestCaps(manager, projects);
  await seedHistory(manager, cluster.id, cardIds, projects, now);
  // Each wave's pass places what fits and explains the wait of the rest.
  await seedDemand(manager, cluster.id, projects, now);
}
