import type { TraceJob } from '@suanli/allocation';
import { mulberry32 } from './prng.js';

export interface WorkloadSpec {
  seed: number;
  jobs: number;
  totalCards: number;
  /** Offered load: requested card-seconds per second of the arrival window, over total cards. */
  load: number;
  orgs: number;
  /** Zipf exponent of jobs per organisation: higher = one head firm floods more. */
  orgSkew: number;
  /** [cards, weight] pairs of the gang-size mix. */
  sizes: readonly (readonly [number, number])[];
  /** Median duration (s) and log-normal sigma. */
  medianDurationS: number;
  durationSigma: number;
  /** Probability that the head organisation submits a burst of 1-card jobs at once. */
  floodProbability: number;
  /** Jobs per flood burst. */
  floodSize: number;
}

function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x <= 0) return item;
  }
  return items[items.length - 1]![0];
}

function logNormal(rand: () => number, median: number, sigma: number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return median * Math.exp(sigma * z);
}

/**
 * A seeded synthetic trace: Poisson arrivals at the requested offered load, Zipf-skewed
 * organisations (org0 is the head firm that sometimes floods), a gang-size mix and
 * log-normal durations. Same spec, same trace.
 */
export function generateWorkload(spec: WorkloadSpec): TraceJob[] {
  const rand = mulberry32(spec.seed);
  const orgWeights = Array.from({ length: spec.orgs }, (_, i) => [`org${i}`, 1 / Math.pow(i + 1, spec.orgSkew)] as const);
  const meanCards = spec.sizes.reduce((s, [c, w]) => s + c * w, 0) / spec.sizes.reduce((s, [, w]) => s + w, 0);
  const meanDuration = spec.medianDurationS * Math.exp((spec.durationSigma * spec.durationSigma) / 2);
  const arrivalsPerS = (spec.load * spec.totalCards) / (meanCards * meanDuration);
  const jobs: TraceJob[] = [];
  let t = 0;
  while (jobs.length < spec.jobs) {
    t += -Math.log(Math.max(rand(), 1e-12)) / arrivalsPerS;
    const submitS = Math.round(t);
    if (rand() < spec.floodProbability) {
      for (let k = 0; k < spec.floodSize && jobs.length < spec.jobs; k++) jobs.push(job(jobs.length, 'org0', submitS, 1));
      continue;
    }
    jobs.push(job(jobs.length, pickWeighted(rand, orgWeights), submitS, pickWeighted(rand, spec.sizes)));
  }
  return jobs;

  function job(n: number, org: string, submitS: number, cards: number): TraceJob {
    const durationS = Math.max(1, Math.round(logNormal(rand, spec.medianDurationS, spec.durationSigma)));
    return { id: `g${n}`, org, submitS, durationS, cards, priority: 'STANDARD', preemptible: false, line: n + 2 };
  }
}

export function toCsv(jobs: readonly TraceJob[]): string {
  return ['job_id,org,submit_s,duration_s,cards', ...jobs.map((j) => `${j.id},${j.org},${j.submitS},${j.durationS},${j.cards}`)].join('\n') + '\n';
}

/** Named workloads used in docs/benchmarks/allocation.md and the policy checks. */
export const WORKLOADS: Record<string, Omit<WorkloadSpec, 'seed'>> = {
  // Overloaded, philly-like: mostly 1-card jobs, a few big gangs, one flooding head firm.
  'overload-flood': { jobs: 12_000, totalCards: 384, load: 1.15, orgs: 12, orgSkew: 1.3, sizes: [[1, 85], [2, 4], [4, 5], [8, 5], [16, 1]], medianDurationS: 2400, durationSigma: 1.8, floodProbability: 0.01, floodSize: 150 },
  // Busy but below saturation, gang-heavy, many organisations of similar size.
  'gang-heavy': { jobs: 6_000, totalCards: 512, load: 0.9, orgs: 30, orgSkew: 0.6, sizes: [[1, 40], [2, 10], [4, 15], [8, 20], [16, 10], [32, 4], [64, 1]], medianDurationS: 3600, durationSigma: 1.2, floodProbability: 0, floodSize: 0 },
  // Heavily overloaded with short jobs from few organisations.
  'short-overload': { jobs: 15_000, totalCards: 256, load: 1.4, orgs: 6, orgSkew: 1.0, sizes: [[1, 70], [2, 10], [4, 10], [8, 10]], medianDurationS: 900, durationSigma: 1.0, floodProbability: 0.005, floodSize: 300 },
};
