import type { Job } from '../model/job.js';
import type { NodeSpec, PolicyName } from '../model/types.js';
import { ClusterState, type Allocation } from '../placement/cluster-state.js';
import type { PassContext } from '../policies/pass.js';
import { PendingQueue } from '../policies/pending-queue.js';
import { POLICIES } from '../policies/registry.js';
import { replannedEndS } from '../prediction/runtime-predictor.js';
import { EventHeap } from '../simulator/event-heap.js';

/**
 * Estimated starts by replaying the policy's own passes forward on a copy of the cluster, with
 * the expected arrivals (sorted by submit time; see replayedArrivals): running work ends at its predicted end (its plan when there is none) and each
 * request that starts runs for its predicted run time. Unlike booking every waiting request at
 * its earliest fit (estimateStarts, a conservative-backfill plan), this keeps what the real
 * decisions do: they plan with time limits, so a request backfills only where its limit fits
 * before the few reservations, and small requests pass over blocked gangs.
 * Stops once every target has started, after `maxPasses` passes, or before the passes' queue
 * lengths would sum past `budget` (a long queue gets fewer passes); targets still waiting then
 * are missing from the result (the caller falls back to the booked plan). The live state and
 * queue are never touched.
 */
export function forwardEstimates(
  ctx: PassContext,
  policy: PolicyName,
  waiting: readonly Job[],
  targets: ReadonlySet<Job>,
  predictedEndOf: (alloc: Allocation) => number | null,
  limits: { maxPasses: number; budget: number },
  arrivals: readonly Job[] = [],
): { starts: Map<Job, number>; horizonS: number } {
  const starts = new Map<Job, number>();
  const state = copyCluster(ctx.state);
  const ends = new EventHeap();
  for (const a of ctx.state.allocations.values()) {
    // The copy plans with what the decisions plan with (the limit, or the replanned end) ...
    state.adoptRunning(
      { requestId: a.requestId, orgId: a.orgId, cardType: a.cardType, rank: a.rank, preemptible: a.preemptible, startS: a.startS, endS: a.plannedEndS, limitEndS: a.limitEndS, preemptAtS: a.preemptAtS },
      ctx.state.cardIdsOf(a),
    );
    // ... and the work ends when it is expected to.
    const p = predictedEndOf(a);
    const expected = p == null || !(p < a.plannedEndS) ? a.plannedEndS : p > ctx.now ? p : replannedEndS(a.startS, a.limitEndS, ctx.now);
    ends.push(Math.max(ctx.now, Math.min(expected, a.endS)), a.requestId);
  }
  const queue = new PendingQueue(waiting);
  let left = targets.size;
  let now = ctx.now;
  let next = 0;
  while (next < arrivals.length && arrivals[next]!.submitS <= ctx.now) next++;
  let visited = 0;
  for (let passes = 0; left > 0 && passes < limits.maxPasses && (ends.size > 0 || next < arrivals.length); passes++) {
    // A pass costs about its queue's length: the budget bounds the replay's work on a long queue.
    visited += queue.size;
    if (visited > limits.budget) break;
    now = Math.min(ends.peekTime(), next < arrivals.length ? arrivals[next]!.submitS : Number.POSITIVE_INFINITY);
    while (ends.size > 0 && ends.peekTime() === now) state.release(ends.pop().id);
    while (next < arrivals.length && arrivals[next]!.submitS === now) queue.add(arrivals[next++]!);
    const outcome = POLICIES[policy]({ now, state, queue, config: ctx.config, orgs: ctx.orgs }, false);
    for (const { job, alloc } of outcome.started) {
      starts.set(job, now);
      if (targets.has(job)) left--;
      ends.push(Math.min(now + job.predictedS, alloc.endS), job.id);
    }
    // Work given notice ends at the notice; its rerun is not modelled.
    for (const p of outcome.preemptions) ends.push(p.preemptAtS, p.requestId);
    queue.maintain();
  }
  return { starts, horizonS: now };
}

/** An empty cluster with the same nodes, domains and cards (healthy or not) as `state`. */
function copyCluster(state: ClusterState): ClusterState {
  const nodes = new Map<string, NodeSpec>();
  for (const d of state.domains) {
    let node = nodes.get(d.nodeId);
    if (!node) nodes.set(d.nodeId, (node = { id: d.nodeId, cardType: d.cardType, domainSize: d.size, cards: [] }));
    const domainId = d.key.slice(d.key.indexOf('\u0000') + 1);
    d.cardIds.forEach((id, i) => node!.cards.push({ id, domainId, healthy: d.healthy[i]! }));
  }
  return new ClusterState([...nodes.values()]);
}
