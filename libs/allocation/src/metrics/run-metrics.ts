import { jainIndex, mean, percentile } from './percentiles.js';

export interface JobOutcome {
  readonly id: string;
  readonly org: string;
  readonly submitS: number;
  /** Real run time. */
  readonly durationS: number;
  /** Time limit asked for (the run time when the trace has none). */
  readonly limitS?: number;
  readonly cards: number;
  readonly startS: number;
}

export interface RunMetrics {
  jobs: number;
  utilization: number;
  makespanS: number;
  meanWaitS: number;
  p50WaitS: number;
  p95WaitS: number;
  p99WaitS: number;
  maxWaitS: number;
  meanJctS: number;
  smallOrgMeanWaitS: number;
  smallOrgP95WaitS: number;
  jainSlowdown: number;
  preemptions: number;
  passes: number;
  p50PassMs: number;
  p99PassMs: number;
  placementsPerSec: number;
  wallMs: number;
  /** Per organisation (label as in the trace), to check that nobody is hurt much. */
  perOrganisation: Record<string, OrgMetrics>;
  /**
   * |estimated start at submission - real start| / max(real wait, 10 min) over the sampled
   * requests that did not start at once; null when none was sampled.
   */
  startEstimates: { samples: number; medianError: number; p90Error: number; medianSignedError: number; p5SignedError: number; p95SignedError: number; windowCoverage: number; mostByCoverage: number } | null;
}

export interface OrgMetrics {
  jobs: number;
  meanWaitS: number;
  p95WaitS: number;
  meanSlowdown: number;
}

export interface RunRecord {
  outcomes: readonly JobOutcome[];
  totalCards: number;
  /** Busy card-seconds inside [first submit, last submit]. */
  busyCardSecondsInWindow: number;
  lastEndS: number;
  passMs: readonly number[];
  placements: number;
  preemptions: number;
  wallMs: number;
  /** Signed relative errors (real start - estimate) of the sampled start estimates (see RunMetrics.startEstimates). */
  estimateErrors?: readonly number[];
  /** How many of them started inside the range shown to the founder (estimateWindow). */
  estimatesInWindow?: number;
  /** ...and how many by the "most start by" time (estimateWindow.mostByS). */
  estimatesByMost?: number;
}

/** Slowdown uses at least one second of run time so zero-length jobs do not divide by zero. */
const MIN_RUN_S = 1;

export function computeMetrics(run: RunRecord): RunMetrics {
  const { outcomes } = run;
  const firstSubmit = outcomes.reduce((m, o) => Math.min(m, o.submitS), Number.POSITIVE_INFINITY);
  const lastSubmit = outcomes.reduce((m, o) => Math.max(m, o.submitS), Number.NEGATIVE_INFINITY);
  const window = lastSubmit - firstSubmit;
  const waits = outcomes.map((o) => o.startS - o.submitS);
  const sortedWaits = [...waits].sort((a, b) => a - b);
  const small = smallOrgs(outcomes);
  const smallWaits = outcomes.filter((o) => small.has(o.org)).map((o) => o.startS - o.submitS).sort((a, b) => a - b);
  const passes = [...run.passMs].sort((a, b) => a - b);
  const passSeconds = run.passMs.reduce((s, x) => s + x, 0) / 1000;
  return {
    jobs: outcomes.length,
    utilization: window > 0 ? run.busyCardSecondsInWindow / (run.totalCards * window) : 0,
    makespanS: outcomes.length ? run.lastEndS - firstSubmit : 0,
    meanWaitS: mean(waits),
    p50WaitS: percentile(sortedWaits, 50),
    p95WaitS: percentile(sortedWaits, 95),
    p99WaitS: percentile(sortedWaits, 99),
    maxWaitS: sortedWaits.length ? sortedWaits[sortedWaits.length - 1]! : 0,
    meanJctS: mean(outcomes.map((o) => o.startS - o.submitS + o.durationS)),
    smallOrgMeanWaitS: mean(smallWaits),
    smallOrgP95WaitS: percentile(smallWaits, 95),
    jainSlowdown: jainIndex(orgMeanSlowdowns(outcomes)),
    preemptions: run.preemptions,
    passes: run.passMs.length,
    p50PassMs: percentile(passes, 50),
    p99PassMs: percentile(passes, 99),
    placementsPerSec: passSeconds > 0 ? run.placements / passSeconds : 0,
    wallMs: run.wallMs,
    perOrganisation: perOrganisation(outcomes),
    startEstimates: estimateSummary(run.estimateErrors ?? [], run.estimatesInWindow ?? 0, run.estimatesByMost ?? 0),
  };
}

function estimateSummary(errors: readonly number[], inWindow: number, byMost: number): RunMetrics['startEstimates'] {
  if (errors.length === 0) return null;
  const sorted = errors.map(Math.abs).sort((a, b) => a - b);
  const signed = [...errors].sort((a, b) => a - b);
  return { samples: sorted.length, medianError: percentile(sorted, 50), p90Error: percentile(sorted, 90), medianSignedError: percentile(signed, 50), p5SignedError: percentile(signed, 5), p95SignedError: percentile(signed, 95), windowCoverage: inWindow / sorted.length, mostByCoverage: byMost / sorted.length };
}

/** Jobs, mean and p95 wait and mean slowdown of each organisation, keys sorted. */
export function perOrganisation(outcomes: readonly JobOutcome[]): Record<string, OrgMetrics> {
  const waits = new Map<string, number[]>();
  const slow = new Map<string, number>();
  for (const o of outcomes) {
    const w = waits.get(o.org) ?? [];
    w.push(o.startS - o.submitS);
    waits.set(o.org, w);
    const run = Math.max(o.durationS, MIN_RUN_S);
    slow.set(o.org, (slow.get(o.org) ?? 0) + (o.startS - o.submitS + run) / run);
  }
  const out: Record<string, OrgMetrics> = {};
  for (const org of [...waits.keys()].sort()) {
    const w = waits.get(org)!.sort((a, b) => a - b);
    out[org] = { jobs: w.length, meanWaitS: mean(w), p95WaitS: percentile(w, 95), meanSlowdown: slow.get(org)! / w.length };
  }
  return out;
}

/** The half of organisations (rounded down) with the least requested card-seconds. */
export function smallOrgs(outcomes: readonly Pick<JobOutcome, 'org' | 'cards' | 'durationS'>[]): Set<string> {
  const demand = new Map<string, number>();
  for (const o of outcomes) demand.set(o.org, (demand.get(o.org) ?? 0) + o.cards * o.durationS);
  const ranked = [...demand.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, Math.floor(ranked.length / 2)).map(([org]) => org));
}

function orgMeanSlowdowns(outcomes: readonly JobOutcome[]): number[] {
  const byOrg = new Map<string, { sum: number; n: number }>();
  for (const o of outcomes) {
    const run = Math.max(o.durationS, MIN_RUN_S);
    const s = byOrg.get(o.org) ?? { sum: 0, n: 0 };
    s.sum += (o.startS - o.submitS + run) / run;
    s.n++;
    byOrg.set(o.org, s);
  }
  return [...byOrg.values()].map((s) => s.sum / s.n);
}
