/**
 * How far real starts fall from the estimate shown, in units of the estimated wait (at least ten
 * minutes): measured with the simulator at every sampled request's submission over the matrix
 * under the time-limit model (docs/benchmarks/allocation.md, "Start estimates, arrival-aware").
 * Real starts run later more often than earlier: the estimate replays the queue as it stands,
 * and requests of lighter users keep arriving ahead.
 */
export const ESTIMATE_SPREAD = Object.freeze({ earlier: 0.5, later: 1, mostBy: 3 });

/**
 * What a founder is told besides the estimate: a likely range (half the estimated wait before
 * it to the whole wait after it; about six in ten of the requests started inside it in the
 * simulator: 0.52-0.80 by workload, 0.52-0.66 on the centre-like, 0.64 on the Philly week) and a
 * time by which most start (three waits after the estimate; 0.75-0.96 by workload, 0.87-0.91 on
 * the centre-like, 0.86 on the Philly week). Never before now.
 */
export function estimateWindow(nowS: number, estimatedStartS: number): { earliestS: number; latestS: number; mostByS: number } {
  const scale = Math.max(estimatedStartS - nowS, 600);
  return {
    earliestS: Math.max(nowS, estimatedStartS - ESTIMATE_SPREAD.earlier * scale),
    latestS: estimatedStartS + ESTIMATE_SPREAD.later * scale,
    mostByS: estimatedStartS + ESTIMATE_SPREAD.mostBy * scale,
  };
}
