import type { EntityManager } from 'typeorm';
import { lockCluster } from '../../compute/index.js';
import { returningRows } from '../../database/returning-rows.js';
import { inlinePlanner, type Planner } from './schedule-planner.js';
import { loadNodes, loadOrgs, loadPendingJson, loadRunHistory, loadRunning } from './scheduling-snapshot.js';
import type { PassPlan, PassPlanRequest } from './pass-plan.js';

export interface PassOutcome {
  clusterId: string;
  started: string[];
  ended: { id: string; state: 'FINISHED' | 'PREEMPTED' }[];
  preempted: string[];
  /** Running allocations whose preemption notice was taken back (they run on). */
  withdrawn: string[];
  /** Requests that got their first position and estimate in this pass (new in the queue). */
  explained: string[];
  /** The organisation of every request named above, so events need no extra query. */
  ownerOf: Map<string, string>;
  waiting: number;
  /** Milliseconds per phase, for the pass log (SUANLI_PASS_LOG=1). */
  timings: { settleMs: number; loadMs: number; planMs: number; writeMs: number };
}

/**
 * Ends allocations whose time limit has run out, releasing their cards. One whose notice ran out
 * before its time limit, while its preemptor still waits, counts as preempted at the notice.
 * Notices that run out before the time limit are settled by the plan instead (preemptedNow):
 * only if the preemptor still needs the cards.
 */
async function settleDue(manager: EntityManager, clusterId: string, now: Date): Promise<(PassOutcome['ended'][number] & { organisation_id: string })[]> {
  const ended = await returningRows<{ id: string; state: 'FINISHED' | 'PREEMPTED'; organisation_id: string }>(
    manager,
    `WITH due AS (
       SELECT r.id, (r.preempt_at IS NOT NULL AND r.preempt_at <= r.ends_at
                     AND EXISTS (SELECT 1 FROM allocation_requests p WHERE p.id = r.preempted_for_id AND p.state = 'QUEUED')) AS preempted
       FROM allocation_requests r
       WHERE r.cluster_id = $1 AND r.state = 'RUNNING' AND r.ends_at <= $2::timestamptz
     )
     UPDATE allocation_requests r
     SET state = CASE WHEN due.preempted THEN 'PREEMPTED' ELSE 'FINISHED' END,
         finished_at = CASE WHEN due.preempted THEN r.preempt_at ELSE r.ends_at END,
         end_reason = CASE WHEN due.preempted THEN 'PREEMPTED' ELSE 'TIME_LIMIT' END
     FROM due WHERE r.id = due.id
     RETURNING r.id, r.state, r.organisation_id`,
    [clusterId, now],
  );
  if (ended.length > 0) await closeHoldings(manager, ended.map((e) => e.id));
  return ended;
}

/**
 * The plan's decisions on notices: withdrawn ones are cleared, run-out ones whose preemptor still
 * needs the cards end as preempted at the notice (before the starts that take their cards).
 */
async function applyNotices(manager: EntityManager, plan: PassPlan, now: Date): Promise<{ withdrawn: string[]; preempted: string[] }> {
  const withdrawn =
    plan.withdrawnNotices.length === 0
      ? []
      : await returningRows<{ id: string }>(
          manager,
          `UPDATE allocation_requests SET preempt_at = NULL, preempted_for_id = NULL
           WHERE id = ANY($1::uuid[]) AND state = 'RUNNING' AND preempt_at IS NOT NULL RETURNING id`,
          [plan.withdrawnNotices],
        );
  const preempted =
    plan.preemptedNow.length === 0
      ? []
      : await returningRows<{ id: string }>(
          manager,
          `UPDATE allocation_requests SET state = 'PREEMPTED', finished_at = least(preempt_at, $2::timestamptz), end_reason = 'PREEMPTED'
           WHERE id = ANY($1::uuid[]) AND state = 'RUNNING' AND preempt_at <= $2::timestamptz RETURNING id`,
          [plan.preemptedNow.map((p) => p.requestId), now],
        );
  if (preempted.length > 0) await closeHoldings(manager, preempted.map((p) => p.id));
  return { withdrawn: withdrawn.map((w) => w.id), preempted: preempted.map((p) => p.id) };
}

/** Closes the open holdings of allocations at their recorded finish time. */
export async function closeHoldings(manager: EntityManager, allocationIds: string[]): Promise<void> {
  await manager.query(
    `UPDATE card_holdings h SET during = tstzrange(lower(h.during), greatest(r.finished_at, lower(h.during)), '[)')
     FROM allocation_requests r
     WHERE h.allocation_id = r.id AND r.id = ANY($1::uuid[]) AND upper_inf(h.during)`,
    [allocationIds],
  );
}

