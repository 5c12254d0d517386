import type { PassContext, PassOutcome } from '../pass.js';
import { PassRun } from '../pass.js';

/**
 * Baseline `easy` (EASY backfill as in Slurm's backfill with one reservation): walk in submit
 * order; the first request that does not fit now (the head) gets a reservation at the earliest
 * time it fits; every later request may start now if it fits now without delaying that
 * reservation. Placement is best-fit (see fitNow).
 */
export function easyPass(ctx: PassContext, wantOrder: boolean): PassOutcome {
  const run = new PassRun(ctx);
  let headReserved = false;
  for (const job of ctx.queue.inSubmitOrder()) {
    if (run.notYetAllowed(job) || run.quotaBlocks(job) || !run.everFits(job)) {
      run.order.push(job);
      continue;
    }
    if (run.tryStart(job)) continue;
    if (!headReserved) {
      run.reserve(job);
      headReserved = true;
    } else if (!wantOrder && run.clusterFull()) {
      break;
    }
    run.order.push(job);
  }
  return run.outcome();
}
