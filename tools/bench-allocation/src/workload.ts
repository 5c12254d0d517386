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

/** One kind of organisation in the centre-like family (see centreWorkload). */
interface OrgKind {
  readonly kind: string;
  readonly count: number;
  /** Relative card-hours of the kind's median organisation; each organisation draws Pareto(alpha) around it. */
  readonly activity: number;
  readonly alpha: number;
  /** [cards, weight] of its jobs; gangs are 16-128 cards. */
  readonly sizes: readonly (readonly [number, number])[];
  readonly medianDurationS: number;
  /** Jobs per submission burst (an experiment's runs): 1 + geometric with this mean. */
  readonly burstMean: number;
  /** Share of its jobs that are model-adaptation work (priority ADAPTATION). */
  readonly adaptationShare: number;
}

/**
 * A Chengdu-like centre (the brief): about 200 organisations of six kinds with heavy-tailed
 * sizes. A few large enterprises submit most card-hours (gangs of 16-128 cards and many 8-card
 * runs); many startups and SMEs submit a few 1-8-card jobs, many of them adaptation work.
 */
const CENTRE_KINDS: readonly OrgKind[] = [
  { kind: 'large', count: 4, activity: 60, alpha: 1.5, sizes: [[1, 20], [2, 10], [4, 15], [8, 35], [16, 10], [32, 6], [64, 3], [128, 1]], medianDurationS: 4 * 3600, burstMean: 6, adaptationShare: 0 },
  { kind: 'mid', count: 15, activity: 8, alpha: 1.3, sizes: [[1, 30], [2, 15], [4, 20], [8, 25], [16, 7], [32, 3]], medianDurationS: 3 * 3600, burstMean: 4, adaptationShare: 0.02 },
  { kind: 'institute', count: 20, activity: 5, alpha: 1.2, sizes: [[1, 40], [2, 20], [4, 20], [8, 15], [16, 4], [32, 1]], medianDurationS: 2 * 3600, burstMean: 3, adaptationShare: 0.05 },
  { kind: 'public', count: 6, activity: 3, alpha: 1.5, sizes: [[1, 40], [2, 20], [4, 20], [8, 20]], medianDurationS: 2 * 3600, burstMean: 2, adaptationShare: 0.1 },
  { kind: 'sme', count: 60, activity: 2.5, alpha: 1.1, sizes: [[1, 50], [2, 20], [4, 18], [8, 10], [16, 2]], medianDurationS: 1.5 * 3600, burstMean: 2, adaptationShare: 0.25 },
  { kind: 'startup', count: 90, activity: 1.5, alpha: 1.1, sizes: [[1, 45], [2, 20], [4, 20], [8, 14], [16, 1]], medianDurationS: 1.5 * 3600, burstMean: 2, adaptationShare: 0.4 },
];

export interface CentreSpec {
  seed: number;
  nodes: number;
  /** Offered load over the window: requested card-seconds / (cards x window). */
  load: number;
  days: number;
  /**
   * Submit adaptation jobs (ids `a...`) in the ADAPTATION class, as the API does for projects in
   * adaptation; off = STANDARD like everything else (the default: the baselines have no classes,
   * so a strict lower class would be measured instead of the policy; see ADR 0003).
   */
  adaptationClass?: boolean;
}

const ADAPTATION_SIZES: readonly (readonly [number, number])[] = [[1, 50], [2, 30], [4, 20]];

/**
 * Seeded centre-like trace: organisations `<kind>-<n>`, bursts placed uniformly over the window
 * (Poisson arrivals) until the offered load is reached, log-normal run times (sigma 1.3,
 * clipped to 3 days), durations inside a burst close to each other (the same experiment).
 */
export function centreWorkload(spec: CentreSpec): TraceJob[] {
  const rand = mulberry32(spec.seed * 7919 + 17);
  const orgs: { org: string; kind: OrgKind; weight: number }[] = [];
  for (const kind of CENTRE_KINDS) {
    for (let n = 0; n < kind.count; n++) {
      const pareto = Math.min(50, Math.pow(Math.max(rand(), 1e-9), -1 / kind.alpha));
      orgs.push({ org: `${kind.kind}-${n}`, kind, weight: kind.activity * pareto });
    }
  }
  const windowS = spec.days * 86_400;
  const target = spec.load * spec.nodes * 8 * windowS;
  const bursts: { org: (typeof orgs)[number]; jobs: { cards: number; durationS: number; adaptation: boolean }[] }[] = [];
  let cardSeconds = 0;
  const weighted = orgs.map((o) => [o, o.weight] as const);
  // Every organisation submits at least once; then bursts by weight until the load is reached.
  let first = 0;
  while (cardSeconds < target) {
    const org = first < orgs.length ? orgs[first++]! : pickWeighted(rand, weighted);
    const k = 1 + Math.floor(-Math.log(Math.max(rand(), 1e-12)) * (org.kind.burstMean - 1));
    const cards = pickWeighted(rand, org.kind.sizes);
    const base = Math.min(3 * 86_400, logNormal(rand, org.kind.medianDurationS, 1.3));
    // Adaptation work (porting a model to the centre's cards): 1-4 cards, short debugging runs
    // (median 40 min) resubmitted several times.
    const adaptation = rand() < org.kind.adaptationShare;
    const runCards = adaptation ? pickWeighted(rand, ADAPTATION_SIZES) : cards;
    const runBase = adaptation ? logNormal(rand, 2400, 1) : base;
    const runs = adaptation ? k + 2 : k;
    const jobs = Array.from({ length: runs }, () => ({ cards: runCards, durationS: Math.max(60, Math.round(runBase * Math.exp(0.3 * (2 * rand() - 1)))), adaptation }));
    for (const j of jobs) cardSeconds += j.cards * j.durationS;
    bursts.push({ org, jobs });
  }
  const times = bursts.map(() => Math.floor(rand() * windowS)).sort((a, b) => a - b);
  const out: TraceJob[] = [];
  bursts.forEach((b, i) => {
    for (const j of b.jobs) {
      out.push({ id: `${j.adaptation ? 'a' : 'c'}${out.length}`, org: b.org.org, submitS: times[i]! + (out.length % 7), durationS: j.durationS, cards: j.cards, priority: j.adaptation && spec.adaptationClass ? 'ADAPTATION' : 'STANDARD', preemptible: false, line: out.length + 2 });
    }
  });
  return out.sort((a, b) => a.submitS - b.submitS || a.line - b.line);
}
