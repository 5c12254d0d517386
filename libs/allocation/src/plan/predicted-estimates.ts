import type { Job } from '../model/job.js';
import type { Allocation } from '../placement/cluster-state.js';
import { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';
import { replannedEndS } from '../prediction/runtime-predictor.js';
import type { PolicyName } from '../model/types.js';
import { estimateStarts } from './estimates.js';
import { forwardEstimates } from './forward-estimates.js';

/** How the estimates shown go beyond the booked plan (suanli only; see estimatesShown). */
export interface EstimateModel {
  /**
   * Replay the policy's passes forward (forwardEstimates) for these requests, up to maxPasses
   * and budget,
   * with these arrivals (sorted by submit time, see replayedArrivals).
   */
  forward?: { policy: PolicyName; targets: ReadonlySet<Job>; maxPasses: number; budget: number; arrivals: readonly Job[] } | null;
}

/**
 * The estimates shown: the booked plan (bookedEstimates), replaced by the policy replayed
 * forward where that finished in its horizon (a request still waiting at the horizon starts no
 * earlier than it).
 */
export function estimatesShown(
  ctx: PassContext,
  order: readonly Job[],
  book: ReservationBook,
  predictedEndOf: (alloc: Allocation) => number | null,
  model: EstimateModel = {},
): Map<Job, number | null> {
  const booked = bookedEstimates(ctx, order, book, predictedEndOf);
  const f = model.forward;
  if (!f) return booked;
  const forward = forwardEstimates(ctx, f.policy, order, f.targets, predictedEndOf, f, f.arrivals);
  const shown = new Map<Job, number | null>();
  for (const [job, b] of booked) {
    shown.set(job, b == null || !f.targets.has(job) ? b : (forward.starts.get(job) ?? Math.max(b, forward.horizonS)));
  }
  return shown;
}

/**
 * The booked plan: the policy's order booked at earliest fits, with predicted run times
 * where there are any. Decisions plan with time limits (PolicyConfig.predictionsInPlan off), so
 * here running work is moved to its predicted end for the length of the estimate (a passed
 * prediction is replanned: twice the run so far) and waiting requests book their predicted
 * run time, in the same order, from scratch (the pass's reservations were made with limits).
 * `predictedEndOf` gives a running allocation's predicted end, or null for none.
 */
export function bookedEstimates(
  ctx: PassContext,
  order: readonly Job[],
  book: ReservationBook,
  predictedEndOf: (alloc: Allocation) => number | null,
): Map<Job, number | null> {
  if (ctx.config.predictionsInPlan) return estimateStarts(ctx, order, book);
  const { state, now } = ctx;
  const moved: [Allocation, number][] = [];
  for (const alloc of state.allocations.values()) {
    const p = predictedEndOf(alloc);
    if (p == null || !(p < alloc.plannedEndS)) continue;
    moved.push([alloc, alloc.plannedEndS]);
    state.replan(alloc, p > now ? p : replannedEndS(alloc.startS, alloc.limitEndS, now));
  }
  const predicted = order.map((j) => (j.predictedS < j.durationS ? { ...j, durationS: j.predictedS } : j));
  if (moved.length === 0 && predicted.every((j, i) => j === order[i])) return estimateStarts(ctx, order, book);
  try {
    const shown = estimateStarts(ctx, predicted, new ReservationBook());
    return new Map(order.map((j, i) => [j, shown.get(predicted[i]!) ?? null]));
  } finally {
    for (const [alloc, planned] of moved) state.replan(alloc, planned);
  }
}
