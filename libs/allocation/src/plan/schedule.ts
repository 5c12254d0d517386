import { resolveConfig } from '../model/config.js';
import { toJob, type Job } from '../model/job.js';
import type { PolicyName, ScheduleInput, SchedulePlan, WaitingRequest } from '../model/types.js';
import { recentAverageCards } from '../fairshare/decay.js';
import { ClusterState } from '../placement/cluster-state.js';
import type { OrgStanding, PassContext, PassOutcome } from '../policies/pass.js';
import { PendingQueue } from '../policies/pending-queue.js';
import { POLICIES } from '../policies/registry.js';
import { estimatesShown, type EstimateModel } from './predicted-estimates.js';
import { replayedArrivals } from './replayed-arrivals.js';
import { replannedEndS } from '../prediction/runtime-predictor.js';
import type { RunningAllocation } from '../model/types.js';
import { settleNotices, type NoticeDecisions } from './notices.js';
import { WaitExplainer } from './reasons.js';

/**
 * One scheduling pass over the whole current state: what starts now and on which cards, who
 * gets preemption notice, and for every waiting request its position, estimated start and
 * reason. Pure: the same input always gives the same plan.
 */
export function schedule(input: ScheduleInput, policy: PolicyName = 'suanli'): SchedulePlan {
  const { ctx, outcome, order, underNotice, notices } = runPass(input, policy);
  const { config, state } = ctx;
  const predictedEnds = new Map<string, number>();
  for (const r of input.running) if (r.predictedEndS != null && Number.isFinite(r.predictedEndS)) predictedEnds.set(r.requestId, r.predictedEndS);
  // What this pass starts is expected to run for its prediction too.
  for (const { job } of outcome.started) if (job.predictedS < job.limitS) predictedEnds.set(job.id, ctx.now + job.predictedS);
  const predictedEndOf = (a: { requestId: string }) => predictedEnds.get(a.requestId) ?? null;
  const estimates = config.estimateStarts ? estimatesShown(ctx, order, outcome.book, predictedEndOf, estimateModel(input, ctx, policy, order)) : new Map<Job, number | null>();
  const explainer = new WaitExplainer(ctx, policy, outcome.book, order, outcome.preemptions, estimates, underNotice);
  const positions = new Map<string, number>();
  const waiting: WaitingRequest[] = order.map((job) => {
    const position = (positions.get(job.cardType) ?? 0) + 1;
    positions.set(job.cardType, position);
    return {
      requestId: job.id,
      position,
      estimatedStartS: config.estimateStarts ? (estimates.get(job) ?? null) : null,
      reason: explainer.reasonFor(job, position - 1),
    };
  });
  return {
    starts: outcome.started.map(({ job, alloc }) => ({ requestId: job.id, cardIds: state.cardIdsOf(alloc) })),
    preemptions: outcome.preemptions,
    withdrawnNotices: notices.withdrawn,
    preemptedNow: notices.preemptedNow,
    waiting,
  };
}

/**
 * The decisions of a pass: the state built from the input, the policy's outcome and every
 * waiting job in the order the estimates book them (the policy's order, then the rest in
 * submit order). Exported for the tests that compare the estimates with a reference, and
 * that run the pass without its order (`wantOrder` false, as the simulator and the estimates'
 * replay do) to check it decides the same.
 */
export function runPass(
  input: ScheduleInput,
  policy: PolicyName,
  wantOrder = true,
): { ctx: PassContext; outcome: PassOutcome; order: Job[]; underNotice: Map<string, number>; notices: NoticeDecisions } {
  const config = resolveConfig(input.config);
  const now = input.nowS;
  const state = new ClusterState(input.nodes);
  for (const r of input.running) {
    state.adoptRunning(
      {
        requestId: r.requestId,
        orgId: r.orgId,
        cardType: r.cardType,
        rank: config.classRank[r.priority] ?? 0,
        preemptible: r.preemptible,
        startS: r.startS,
        // Overdue work still holds its cards; it is expected to end now. A prediction is booked
        // while it lies ahead; once it has passed, the work is replanned (twice its run so far).
        endS: config.predictionsInPlan ? plannedEndOf(r, now) : Math.max(r.endS, now),
        limitEndS: Math.max(r.endS, now),
        preemptAtS: r.preemptAtS != null ? Math.max(r.preemptAtS, now) : null,
      },
      r.cardIds,
    );
  }
  const notices = settleNotices(state, input.running, input.pending, now, config);
  // The notices that stand after settling, so their preemptors' waits are explained by them.
  const underNotice = new Map<string, number>();
  for (const r of input.running) {
    const alloc = state.allocations.get(r.requestId);
    if (alloc?.preemptAtS != null && r.preemptedForRequestId) {
      underNotice.set(r.preemptedForRequestId, Math.min(alloc.preemptAtS, underNotice.get(r.preemptedForRequestId) ?? Number.POSITIVE_INFINITY));
    }
  }
  const seen = new Set<string>();
  const jobs: Job[] = [];
  input.pending.forEach((req, i) => {
    if (seen.has(req.id) || state.allocations.has(req.id)) return;
    seen.add(req.id);
    jobs.push(toJob(req, i, config));
  });
  const orgs = new Map<string, OrgStanding>();
  for (const o of input.orgs) {
    orgs.set(o.id, { weight: o.weight, quotaCards: o.quotaCards ?? null, recentCards: recentAverageCards(o.usageCardSeconds, config.usageHalfLifeS) });
  }
  const queue = new PendingQueue(jobs);
  const ctx: PassContext = { now, state, queue, config, orgs };
  const outcome = POLICIES[policy](ctx, wantOrder);

  const started = new Set(outcome.started.map((s) => s.job));
  const order = [...outcome.order];
  const listed = new Set(order);
  for (const job of queue.inSubmitOrder()) if (!listed.has(job) && !started.has(job)) order.push(job);

  return { ctx, outcome, order, underNotice, notices };
}

/** suanli's estimate model (PolicyConfig.estimateForwardPasses, estimateArrivalWindowS); the baselines show the booked plan. */
function estimateModel(input: ScheduleInput, ctx: PassContext, policy: PolicyName, order: readonly Job[]): EstimateModel {
  const { config } = ctx;
  if (policy !== 'suanli' || !(config.estimateForwardPasses > 0)) return {};
  const recent = config.estimateArrivalWindowS > 0 ? (input.recentRequests ?? []).map((r, i) => toJob(r, i, config)) : [];
  return { forward: { policy, targets: new Set(order), maxPasses: config.estimateForwardPasses, budget: config.estimateForwardBudget, arrivals: replayedArrivals(recent, ctx.now, config, config.estimateArrivalWindowS) } };
}

function plannedEndOf(r: RunningAllocation, now: number): number {
  const limitEnd = Math.max(r.endS, now);
  const predicted = r.predictedEndS;
  if (predicted == null || !Number.isFinite(predicted) || predicted >= limitEnd) return limitEnd;
  return predicted > now ? predicted : replannedEndS(r.startS, limitEnd, now);
}
