import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseTraceCsv, simulateTrace, withTimeLimits, type PolicyConfig, type RunMetrics, type TraceJob } from '@suanli/allocation';
import { mulberry32 } from './prng.js';
import { centreWorkload, generateWorkload, WORKLOADS } from './workload.js';

/**
 * Robustness matrix of the suanli policy against EASY (targets of issue 3) over many
 * workloads: the Philly week on several cluster sizes, its halves, with durations and
 * arrivals scaled, with submit times jittered by up to a minute, with organisations split or
 * remixed, and the generated families at several seeds. Prints, per workload, the four ratios
 * and pass/fail (utilisation must be >= EASY's exactly, as in issue 3).
 *
 * Usage: node tools/bench-allocation/dist/matrix.js [--trace FILE] [--config '{json}']
 *        [--only REGEX] [--seeds 1,2,3] [--easy-cache FILE] [--json] [--large]
 * --large adds larger clusters (where placement has more choice): the speed benchmark's job mix
 * scaled to 2,000 cards (20,000 jobs, seeds as above) and four copies of the Philly week
 * (organisations renamed per copy, submit times jittered by <= 10 min) on 192 nodes.
 * --config overrides suanli's PolicyConfig (EASY has no knobs); --easy-cache keeps EASY's
 * results between sweeps (delete it after changing EASY or the workloads).
 */

interface Workload {
  name: string;
  nodes: number;
  trace: () => TraceJob[];
}

export interface MatrixRow {
  workload: string;
  nodes: number;
  jobs: number;
  suanli: RunMetrics;
  easy: RunMetrics;
  /** EASY's mean wait is at least an hour: the targets apply to this row. */
  contended: boolean;
  utilDiff: number;
  meanRatio: number;
  smallP95Ratio: number;
  maxRatio: number;
  /** Worst organisation (>= 5 jobs): its mean wait over max(its EASY mean wait, 1 h). */
  harm: { org: string; ratio: number };
  /** Start-estimate errors (median, p90) for suanli and EASY; NaN when nothing was sampled. */
  estimate: { median: number; p90: number; easyMedian: number; easyP90: number };
  pass: { util: boolean; mean: boolean; smallP95: boolean; max: boolean; harm: boolean; estimate: boolean };
}

/** Issue 15's targets, same run, EASY under the same time limits. */
export const TARGET = { mean: 0.7, smallP95: 0.5, max: 1.5, utilSlack: 0.005, harm: 2, harmFloorS: 3600, harmMinJobs: 5, estimateMedian: 0.25, estimateP90: 1, estimateVsEasy: 2, contendedMeanWaitS: 3600 };

export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function withJobs(jobs: TraceJob[], f: (j: TraceJob, i: number) => Partial<TraceJob>): TraceJob[] {
  return jobs.map((j, i) => ({ ...j, ...f(j, i) }));
}

/** Splits one organisation's jobs among k new organisations (seeded, per job). */
function splitOrg(jobs: TraceJob[], org: string, k: number, seed: number): TraceJob[] {
  const rand = mulberry32(seed);
  return withJobs(jobs, (j) => (j.org === org ? { org: `${org}-${Math.floor(rand() * k)}` } : {}));
}

/** Every submit time moved by a seeded uniform offset in [-s, +s] seconds (measurement noise). */
function jitterSubmits(jobs: TraceJob[], s: number, seed: number): TraceJob[] {
  const rand = mulberry32(seed);
  return withJobs(jobs, (j) => ({ submitS: Math.max(0, j.submitS + Math.round((2 * rand() - 1) * s)) }));
}

/** A seeded permutation of organisation labels (tie-breaks only; the policy is label-blind otherwise). */
function permuteOrgs(jobs: TraceJob[], seed: number): TraceJob[] {
  const rand = mulberry32(seed);
  const orgs = [...new Set(jobs.map((j) => j.org))].sort();
  const shuffled = [...orgs];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const k = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[k]] = [shuffled[k]!, shuffled[i]!];
  }
  const map = new Map(orgs.map((o, i) => [o, `p${shuffled[i]}`]));
  return withJobs(jobs, (j) => ({ org: map.get(j.org)! }));
}

/** Each job moves to a random organisation (drawn like the job mix) with probability p. */
function remixOrgs(jobs: TraceJob[], p: number, seed: number): TraceJob[] {
  const rand = mulberry32(seed);
  return withJobs(jobs, () => (rand() < p ? { org: jobs[Math.floor(rand() * jobs.length)]!.org } : {}));
}

