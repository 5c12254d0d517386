import { parseTraceCsv, schedule, simulateTrace, withTimeLimits, type PolicyName, type TraceJob } from '@suanli/allocation';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { coldQueueInput } from './cold-queue.js';
import { centreWorkload, generateWorkload, WORKLOADS } from './workload.js';

/**
 * Decision fingerprint: a hash of every decision and estimate the policies make on a few
 * workloads, so a speed change can be shown to change none of them (same hashes before and
 * after). Per simulated run it hashes every job's start time and every recorded start estimate
 * (the matrix's default sampling); per schedule() call the whole plan (starts and their cards,
 * preemptions, every waiting request's position, estimate and reason).
 * Usage: node dist/fingerprint.js [--trace ../shared/traces/philly-sample.csv] [--only REGEX]
 * Prints one line per run and a combined hash last; compare the output of two builds with diff.
 */

interface Row {
  name: string;
  nodes: number;
  trace: () => TraceJob[];
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Classes and preemptible work, so the preemption path is covered too (the traces have none). */
function withClasses(jobs: TraceJob[]): TraceJob[] {
  return jobs.map((j, i) => (i % 10 === 3 ? { ...j, priority: 'URGENT' } : i % 4 === 1 ? { ...j, priority: 'ADAPTATION', preemptible: true } : j));
}

/** The speed benchmark's job mix (bench.ts) on its 10,000 cards, fewer requests so it takes seconds. */
const BENCH_MIX = { seed: 42, jobs: 30_000, totalCards: 10_000, load: 0.95, orgs: 60, orgSkew: 1.1, sizes: [[1, 70], [2, 8], [4, 8], [8, 10], [16, 3], [32, 1]] as [number, number][], medianDurationS: 3600, durationSigma: 1.3, floodProbability: 0.002, floodSize: 200 };

function rows(tracePath: string): Row[] {
  const list: Row[] = [];
  if (existsSync(tracePath)) {
    const philly = parseTraceCsv(readFileSync(tracePath, 'utf8'));
    list.push({ name: 'philly@48', nodes: 48, trace: () => philly });
  } else {
    process.stderr.write(`no trace at ${tracePath}: the philly row is skipped\n`);
  }
  list.push({ name: 'overload-flood-s1@48', nodes: 48, trace: () => generateWorkload({ ...WORKLOADS['overload-flood']!, seed: 1 }) });
  list.push({ name: 'gang-heavy-s1@64', nodes: 64, trace: () => generateWorkload({ ...WORKLOADS['gang-heavy']!, seed: 1 }) });
  list.push({ name: 'classes-overload-flood-s2@48', nodes: 48, trace: () => withClasses(generateWorkload({ ...WORKLOADS['overload-flood']!, seed: 2 })) });
  list.push({ name: 'centre195-s1-7d@150', nodes: 150, trace: () => centreWorkload({ seed: 1, nodes: 150, load: 1.1, days: 7 }) });
  list.push({ name: 'bench-mix-30k@1250', nodes: 1250, trace: () => generateWorkload(BENCH_MIX) });
  return list;
}

function hashOf(parts: Iterable<string>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 16);
}

function* simulatedLines(trace: readonly TraceJob[], nodes: number, policy: PolicyName): Generator<string> {
  const { outcomes, estimatedStarts, metrics } = simulateTrace(trace, { nodes, cardsPerNode: 8, policy });
  for (const o of outcomes) yield `${o.id} ${o.startS}`;
  for (const [id, e] of [...estimatedStarts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) yield `est ${id} ${e}`;
  yield `utilization ${metrics.utilization} preemptions ${metrics.preemptions} passes ${metrics.passes}`;
}

function main(): void {
  const only = new RegExp(flag('only', '.'));
  const lines: string[] = [];
  const emit = (name: string, hash: string) => {
    lines.push(`${name} ${hash}`);
    process.stdout.write(`${name.padEnd(44)} ${hash}\n`);
  };
  for (const row of rows(flag('trace', '../shared/traces/philly-sample.csv'))) {
    if (!only.test(row.name)) continue;
    const trace = withTimeLimits(row.trace(), 1);
    for (const policy of ['suanli', 'easy'] as PolicyName[]) emit(`${row.name} ${policy}`, hashOf(simulatedLines(trace, row.nodes, policy)));
  }
  // The API's stateless call: decisions plus an estimate and a reason for every waiting request.
  for (const [name, spec] of [['cold-queue-2000@150', { seed: 7, waiting: 2000, nodes: 150, orgs: 40 }], ['cold-queue-5000@150', { seed: 8, waiting: 5000, nodes: 150, orgs: 40 }]] as const) {
    if (!only.test(name)) continue;
    const input = coldQueueInput(spec);
    for (const policy of ['suanli', 'easy', 'fifo'] as PolicyName[]) emit(`${name} ${policy}`, hashOf([JSON.stringify(schedule(input, policy))]));
  }
  process.stdout.write(`${'combined'.padEnd(44)} ${hashOf(lines)}\n`);
}

main();