async function applyStarts(manager: EntityManager, plan: PassPlan, now: Date): Promise<string[]> {
  if (plan.starts.length === 0) return [];
  // Only requests still QUEUED start: a cancel that committed first wins (the row lock orders them).
  const started = await returningRows<{ id: string }>(
    manager,
    `UPDATE allocation_requests SET state = 'RUNNING', started_at = $2::timestamptz, ends_at = $2::timestamptz + make_interval(secs => duration_s),
            queue_position = NULL, estimated_start_at = NULL, wait_reason = NULL
     WHERE id = ANY($1::uuid[]) AND state = 'QUEUED' RETURNING id`,
    [plan.starts.map((s) => s.requestId), now],
  );
  const startedIds = new Set(started.map((s) => s.id));
  const allocationIds: string[] = [];
  const cardIds: string[] = [];
  for (const start of plan.starts) {
    if (!startedIds.has(start.requestId)) continue;
    for (const cardId of start.cardIds) {
      allocationIds.push(start.requestId);
      cardIds.push(cardId);
    }
  }
  // The exclusion constraint rejects this insert if any card is still held: the pass then retries.
  await manager.query(
    `INSERT INTO card_holdings (allocation_id, card_id, during)
     SELECT a, c, tstzrange($3::timestamptz, NULL, '[)') FROM unnest($1::uuid[], $2::uuid[]) AS t(a, c)`,
    [allocationIds, cardIds, now],
  );
  return [...startedIds];
}

async function applyPreemptions(manager: EntityManager, plan: PassPlan): Promise<string[]> {
  if (plan.preemptions.length === 0) return [];
  const rows = await returningRows<{ id: string }>(
    manager,
    `UPDATE allocation_requests r SET preempt_at = to_timestamp(p.at), preempted_for_id = p.for_id
     FROM unnest($1::uuid[], $2::float8[], $3::uuid[]) AS p(id, at, for_id)
     WHERE r.id = p.id AND r.state = 'RUNNING' AND r.preemptible AND r.preempt_at IS NULL
     RETURNING r.id`,
    [plan.preemptions.map((p) => p.requestId), plan.preemptions.map((p) => p.preemptAtS), plan.preemptions.map((p) => p.forRequestId)],
  );
  return rows.map((r) => r.id);
}

/** Writes position, estimate and reason of the waiting requests whose shown values changed. */
async function applyWaiting(manager: EntityManager, changed: PassPlan['changed']): Promise<void> {
  if (changed.length === 0) return;
  await manager.query(
    `UPDATE allocation_requests r
     SET queue_position = w.pos, estimated_start_at = CASE WHEN w.est IS NULL THEN NULL ELSE to_timestamp(w.est) END, wait_reason = w.reason
     FROM unnest($1::uuid[], $2::int[], $3::float8[], $4::jsonb[]) AS w(id, pos, est, reason)
     WHERE r.id = w.id AND r.state = 'QUEUED'`,
    [changed.map((w) => w.requestId), changed.map((w) => w.position), changed.map((w) => w.estimatedStartS), changed.map((w) => JSON.stringify(w.reason))],
  );
}

/**
 * One scheduling pass of one cluster, in the caller's transaction: settle what is due, ask the
 * `suanli` policy for a plan on the current state, write all of its decisions. Either the whole
 * plan lands or (on any error, including a holding conflict) none of it does.
 */
export async function runSchedulingPass(
  manager: EntityManager,
  clusterId: string,
  now: Date,
  planner: Planner = inlinePlanner,
  policy?: PassPlanRequest['config'],
): Promise<PassOutcome> {
  const t0 = performance.now();
  await lockCluster(manager, clusterId);
  const ended = await settleDue(manager, clusterId, now);
  const t1 = performance.now();
  const [nodes, running, pendingJson, orgs, history] = [
    await loadNodes(manager, clusterId),
    await loadRunning(manager, clusterId),
    await loadPendingJson(manager, clusterId, now),
    await loadOrgs(manager, clusterId, now),
    await loadRunHistory(manager, clusterId),
  ];
  const t2 = performance.now();
  const plan = await planner({ nowS: now.getTime() / 1000, nodes, running, pendingJson, orgs, history, ...(policy ? { config: policy } : {}) });
  const t3 = performance.now();
  const notices = await applyNotices(manager, plan, now);
  const started = await applyStarts(manager, plan, now);
  const preempted = await applyPreemptions(manager, plan);
  await applyWaiting(manager, plan.changed);
  const ownerOf = new Map<string, string>([
    ...ended.map((e) => [e.id, e.organisation_id] as const),
    ...Object.entries(plan.owners),
    ...running.map((r) => [r.requestId, r.orgId] as const),
  ]);
  const timings = { settleMs: t1 - t0, loadMs: t2 - t1, planMs: t3 - t2, writeMs: performance.now() - t3 };
  const endedNow = [...ended.map(({ id, state }) => ({ id, state })), ...notices.preempted.map((id) => ({ id, state: 'PREEMPTED' as const }))];
  return { clusterId, started, ended: endedNow, preempted, withdrawn: notices.withdrawn, explained: plan.explained, ownerOf, waiting: plan.waiting, timings };
}
