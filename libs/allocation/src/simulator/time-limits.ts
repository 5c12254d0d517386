import { mulberry32, standardNormal } from './prng.js';
import type { TraceJob } from './trace-csv.js';

/**
 * How far users' time limits overshoot run times. Published batch-system logs (e.g. the
 * Parallel Workloads Archive's SDSC, CTC and KTH logs; Tsafrir, Etsion and Feitelson, "Modeling
 * user runtime estimates", 2005) show the same shape: a spike of jobs that run into their limit
 * (the limit is their run time), most other jobs using a fraction of it, so limit / run time has
 * a median of a few times and a long tail (jobs that ask for a day and run ten minutes).
 */
export interface TimeLimitModel {
  /** Share of jobs whose limit is their run time (they are stopped at it). */
  readonly atLimitShare: number;
  /** The other jobs: factor = 1 + log-normal(median, sigma), at most maxFactor. */
  readonly overshootMedian: number;
  readonly overshootSigma: number;
  readonly maxFactor: number;
}

/** Median factor about 3 over all jobs (15 % at 1, the rest 1 + LN(2.6, 1.1)), tail to 100x. */
export const DEFAULT_TIME_LIMIT_MODEL: TimeLimitModel = Object.freeze({ atLimitShare: 0.15, overshootMedian: 2.6, overshootSigma: 1.1, maxFactor: 100 });

/** One factor (>= 1) for one job. */
export function drawLimitFactor(rand: () => number, model: TimeLimitModel = DEFAULT_TIME_LIMIT_MODEL): number {
  if (rand() < model.atLimitShare) return 1;
  const f = 1 + model.overshootMedian * Math.exp(model.overshootSigma * standardNormal(rand));
  return Math.min(f, model.maxFactor);
}

/**
 * The trace with a time limit on every job that has none: its run time times a seeded factor,
 * rounded up to a whole minute as users type them. Same trace and seed, same limits; jobs that
 * already carry a limit (a `limit_s` column) keep it.
 */
export function withTimeLimits(trace: readonly TraceJob[], seed: number, model: TimeLimitModel = DEFAULT_TIME_LIMIT_MODEL): TraceJob[] {
  const rand = mulberry32(seed);
  return trace.map((j) => {
    const factor = drawLimitFactor(rand, model);
    if (j.limitS != null) return j;
    return { ...j, limitS: Math.max(60, Math.ceil((j.durationS * factor) / 60) * 60) };
  });
}
