import { RuntimePredictor, type ScheduleInput } from '@suanli/allocation';
import type { FinishedRun } from './scheduling-snapshot.js';

/**
 * Predicted run times from each organisation's history (RuntimePredictor: the mean of its last two
 * similar runs, never above the limit) for the waiting requests and the running allocations. With
 * PolicyConfig.predictionsInPlan off (the default) decisions still plan with the limits: only the
 * estimates shown book the predictions (estimatesShown), so an organisation whose work ends early
 * sees its honest, earlier start. The scheduling pass and the what-if snapshot both go through
 * here, so a preview estimates exactly as the queue will once the request is sent.
 */
export function withPredictions<T extends Pick<ScheduleInput, 'pending' | 'running'>>(input: T, predictor: RuntimePredictor): T {
  const pending = input.pending.map((p) => ({ ...p, predictedDurationS: predictor.predict({ orgId: p.orgId, cards: p.cards, limitS: p.durationS }) }));
  const running = input.running.map((r) => {
    // ends_at = started_at + duration_s, so the limit is the difference (rounded off the milliseconds).
    const limitS = Math.round(r.endS - r.startS);
    const predicted = predictor.predict({ orgId: r.orgId, cards: r.cardIds.length, limitS });
    return predicted != null && predicted < limitS ? { ...r, predictedEndS: r.startS + predicted } : r;
  });
  // The spreads keep every field the caller's rows carry (the pass's `shown`), so T still holds.
  return { ...input, pending, running } as T;
}

/**
 * A predictor that has seen the runs, oldest first (the order loadRunHistory returns). An
 * organisation without history for a size is predicted its limit times the median run/limit of
 * everyone's latest runs, as the simulator measures the estimates (populationFallback).
 */
export function predictorOf(history: readonly FinishedRun[]): RuntimePredictor {
  const predictor = new RuntimePredictor({ populationFallback: true });
  for (const run of history) predictor.record(run, run.runS);
  return predictor;
}
