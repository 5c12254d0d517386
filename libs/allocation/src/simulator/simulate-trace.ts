import { resolveConfig } from '../model/config.js';
import { plannedDuration, toJob, type Job } from '../model/job.js';
import type { NodeSpec, PolicyConfig, PolicyName } from '../model/types.js';
import { computeMetrics, type JobOutcome, type RunMetrics } from '../metrics/run-metrics.js';
import { ClusterState, type Allocation } from '../placement/cluster-state.js';
import { canEverFit } from '../placement/fit.js';
import { PendingQueue } from '../policies/pending-queue.js';
import { POLICIES } from '../policies/registry.js';
import { EventHeap } from './event-heap.js';
import type { TraceJob } from './trace-csv.js';
import { UsageLedger } from './usage-ledger.js';
import { estimatesShown, type EstimateModel } from '../plan/predicted-estimates.js';
import { replayedArrivals } from '../plan/replayed-arrivals.js';
import { SubmissionWindow } from './submission-window.js';
import { estimateWindow } from '../plan/estimate-window.js';
import type { PassContext, PassOutcome } from '../policies/pass.js';
import { replannedEndS, RuntimePredictor } from '../prediction/runtime-predictor.js';

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
  /**
   * Called after every pass; tests use it to check invariants on the live state, diagnostics
   * (tools/bench-allocation idle-causes) to see the pass's reservations.
   */
  onPass?: (nowS: number, state: ClusterState, outcome: PassOutcome) => void;
  /**
   * Plan with run times predicted from each organisation's history (RuntimePredictor) instead
   * of the time limits. Default: on for suanli, off for the baselines (EASY as Slurm runs it
   * plans with the limits users typed). Jobs always end at their real run time either way.
   */
  predictRuntimes?: boolean;
  /** RuntimePredictor's population fallback for organisations without history (default on with predictions). */
  populationFallback?: boolean;
  /**
   * How many requests (every k-th submitted) have their start estimate recorded at submission,
   * as schedule() would show it, to compare with their real start (RunMetrics.startEstimates).
   * 0 = off. Default 400.
   */
  estimateSamples?: number;
  /**
   * Diagnostics (tools/bench-allocation/src/estimate-errors.ts): with every recorded estimate,
   * also record it recomputed with hindsight, step by step (SimulationResult.estimateHindsight).
   */
  estimateHindsight?: boolean;
  /**
   * Predict run times again from the history at each recorded estimate, as the API does on every
   * pass (default true); false keeps each job's prediction from its submission (running work:
   * from its start), as measured before 2026-12-02.
   */
  repredictAtEstimates?: boolean;
}

/**
 * One sampled estimate recomputed with what the simulator knows will happen, each step adding to
 * the one before: running work without a prediction at its real end, then all running work at
 * its real end, then waiting requests without a prediction at their real run time, then all.
 */
export interface EstimateHindsight {
  runningUnpredicted: number | null;
  running: number | null;
  waitingUnpredicted: number | null;
  waiting: number | null;
  /** Requests waiting behind this one in the order at its submission. */
  behind: ReadonlySet<string>;
}

export interface SimulationResult {
  metrics: RunMetrics;
  outcomes: JobOutcome[];
  /** The start estimate recorded at submission for each sampled request that did not start at once. */
  estimatedStarts: ReadonlyMap<string, number>;
  /** Only with SimulationOptions.estimateHindsight. */
  estimateHindsight?: ReadonlyMap<string, EstimateHindsight>;
}

