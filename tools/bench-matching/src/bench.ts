import { suggestMatches, type MatchingInput, type MatchingResult } from '@suanli/matching';
import { BENCH_WORLD, sampleMatchingInput, type WorldSpec } from '@suanli/matching/testing';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * `npm run bench:matching`: suggestMatches on 1,000 needs × 500 resources of the seeded generator
 * of @suanli/matching/testing (the one the property tests use), then smaller worlds for several
 * seeds. Prints time (the first call in the process, which loads HiGHS, and the median of
 * --runs more) and the total score against the greedy baseline on the same input.
 * Flags: --runs N (default 5), --cold N fresh processes timing their first call (default 3),
 * --seed S (default 42), --json, --write-doc (rewrites docs/benchmarks/matching.md).
 */
function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const RUNS = Number(flag('runs', '5'));
const SEED = Number(flag('seed', '42'));
const COLD = Number(flag('cold', '3'));

/** `--first-call-only`: a fresh process times its first suggestMatches (HiGHS load included) and exits. */
async function firstCallOnly(): Promise<void> {
  const input = sampleMatchingInput(BENCH_WORLD, SEED);
  process.stdout.write(`${(await timed(input)).ms}\n`);
}

function coldFirstCalls(): number[] {
  const times: number[] = [];
  for (let i = 0; i < COLD; i += 1) {
    const out = execFileSync(process.execPath, [process.argv[1]!, '--first-call-only', '--seed', String(SEED)], { encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return times.sort((a, b) => a - b);
}

interface Timed {
  result: MatchingResult;
  ms: number;
}

async function timed(input: MatchingInput): Promise<Timed> {
  const start = performance.now();
  const result = await suggestMatches(input);
  return { result, ms: performance.now() - start };
}

async function medianMs(input: MatchingInput, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(input)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const above = (r: MatchingResult) => (r.greedyTotalScore === 0 ? 0 : (100 * (r.totalScore - r.greedyTotalScore)) / r.greedyTotalScore);
const assignedCount = (r: MatchingResult) => r.needs.reduce((n, s) => n + s.assignments.length, 0);
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtPct = (p: number) => `${p >= 0 ? '+' : ''}${p.toFixed(2)} %`;
const int = (n: number) => n.toLocaleString('en-US');

interface Row {
  case: string;
  method: string;
  pairs: number;
  firstMs: number | null;
  medianMs: number;
  total: number;
  greedy: number;
  abovePct: number;
  assigned: number;
  greedyAssigned: number;
  integerMode: boolean;
}

function row(name: string, t: Timed, median: number, firstMs: number | null): Row {
  const r = t.result;
  return {
    case: name,
    method: r.method,
    pairs: r.candidatePairs,
    firstMs,
    medianMs: median,
    total: r.totalScore,
    greedy: r.greedyTotalScore,
    abovePct: above(r),
    assigned: assignedCount(r),
    greedyAssigned: r.greedyAssignments.length,
    integerMode: r.usedIntegerMode,
  };
}

/** Every resource with exactly one place: the one-to-one case the Hungarian algorithm solves. */
function oneToOne(input: MatchingInput): MatchingInput {
  return { ...input, resources: input.resources.map((r) => ({ ...r, capacity: 1, used: 0 })) };
}

async function main(): Promise<void> {
  if (process.argv.includes('--first-call-only')) return firstCallOnly();
  const big = sampleMatchingInput(BENCH_WORLD, SEED);
  const rows: Row[] = [];

  // 1. The first call in this process: includes loading the HiGHS WebAssembly.
  const first = await timed(big);
  rows.push(row(`1,000 × 500, seed ${SEED}`, first, await medianMs(big, RUNS), first.ms));
  const scoringOnly = await medianMs({ ...big, solver: 'GREEDY' }, RUNS);
  rows.push(row('  same, greedy only (scoring + baseline)', await timed({ ...big, solver: 'GREEDY' }), scoringOnly, null));
  const two = { ...big, placesPerNeed: 2 };
  rows.push(row('  same, 2 places per need', await timed(two), await medianMs(two, RUNS), null));
  const pruned = { ...big, candidatesPerNeed: 10 };
  rows.push(row('  same, top 10 candidates per need', await timed(pruned), await medianMs(pruned, RUNS), null));
  const single = oneToOne(big);
  rows.push(row('  same, every resource 1 place (Hungarian)', await timed(single), await medianMs(single, RUNS), null));
  const singleLp = { ...single, solver: 'LP' as const };
  rows.push(row('  same, every resource 1 place, as LP', await timed(singleLp), await medianMs(singleLp, RUNS), null));

  // 2. Smaller centres, several seeds each: how far above greedy the optimum is.
  const sizes: [string, WorldSpec][] = [
    ['100 × 50', { needs: [100, 100], resources: [50, 50], history: [200, 200], startups: 40, externals: 15 }],
    ['200 × 100', { needs: [200, 200], resources: [100, 100], history: [400, 400], startups: 80, externals: 30 }],
    ['500 × 250', { needs: [500, 500], resources: [250, 250], history: [1000, 1000], startups: 200, externals: 75 }],
    ['1,000 × 500', BENCH_WORLD],
  ];
  const seedRows: Row[] = [];
  for (const [label, spec] of sizes) {
    for (const seed of [1, 2, 3, 4, 5]) {
      const input = sampleMatchingInput(spec, seed);
      const t = await timed(input);
      seedRows.push(row(`${label}, seed ${seed}`, t, t.ms, null));
    }
  }

  const cold = coldFirstCalls();
  const env = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]!.toFixed(1)}`;
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ env, cold, rows, seedRows }, null, 2)}\n`);
    return;
  }
  const text = report(env, cold, rows, seedRows);
  process.stdout.write(text);
  if (process.argv.includes('--write-doc')) {
    writeFileSync('docs/benchmarks/matching.md', doc(env, text));
    process.stderr.write('wrote docs/benchmarks/matching.md\n');
  }
}