function heaviestOrg(jobs: TraceJob[]): string {
  const use = new Map<string, number>();
  for (const j of jobs) use.set(j.org, (use.get(j.org) ?? 0) + j.cards * j.durationS);
  return [...use.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** k copies of a trace, organisations renamed per copy, submit times jittered by <= s seconds. */
function replicate(jobs: TraceJob[], k: number, s: number, seed: number): TraceJob[] {
  const out: TraceJob[] = [];
  for (let c = 0; c < k; c++) {
    const copy = jitterSubmits(jobs, s, seed + c);
    for (const j of copy) out.push({ ...j, id: `${j.id}-${c}`, org: c === 0 ? j.org : `${j.org}-${c}` });
  }
  return out;
}

/** The speed benchmark's job mix (bench.ts), scaled down so a row takes seconds. */
const LARGE_MIX = { jobs: 20_000, totalCards: 2_000, load: 0.95, orgs: 60, orgSkew: 1.1, sizes: [[1, 70], [2, 8], [4, 8], [8, 10], [16, 3], [32, 1]] as [number, number][], medianDurationS: 3600, durationSigma: 1.3, floodProbability: 0.002, floodSize: 200 };

export function workloads(tracePath: string, seeds: number[], large = false): Workload[] {
  const list: Workload[] = [];
  if (existsSync(tracePath)) {
    const base = parseTraceCsv(readFileSync(tracePath, 'utf8'));
    const first = Math.min(...base.map((j) => j.submitS));
    const last = Math.max(...base.map((j) => j.submitS));
    const mid = (first + last) / 2;
    for (const nodes of [40, 44, 48, 52, 56]) list.push({ name: `philly@${nodes}`, nodes, trace: () => base });
    list.push({ name: 'philly-1st-half@48', nodes: 48, trace: () => base.filter((j) => j.submitS < mid) });
    list.push({ name: 'philly-2nd-half@48', nodes: 48, trace: () => base.filter((j) => j.submitS >= mid) });
    list.push({ name: 'philly-dur0.5@24', nodes: 24, trace: () => withJobs(base, (j) => ({ durationS: Math.max(1, Math.round(j.durationS / 2)) })) });
    list.push({ name: 'philly-dur0.5@48', nodes: 48, trace: () => withJobs(base, (j) => ({ durationS: Math.max(1, Math.round(j.durationS / 2)) })) });
    list.push({ name: 'philly-dur2@96', nodes: 96, trace: () => withJobs(base, (j) => ({ durationS: j.durationS * 2 })) });
    // Sanity check: the policy reads organisation labels only to break exact ties, so this row
    // must equal philly@48.
    list.push({ name: 'philly-permute-orgs@48', nodes: 48, trace: () => permuteOrgs(base, 1) });
    list.push({ name: 'philly-arrive0.85@48', nodes: 48, trace: () => withJobs(base, (j) => ({ submitS: Math.round(first + (j.submitS - first) * 0.85) })) });
    for (const s of seeds) {
      list.push({ name: `philly-jitter60-s${s}@48`, nodes: 48, trace: () => jitterSubmits(base, 60, s) });
      list.push({ name: `philly-split-head4-s${s}@48`, nodes: 48, trace: () => splitOrg(base, heaviestOrg(base), 4, s) });
      list.push({ name: `philly-remix0.2-s${s}@48`, nodes: 48, trace: () => remixOrgs(base, 0.2, s) });
    }
  }
  const nodesOf: Record<string, number> = { 'overload-flood': 48, 'gang-heavy': 64, 'short-overload': 32 };
  for (const [family, spec] of Object.entries(WORKLOADS)) {
    for (const s of seeds) list.push({ name: `${family}-s${s}`, nodes: nodesOf[family] ?? spec.totalCards / 8, trace: () => generateWorkload({ ...spec, seed: s }) });
  }
  // The centre of the brief: ~195 organisations of six kinds, saturated for two weeks.
  for (const s of seeds) list.push({ name: `centre195-s${s}@150`, nodes: 150, trace: () => centreWorkload({ seed: s, nodes: 150, load: 1.1, days: 14 }) });
  // The same centre with adaptation work in the ADAPTATION class (served after STANDARD).
  list.push({ name: 'centre195-adaptclass-s1@150', nodes: 150, trace: () => centreWorkload({ seed: 1, nodes: 150, load: 1.1, days: 14, adaptationClass: true }) });
  if (large) {
    for (const s of seeds) list.push({ name: `large-mix2000-s${s}`, nodes: LARGE_MIX.totalCards / 8, trace: () => generateWorkload({ ...LARGE_MIX, seed: s }) });
    if (existsSync(tracePath)) {
      const base = parseTraceCsv(readFileSync(tracePath, 'utf8'));
      list.push({ name: 'philly-x4@192', nodes: 192, trace: () => replicate(base, 4, 600, 1) });
    }
  }
  return list;
}

/**
 * Time limits (withTimeLimits, seeded per row) on every row unless `limits` is false: every
 * policy plans with them or with its predictions, jobs end at their run time.
 */
export function evaluate(w: Workload, config: Partial<PolicyConfig>, easyCache: Map<string, RunMetrics>, limits = true): MatrixRow {
  const raw = w.trace();
  const trace = limits ? withTimeLimits(raw, 1) : raw;
  const opts = { nodes: w.nodes, cardsPerNode: 8 };
  const key = `${w.name}|${trace.length}|${limits ? 'limits' : 'exact'}`;
  let easy = easyCache.get(key);
  if (!easy) {
    easy = simulateTrace(trace, { ...opts, policy: 'easy' }).metrics;
    easyCache.set(key, easy);
  }
  const suanli = simulateTrace(trace, { ...opts, policy: 'suanli', config, ...(process.argv.includes('--no-predict') ? { predictRuntimes: false } : {}), ...(process.argv.includes('--no-population') ? { populationFallback: false } : {}) }).metrics;
  if (process.argv.includes('--verbose')) process.stderr.write(`${w.name}: signed estimate error suanli p5/p50/p95 ${suanli.startEstimates?.p5SignedError.toFixed(2)}/${suanli.startEstimates?.medianSignedError.toFixed(2)}/${suanli.startEstimates?.p95SignedError.toFixed(2)} in range ${suanli.startEstimates?.windowCoverage.toFixed(2)} by 3x ${suanli.startEstimates?.mostByCoverage.toFixed(2)} easy ${easy.startEstimates?.medianSignedError.toFixed(2)}; worst org ${worstHarm(suanli, easy).org}\n`);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Number.POSITIVE_INFINITY : 0);
  const meanRatio = ratio(suanli.meanWaitS, easy.meanWaitS);
  const smallP95Ratio = ratio(suanli.smallOrgP95WaitS, easy.smallOrgP95WaitS);
  const maxRatio = ratio(suanli.maxWaitS, easy.maxWaitS);
  const utilDiff = suanli.utilization - easy.utilization;
  const harm = worstHarm(suanli, easy);
  const se = suanli.startEstimates;
  const ee = easy.startEstimates;
  const estimate = { median: se?.medianError ?? Number.NaN, p90: se?.p90Error ?? Number.NaN, easyMedian: ee?.medianError ?? Number.NaN, easyP90: ee?.p90Error ?? Number.NaN };
  const twiceBetter = (s: number, e: number) => s * TARGET.estimateVsEasy <= e;
  return {
    workload: w.name,
    nodes: w.nodes,
    jobs: trace.length,
    suanli,
    easy,
    contended: easy.meanWaitS >= TARGET.contendedMeanWaitS,
    utilDiff,
    meanRatio,
    smallP95Ratio,
    maxRatio,
    harm,
    estimate,
    pass: {
      util: utilDiff >= -TARGET.utilSlack,
      mean: meanRatio <= TARGET.mean,
      smallP95: smallP95Ratio <= TARGET.smallP95,
      max: maxRatio <= TARGET.max,
      harm: harm.ratio <= TARGET.harm,
      estimate: estimate.median <= TARGET.estimateMedian && estimate.p90 <= TARGET.estimateP90 && twiceBetter(estimate.median, estimate.easyMedian) && twiceBetter(estimate.p90, estimate.easyP90),
    },
  };
}

/** The organisation (>= 5 jobs) whose mean wait grew most against EASY's (at least 1 h). */
export function worstHarm(suanli: RunMetrics, easy: RunMetrics): { org: string; ratio: number } {
  let worst = { org: '-', ratio: 0 };
  for (const [org, m] of Object.entries(suanli.perOrganisation)) {
    if (m.jobs < TARGET.harmMinJobs) continue;
    const ratio = m.meanWaitS / Math.max(easy.perOrganisation[org]?.meanWaitS ?? 0, TARGET.harmFloorS);
    if (ratio > worst.ratio) worst = { org, ratio };
  }
  return worst;
}

function mark(ok: boolean, text: string): string {
  return ok ? ` ${text} ` : `*${text}*`;
}

export function formatRow(r: MatrixRow): string {
  const fails = Object.values(r.pass).filter((p) => !p).length;
  const e = r.estimate;
  return [
    r.workload.padEnd(28),
    mark(r.pass.util, `${r.suanli.utilization.toFixed(4)}/${r.easy.utilization.toFixed(4)}`).padStart(16),
    mark(r.pass.mean, r.meanRatio.toFixed(2)).padStart(7),
    mark(r.pass.smallP95, r.smallP95Ratio.toFixed(2)).padStart(7),
    mark(r.pass.max, r.maxRatio.toFixed(2)).padStart(7),
    mark(r.pass.harm, r.harm.ratio.toFixed(2)).padStart(7),
    mark(r.pass.estimate, `${e.median.toFixed(2)}/${e.p90.toFixed(2)} vs ${e.easyMedian.toFixed(2)}/${e.easyP90.toFixed(2)}`).padStart(24),
    !r.contended ? '  (not contended)' : fails ? `  FAIL ${fails}` : '  ok',
  ].join(' ');
}

function main(): void {
  const tracePath = flag('trace', '../shared/traces/philly-sample.csv');
  const config = JSON.parse(flag('config', '{}')) as Partial<PolicyConfig>;
  const only = new RegExp(flag('only', '.'));
  const seeds = flag('seeds', '1,2,3').split(',').map(Number);
  const cachePath = flag('easy-cache', '');
  const easyCache = new Map<string, RunMetrics>(cachePath && existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, 'utf8')) as [string, RunMetrics][]) : []);
  const json = process.argv.includes('--json');
  const limits = !process.argv.includes('--exact-limits');
  const rows: MatrixRow[] = [];
  if (!json) {
    process.stdout.write(
      `${'workload'.padEnd(28)} ${'util s/e'.padStart(16)} ${'mean'.padStart(7)} ${'smP95'.padStart(7)} ${'max'.padStart(7)} ${'harm'.padStart(7)} ${'estimate med/p90 vs easy'.padStart(24)}\n` +
        `  (targets on contended rows, EASY mean wait >= 1 h: util >= easy - 0.005, mean <= 0.7, small-org p95 <= 0.5, max <= 1.5, worst org <= 2x, estimate median <= 0.25 and p90 <= 1 and both <= half EASY's; *x* = missed)\n`,
    );
  }
  for (const w of workloads(tracePath, seeds, process.argv.includes('--large'))) {
    if (!only.test(w.name)) continue;
    const r = evaluate(w, config, easyCache, limits);
    rows.push(r);
    if (!json) process.stdout.write(`${formatRow(r)}\n`);
  }
  if (cachePath) writeFileSync(cachePath, JSON.stringify([...easyCache.entries()]));
  const contended = rows.filter((r) => r.contended);
  const failed = contended.filter((r) => Object.values(r.pass).some((p) => !p));
  const misses = { util: 0, mean: 0, smallP95: 0, max: 0, harm: 0, estimate: 0 };
  for (const r of contended) for (const k of Object.keys(misses) as (keyof typeof misses)[]) if (!r.pass[k]) misses[k]++;
  if (json) {
    process.stdout.write(`${JSON.stringify({ config, rows: rows.map(({ suanli: _s, easy: _e, ...rest }) => rest), misses }, null, 2)}\n`);
    return;
  }
  const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(Math.max(x, 1e-6)), 0) / Math.max(1, xs.length));
  process.stdout.write(
    `\n${contended.length - failed.length}/${contended.length} contended workloads meet every target (${rows.length - contended.length} not contended); rows meeting each: ` +
      `util ${contended.length - misses.util}, mean ${contended.length - misses.mean}, small-org p95 ${contended.length - misses.smallP95}, max ${contended.length - misses.max}, harm ${contended.length - misses.harm}, estimate ${contended.length - misses.estimate} (of ${contended.length})\n` +
      `geometric means: mean ${geo(rows.map((r) => r.meanRatio)).toFixed(3)}, small-org p95 ${geo(rows.map((r) => r.smallP95Ratio)).toFixed(3)}, max ${geo(rows.map((r) => r.maxRatio)).toFixed(3)}; worst util diff ${Math.min(...rows.map((r) => r.utilDiff)).toFixed(4)}\n`,
  );
}

// Runs only as a command; search.ts imports the workloads and the evaluation.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