const CARD_TYPE = 'trace';
/** An estimate's error is judged against the real wait, but at least ten minutes of it. */
const ESTIMATE_ERROR_FLOOR_S = 600;

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
  const predictor = (options.predictRuntimes ?? options.policy === 'suanli') ? new RuntimePredictor({ populationFallback: options.populationFallback ?? true }) : null;
  const limitOf = (t: TraceJob) => Math.max(t.limitS ?? t.durationS, t.durationS);
  // Jobs are made at their arrival, so a prediction only knows the history before it.
  const makeJob = (t: TraceJob, i: number): Job => {
    const limitS = limitOf(t);
    const predicted = predictor?.predict({ orgId: t.org, cards: t.cards, limitS }) ?? null;
    return toJob({ id: t.id, orgId: t.org, cards: t.cards, cardType: CARD_TYPE, durationS: limitS, predictedDurationS: predicted, submitS: t.submitS, priority: t.priority, preemptible: t.preemptible }, i, config);
  };
  const byId = new Map<string, Job>();
  const runOf = new Map(arrivals.map((t) => [t.id, t.durationS]));
  const ledger = new UsageLedger(config.usageHalfLifeS, options.orgWeights ?? new Map(), options.orgQuotas ?? new Map());
  const queue = new PendingQueue();
  const submissions = new SubmissionWindow();
  const ends = new EventHeap();
  /** Planned (predicted) ends still ahead of the real end: replanned when they pass. */
  const plans = new EventHeap();
  const startOf = new Map<string, number>();
  const runEndOf = new Map<string, number>();
  /** Predicted end of each running job (start + predicted run time), for the estimates shown. */
  const predictedEndOf = new Map<string, number>();
  const sampleEvery = (options.estimateSamples ?? 400) > 0 ? Math.max(1, Math.floor(arrivals.length / (options.estimateSamples ?? 400))) : 0;
  const estimateOf = new Map<string, number>();
  const hindsightOf = new Map<string, EstimateHindsight>();
  const windowStart = arrivals[0]?.submitS ?? 0;
  const windowEnd = arrivals[arrivals.length - 1]?.submitS ?? 0;
  const passMs: number[] = [];
  let busy = 0;
  let lastEnd = windowStart;
  let placements = 0;
  let preemptions = 0;
  let next = 0;

  while (next < arrivals.length || ends.size > 0) {
    const now = Math.min(next < arrivals.length ? arrivals[next]!.submitS : Number.POSITIVE_INFINITY, ends.peekTime());
    while (ends.size > 0 && ends.peekTime() === now) {
      const { id } = ends.pop();
      const alloc = state.allocations.get(id);
      if (!alloc) continue;
      const runEnd = runEndOf.get(id)!;
      const stopped = alloc.preemptAtS != null && alloc.preemptAtS === now && now < runEnd;
      // Stale: a withdrawn notice, or the run end of a start that was preempted since.
      if (now !== runEnd && !stopped) continue;
      busy += alloc.heldCards * overlap(alloc.startS, now, windowStart, windowEnd);
      lastEnd = Math.max(lastEnd, now);
      state.release(id);
      ledger.settle(alloc.orgId, now, state.held(alloc.orgId));
      const job = byId.get(id)!;
      if (stopped) requeuePreempted(job);
      else predictor?.record({ orgId: job.orgId, cards: job.cards, limitS: job.limitS }, now - alloc.startS);
    }
    const sampled: Job[] = [];
    while (next < arrivals.length && arrivals[next]!.submitS === now) {
      const job = makeJob(arrivals[next]!, next);
      byId.set(job.id, job);
      queue.add(job);
      submissions.add(job);
      if (sampleEvery > 0 && next % sampleEvery === 0) sampled.push(job);
      next++;
    }
    // Predictions that ran out while the work still runs: the plan expects it longer now.
    while (plans.size > 0 && plans.peekTime() <= now) {
      const { time, id } = plans.pop();
      const alloc = state.allocations.get(id);
      if (!alloc || alloc.plannedEndS !== time) continue;
      state.replan(alloc, replannedEndS(alloc.startS, alloc.limitEndS, now));
      if (alloc.plannedEndS < alloc.limitEndS) plans.push(alloc.plannedEndS, id);
    }

    const ctx: PassContext = { now, state, queue, config, orgs: ledger.view(now) };
    const t0 = clock();
    // A pass that lists its order decides exactly as one that does not (it only skips less).
    const outcome = pass(ctx, sampled.length > 0);
    passMs.push(clock() - t0);

    for (const { job, alloc } of outcome.started) {
      placements++;
      startOf.set(job.id, now);
      const runEnd = now + Math.min(runOf.get(job.id)!, job.limitS);
      runEndOf.set(job.id, runEnd);
      if (job.predictedS < job.limitS) predictedEndOf.set(job.id, now + job.predictedS);
      else predictedEndOf.delete(job.id);
      ends.push(runEnd, job.id);
      if (alloc.plannedEndS < runEnd) plans.push(alloc.plannedEndS, job.id);
      ledger.settle(job.orgId, now, state.held(job.orgId));
    }
    for (const p of outcome.preemptions) {
      preemptions++;
      ends.push(p.preemptAtS, p.requestId);
    }
    if (sampled.length > 0) recordEstimates(ctx, outcome, sampled);
    queue.maintain();
    options.onPass?.(now, state, outcome);
  }

  /** The estimates schedule() would show for the requests just submitted that did not start. */
  function recordEstimates(ctx: PassContext, outcome: ReturnType<typeof pass>, sampled: readonly Job[]): void {
    const waitingSampled = sampled.filter((j) => !startOf.has(j.id));
    if (waitingSampled.length === 0) return;
    const started = new Set(outcome.started.map((s) => s.job));
    const order = [...outcome.order];
    const listed = new Set(order);
    for (const job of queue.inSubmitOrder()) if (!listed.has(job) && !started.has(job) && !queue.isGone(job)) order.push(job);
    const fresh = options.repredictAtEstimates === false ? null : repredicted(order);
    const shownOrder = fresh ? order.map((j) => fresh.get(j)!) : order;
    const shownTargets = fresh ? waitingSampled.map((j) => fresh.get(j)!) : waitingSampled;
    const endOf = fresh ? (a: Allocation) => repredictedEnd(a) : (a: Allocation) => predictedEndOf.get(a.requestId) ?? null;
    const estimates = estimatesShown(ctx, shownOrder, outcome.book, endOf, estimateModel(ctx, shownTargets));
    waitingSampled.forEach((job, i) => {
      const e = estimates.get(shownTargets[i]!);
      if (e != null) estimateOf.set(job.id, e);
    });
    if (options.estimateHindsight) recordHindsight(ctx, outcome, shownOrder, shownTargets, endOf);
  }

  /**
   * The waiting jobs with their run time predicted again from the history as it is now, as the
   * API does on every pass (withPredictions): a burst's later runs are predicted from its first
   * runs once those have finished. Decisions never read predictions (predictionsInPlan off).
   */
  function repredicted(order: readonly Job[]): Map<Job, Job> {
    const out = new Map<Job, Job>();
    for (const j of order) {
      const predictedS = plannedDuration({ durationS: j.limitS, predictedDurationS: predictor?.predict({ orgId: j.orgId, cards: j.cards, limitS: j.limitS }) ?? null });
      out.set(j, predictedS === j.predictedS ? j : { ...j, predictedS });
    }
    return out;
  }

  /** A running job's end predicted from the history as it is now (start + prediction), or null. */
  function repredictedEnd(a: Allocation): number | null {
    const job = byId.get(a.requestId);
    const p = job ? (predictor?.predict({ orgId: job.orgId, cards: job.cards, limitS: job.limitS }) ?? null) : null;
    return job && p != null && p < job.limitS ? a.startS + p : null;
  }

  /** suanli's estimate model (see PolicyConfig.estimateForwardPasses, estimateArrivalWindowS); the baselines show the booked plan. */
  function estimateModel(ctx: PassContext, targets: readonly Job[]): EstimateModel {
    if (options.policy !== 'suanli' || !(config.estimateForwardPasses > 0)) return {};
    const arrivals = replayedArrivals(submissions.recent(ctx.now), ctx.now, config, config.estimateArrivalWindowS);
    return { forward: { policy: options.policy, targets: new Set(targets), maxPasses: config.estimateForwardPasses, budget: config.estimateForwardBudget, arrivals } };
  }

  function recordHindsight(ctx: PassContext, outcome: ReturnType<typeof pass>, order: Job[], jobs: readonly Job[], predictedRun: (a: Allocation) => number | null): void {
    const realRun = (a: { requestId: string }) => runEndOf.get(a.requestId) ?? null;
    const unpredictedReal = (a: Allocation) => predictedRun(a) ?? realRun(a);
    const realTime = (j: Job, onlyUnpredicted: boolean): Job =>
      onlyUnpredicted && j.predictedS < j.limitS ? j : { ...j, predictedS: Math.min(runOf.get(j.id)!, j.limitS) };
    const at = (ends: (a: Allocation) => number | null, o: Job[]) => {
      const targets = jobs.map((j) => o[order.indexOf(j)]!);
      // Without the replayed arrivals: the residual is then what arrivals and drift did.
      const f = estimateModel(ctx, targets).forward;
      const m = estimatesShown(ctx, o, outcome.book, ends, f ? { forward: { ...f, arrivals: [] } } : {});
      return (j: Job) => m.get(o[order.indexOf(j)]!) ?? null;
    };
    const a1 = at(unpredictedReal, order);
    const a2 = at(realRun, order);
    const b1 = at(realRun, order.map((j) => realTime(j, true)));
    const b2 = at(realRun, order.map((j) => realTime(j, false)));
    for (const j of jobs) {
      const behind = new Set(order.slice(order.indexOf(j) + 1).map((x) => x.id));
      hindsightOf.set(j.id, { runningUnpredicted: a1(j), running: a2(j), waitingUnpredicted: b1(j), waiting: b2(j), behind });
    }
  }

  function requeuePreempted(job: Job): void {
    // Preempted work goes back to the queue with its original submit time; its wait is
    // measured to its final start (it reruns in full).
    startOf.delete(job.id);
    queue.add({ ...job, earliestStartS: Number.NEGATIVE_INFINITY });
  }

  const outcomes: JobOutcome[] = arrivals.map((t) => ({
    id: t.id,
    org: t.org,
    submitS: t.submitS,
    durationS: t.durationS,
    limitS: limitOf(t),
    cards: t.cards,
    startS: startOf.get(t.id)!,
  }));
  const estimateErrors: number[] = [];
  let inWindow = 0;
  let byMost = 0;
  for (const o of outcomes) {
    const e = estimateOf.get(o.id);
    if (e != null) {
      const w = estimateWindow(o.submitS, e);
      if (o.startS >= w.earliestS && o.startS <= w.latestS) inWindow++;
      if (o.startS <= w.mostByS) byMost++;
    }
    // Signed: positive when the request started later than estimated.
    if (e != null) estimateErrors.push((o.startS - e) / Math.max(o.startS - o.submitS, ESTIMATE_ERROR_FLOOR_S));
  }
  const metrics = computeMetrics({
    outcomes,
    totalCards: type.healthyCards,
    busyCardSecondsInWindow: busy,
    lastEndS: lastEnd,
    passMs,
    placements,
    preemptions,
    wallMs: clock() - wallStart,
    estimateErrors,
    estimatesInWindow: inWindow,
    estimatesByMost: byMost,
  });
  return { metrics, outcomes, estimatedStarts: estimateOf, ...(options.estimateHindsight ? { estimateHindsight: hindsightOf } : {}) };
}

function overlap(start: number, end: number, from: number, to: number): number {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : () => 0;
}