function report(env: string, cold: number[], rows: Row[], seedRows: Row[]): string {
  const lines = [
    `Environment: ${env}. Median of ${RUNS} runs after the first.`,
    '',
    cold.length === 0
      ? ''
      : `First call of a fresh process (1,000 × 500, HiGHS load included), ${cold.length} processes: ` +
        `median ${fmtMs(cold[Math.floor(cold.length / 2)]!)}, fastest ${fmtMs(cold[0]!)}, slowest ${fmtMs(cold[cold.length - 1]!)}.`,
    '',
    '| case | method | candidate pairs | first call (loads HiGHS) | median | total score | greedy | above greedy | assigned (greedy) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.case.trim()} | ${r.method}${r.integerMode ? ' (integer mode)' : ''} | ${int(r.pairs)} | ${r.firstMs === null ? '—' : fmtMs(r.firstMs)} | ${fmtMs(r.medianMs)} | ${int(r.total)} | ${int(r.greedy)} | ${fmtPct(r.abovePct)} | ${int(r.assigned)} (${int(r.greedyAssigned)}) |`,
    ),
    '',
    '| world (5 seeds) | above greedy: min | mean | max | time: median | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...summarise(seedRows),
    '',
    '| world | method | candidate pairs | time | total score | greedy | above greedy | assigned (greedy) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...seedRows.map(
      (r) =>
        `| ${r.case} | ${r.method}${r.integerMode ? ' (integer mode)' : ''} | ${int(r.pairs)} | ${fmtMs(r.medianMs)} | ${int(r.total)} | ${int(r.greedy)} | ${fmtPct(r.abovePct)} | ${int(r.assigned)} (${int(r.greedyAssigned)}) |`,
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/** Per world size (rows are labelled "<size>, seed <n>"): the spread of the gain over greedy and of the time. */
function summarise(seedRows: Row[]): string[] {
  const groups = new Map<string, Row[]>();
  for (const r of seedRows) {
    const size = r.case.replace(/, seed \d+$/, '');
    groups.set(size, [...(groups.get(size) ?? []), r]);
  }
  return [...groups].map(([size, rs]) => {
    const gains = rs.map((r) => r.abovePct);
    const times = rs.map((r) => r.medianMs).sort((a, b) => a - b);
    const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
    return `| ${size} | ${fmtPct(Math.min(...gains))} | ${fmtPct(mean)} | ${fmtPct(Math.max(...gains))} | ${fmtMs(times[Math.floor(times.length / 2)]!)} | ${fmtMs(times[times.length - 1]!)} |`;
  });
}

function doc(env: string, tables: string): string {
  void env;
  return `# libs/matching — benchmark

Written by \`npm run bench:matching -- --write-doc\` (tools/bench-matching/src/bench.ts); the
figures below are that run's. Times vary with the machine's load; totals are exact and
reproducible (seeded generator, deterministic solvers).

## What is measured

\`suggestMatches\` end to end: validation, scoring of every same-kind pair with its explanation
in both languages, the ranked lists, the greedy baseline and the assignment (Hungarian via
\`munkres\` when every resource has one place left and each need takes one; otherwise the LP
with HiGHS). The inputs come from \`sampleMatchingInput\` of \`@suanli/matching/testing\`, the
generator the property tests use: resource kinds mentor 30 %, partner / customer / investor /
engineer 15 % each, dataset 10 %; capacities per kind (mentors 2–4 a quarter, engineers 1–2 at
once, investors 3–8, datasets 5–10 a month), places already used uniformly, 10 % unavailable;
1–2 industries, 0–3 technologies and one region per need out of 9 / 10 / 6; startups with up to
two competitors, owners drawn from startups and other organisations (SELF and COMPETITOR
conflicts), investors holding up to four startups, 10 % of resources declaring conflicts; needs
posted on half-hour steps over 90 days (ties); 2,000 past introductions for the large world.

"first call" is the first \`suggestMatches\` of the benchmark process, and the line above the
tables times the first call of separate fresh processes; both include loading the HiGHS
WebAssembly. "median" is the median of the later runs. "above greedy" is
(total − greedy) / greedy; "assigned" counts need–resource pairs of the assignment, the
greedy baseline's in brackets.

## Results

${tables}
## Reading the figures

- Target: under 2 s for 1,000 × 500 — the first row's median, and the first call of fresh
  processes (the line above the tables). The dev machine is shared by other builds: at a load
  average well above its 2 cores, times are 2–3× those of a quiet machine; totals do not change.
- Where the time goes: "greedy only" is everything but the optimiser (validation, scoring of
  every same-kind pair, ranked lists with their explanations, the greedy baseline); the rest of
  the first row's median is HiGHS. Scores are computed without words; only the pairs that are
  shown (ranked or assigned) get their explanation built. HiGHS runs with presolve off and no
  scaling (the matrix is all ones), which halved its time on this input.
- The first call of a process also loads the HiGHS WebAssembly and compiles the hot code; the
  API should call \`loadHighsRuntime()\` at start-up so no request pays the load.
- The optimum is never below greedy (a property test checks it on random inputs, also with
  pruned candidates; the LP optimum was integral in every run, so integer mode was never
  needed). The gain is 1–2.5 % of the total and comes from pairing, not from filling more
  places — "assigned" equals greedy's in nearly every world: greedy gives a contended resource
  to the first high-scoring need, the assignment to the need it adds most to, and finds the
  other need a resource almost as good.
- Hungarian and LP reach the same total on the one-place world, as they must (both optimal).
- "top 10 candidates per need" keeps only each need's 10 best pairs plus the greedy baseline's
  pairs as LP variables: the baseline stays a feasible choice, so the total is still never
  below greedy (computed on all pairs), for a small loss against the full optimum.
`;
}

void main();
