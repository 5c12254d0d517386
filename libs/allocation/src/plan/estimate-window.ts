/**
 * How far real starts fall from the estimate shown, in units of the estimated wait (at least ten
 * minutes): measured with the simulator at every sampled request's submission over the matrix
 * under the time-limit model (docs/benchmarks/allocation.md, "Issue 15"). Real starts run later
 * more often than earlier: the plan books the queue as it stands, and requests of lighter users
 * keep arriving ahead.
 */
export const ESTIMATE_SPREAD = Object.freeze({ earlier: 0.5, later: 1, mostBy: 3 });

/**
 * What a founder is told besides the estimate: a likely range (half the estimated wait before
 * it to the whole wait after it; about half of the requests started inside it in the
 * simulator: 0.45-0.84 by workload) and a time by which most start (three waits after the
 * estimate; about 8 in 10: 0.80 on the centre-like and 0.85 on the Philly week). Never before now.
 */
export function estimateWindow(nowS: number, estimatedStartS: number): { earliestS: number; latestS: number; mostByS: number } {
  const scale = Math.max(estimatedStartS - nowS, 600);
  return {
    earliestS: Math.max(nowS, estimatedStartS - ESTIMATE_SPREAD.earlier * scale),
    latestS: estimatedStartS + ESTIMATE_SPREAD.later * scale,
    mostByS: estimatedStartS + ESTIMATE_SPREAD.mostBy * scale,
  };
}
