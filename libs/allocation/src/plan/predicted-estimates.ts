import type { Job } from '../model/job.js';
import type { Allocation } from '../placement/cluster-state.js';
import { ReservationBook } from '../placement/reservations.js';
import type { PassContext } from '../policies/pass.js';
import { replannedEndS } from '../prediction/runtime-predictor.js';
import { estimateStarts } from './estimates.js';

/**
 * The estimates shown: the policy's order booked at earliest fits, with predicted run times
 * where there are any. Decisions plan with time limits (PolicyConfig.predictionsInPlan off), so
 * here running work is moved to its predicted end for the length of the estimate (a passed
 * prediction is replanned: twice the run so far) and waiting requests book their predicted
 * run time, in the same order, from scratch (the pass's reservations were made with limits).
 * `predictedEndOf` gives a running allocation's predicted end, or null for none.
 */
export function estimatesShown(
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
