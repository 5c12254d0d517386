import { resolveConfig } from '../model/config.js';
import { toJob, type Job } from '../model/job.js';
import type { NodeSpec, PolicyConfig, PolicyName } from '../model/types.js';
import { computeMetrics, type JobOutcome, type RunMetrics } from '../metrics/run-metrics.js';
import { ClusterState } from '../placement/cluster-state.js';
import { canEverFit } from '../placement/fit.js';
import { PendingQueue } from '../policies/pending-queue.js';
import { POLICIES } from '../policies/registry.js';
import { EventHeap } from './event-heap.js';
import type { TraceJob } from './trace-csv.js';
import { UsageLedger } from './usage-ledger.js';

export interface SimulationOptions {
  nodes: number;
  cardsPerNode: number;
  /** Cards per interconnect domain; default min(8, cardsPerNode). */
  domainSize?: number;
  policy: PolicyName;
  config?: Partial<PolicyConfig>;
  orgWeights?: ReadonlyMap<string, number>;
  orgQuotas?: ReadonlyMap<string, number>;
  /** Millisecond clock for pass timings only (decisions never read it); default performance.now. */
  clock?: () => number;
  /** Called after every pass; tests use it to check invariants on the live state. */
  onPass?: (nowS: number, state: ClusterState) => void;
}

export interface SimulationResult {
  metrics: RunMetrics;
  outcomes: JobOutcome[];
}

const CARD_TYPE = 'trace';

export function clusterOf(nodes: number, cardsPerNode: number, domainSize = Math.min(8, cardsPerNode)): NodeSpec[] {
  return Array.from({ length: nodes }, (_, n) => ({
    id: `n${n}`,
    cardType: CARD_TYPE,
    domainSize,
    cards: Array.from({ length: cardsPerNode }, (_, c) => ({ id: `n${n}c${c}`, domainId: `d${Math.floor(c / domainSize)}`, healthy: true })),
  }));
}

/**
 * Replays a trace through one policy: a pass at every distinct submit or end time, with the
 * same policy code schedule() runs, on a cluster state kept across passes.
 */
export function simulateTrace(trace: readonly TraceJob[], options: SimulationOptions): SimulationResult {
  const clock = options.clock ?? defaultClock();
  const wallStart = clock();
  const config = resolveConfig({ ...options.config, estimateStarts: false });
  const pass = POLICIES[options.policy];
  const state = new ClusterState(clusterOf(options.nodes, options.cardsPerNode, options.domainSize));
  const type = state.type(CARD_TYPE)!;
  const tooBig = trace.filter((t) => !canEverFit(type, t.cards));
  if (tooBig.length) {
    const first = tooBig[0]!;
    throw new Error(
      `${tooBig.length} job(s) can never fit on ${options.nodes} x ${options.cardsPerNode} cards; first: ${first.id} (line ${first.line}) asks for ${first.cards} cards`,
    );
  }
  const arrivals = [...trace].sort((a, b) => a.submitS - b.submitS || a.line - b.line);
  const jobs = arrivals.map((t, i) => toJob({ id: t.id, orgId: t.org, cards: t.cards, cardType: CARD_TYPE, durationS: t.durationS, submitS: t.submitS, priority: t.priority, preemptible: t.preemptible }, i, config));
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const ledger = new UsageLedger(config.usageHalfLifeS, options.orgWeights ?? new Map(), options.orgQuotas ?? new Map());
  const queue = new PendingQueue();
  const ends = new EventHeap();
  const startOf = new Map<string, number>();
  const windowStart = arrivals[0]?.submitS ?? 0;
  const windowEnd = arrivals[arrivals.length - 1]?.submitS ?? 0;
  const passMs: number[] = [];
  let busy = 0;
  let lastEnd = windowStart;
  let placements = 0;
  let preemptions = 0;
  let next = 0;

  while (next < jobs.length || ends.size > 0) {
    const now = Math.min(next < jobs.length ? jobs[next]!.submitS : Number.POSITIVE_INFINITY, ends.peekTime());
    while (ends.size > 0 && ends.peekTime() === now) {
      const { id } = ends.pop();
      const alloc = state.allocations.get(id);
      if (!alloc || alloc.endS !== now) continue; // superseded by a preemption notice
      busy += alloc.heldCards * overlap(alloc.startS, now, windowStart, windowEnd);
      lastEnd = Math.max(lastEnd, now);
      state.release(id);
      ledger.settle(alloc.orgId, now, state.held(alloc.orgId));
      if (now < alloc.limitEndS) requeuePreempted(byId.get(id)!, alloc.limitEndS - alloc.startS);
    }
    while (next < jobs.length && jobs[next]!.submitS === now) queue.add(jobs[next++]!);

    const t0 = clock();
    const outcome = pass({ now, state, queue, config, orgs: ledger.view(now) }, false);
    passMs.push(clock() - t0);

    for (const { job, alloc } of outcome.started) {
      placements++;
      startOf.set(job.id, now);
      ends.push(alloc.endS, job.id);
      ledger.settle(job.orgId, now, state.held(job.orgId));
    }
    for (const p of outcome.preemptions) {
      preemptions++;
      ends.push(p.preemptAtS, p.requestId);
    }
    queue.maintain();
    options.onPass?.(now, state);
  }

  function requeuePreempted(job: Job, _ran: number): void {
    // Preempted work goes back to the queue with its original submit time; its wait is
    // measured to its final start (the trace durations are run times, so it reruns in full).
    startOf.delete(job.id);
    queue.add({ ...job, earliestStartS: Number.NEGATIVE_INFINITY });
  }

  const outcomes: JobOutcome[] = arrivals.map((t) => ({
    id: t.id,
    org: t.org,
    submitS: t.submitS,
    durationS: t.durationS,
    cards: t.cards,
    startS: startOf.get(t.id)!,
  }));
  const metrics = computeMetrics({
    outcomes,
    totalCards: type.healthyCards,
    busyCardSecondsInWindow: busy,
    lastEndS: lastEnd,
    passMs,
    placements,
    preemptions,
    wallMs: clock() - wallStart,
  });
  return { metrics, outcomes };
}

function overlap(start: number, end: number, from: number, to: number): number {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : () => 0;
}
