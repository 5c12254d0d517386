/**
 * How far real starts fall from the plan's estimate, as fractions of the wait (at least ten
 * minutes of it): measured with the simulator at every request's submission over the robustness
 * matrix under the time-limit model (docs/benchmarks/allocation.md, "Start estimates"). Real
 * starts run later more often than earlier: the plan books the queue as it stands, and requests
 * of lighter users keep arriving ahead.
 */
export const ESTIMATE_SPREAD = Object.freeze({ earlier: 0.5, later: 1 });

/**
 * The range a founder is told ("most likely between 13:20 and 16:40"): the estimate less half
 * the wait, to the estimate plus the wait, never before now. About 9 in 10 requests started
 * inside it in the simulator.
 */
export function estimateWindow(nowS: number, estimatedStartS: number): { earliestS: number; latestS: number } {
  const scale = Math.max(estimatedStartS - nowS, 600);
  return {
    earliestS: Math.max(nowS, estimatedStartS - ESTIMATE_SPREAD.earlier * scale),
    latestS: estimatedStartS + ESTIMATE_SPREAD.later * scale,
  };
}
