import type { PassContext, PassOutcome } from '../pass.js';
import { PassRun } from '../pass.js';

/**
 * Baseline `fifo`: strict submit order; the first request that does not fit blocks everyone
 * behind it. Requests that can never fit, are not yet allowed to start or are over quota are
 * passed over (they would otherwise block the queue forever).
 */
export function fifoPass(ctx: PassContext, wantOrder: boolean): PassOutcome {
  const run = new PassRun(ctx);
  let blocked = false;
  for (const job of ctx.queue.inSubmitOrder()) {
    if (!blocked && !run.notYetAllowed(job) && !run.quotaBlocks(job) && run.everFits(job)) {
      if (run.tryStart(job)) continue;
      blocked = true;
    }
    if (!wantOrder && blocked) break;
    run.order.push(job);
  }
  return run.outcome();
}
