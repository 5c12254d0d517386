import { schedule, simulateTrace, type PolicyName, type RunMetrics } from '@suanli/allocation';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { formatColdQueue, runColdQueue, coldQueueInput, writeColdQueueDoc, type ColdQueueResult } from './cold-queue.js';
import { generateWorkload, type WorkloadSpec } from './workload.js';

/**
 * Speed benchmark: a seeded 100,000-request workload on 10,000 cards (1,250 nodes x 8), run
 * through the simulator (same policy code as schedule(), incremental cluster state).
 * Usage: node dist/bench.js [--policy suanli] [--jobs 100000] [--json]
 * Cold pass with thousands waiting (schedule() on a full cluster, see cold-queue.ts):
 *        node dist/bench.js --cold-queue 5000 [--nodes 150] [--runs 30] [--seed 7] [--dump plan.json] [--write-doc]
 *        (--write-doc: the results table of docs/benchmarks/allocation.md, run from the repository root)
 */
const BENCH: WorkloadSpec = {
  seed: 42,
  jobs: 100_000,
  totalCards: 10_000,
  load: 0.95,
  orgs: 60,
  orgSkew: 1.1,
  sizes: [[1, 70], [2, 8], [4, 8], [8, 10], [16, 3], [32, 1]],
  medianDurationS: 3600,
  durationSigma: 1.3,
  floodProbability: 0.002,
  floodSize: 200,
};

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function coldQueue(): void {
  const spec = { seed: Number(flag('seed', '7')), waiting: Number(flag('cold-queue', '5000')), nodes: Number(flag('nodes', '150')), orgs: Number(flag('orgs', '40')) };
  const dump = flag('dump', '');
  const results: ColdQueueResult[] = [];
  for (const policy of flag('policy', 'suanli').split(',') as PolicyName[]) {
    if (dump) writeFileSync(`${dump}.${policy}.json`, JSON.stringify(schedule(coldQueueInput(spec), policy)));
    const r = runColdQueue(spec, policy, Number(flag('runs', '30')));
    results.push(r);
    process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(r)}\n` : formatColdQueue(r));
  }
  if (process.argv.includes('--write-doc')) {
    const command = `npm run bench:allocation -- ${process.argv.slice(2).filter((a) => a !== '--write-doc').join(' ')}`;
    const doc = 'docs/benchmarks/allocation.md';
    if (!writeColdQueueDoc(doc, results, command, loadavg()[0]!)) process.stderr.write(`no cold-queue markers in ${doc}; nothing written\n`);
    else process.stderr.write(`wrote the cold-pass table into ${doc}\n`);
  }
}

function main(): void {
  if (process.argv.includes('--cold-queue')) return coldQueue();
  const policies = flag('policy', 'suanli').split(',') as PolicyName[];
  const spec = { ...BENCH, jobs: Number(flag('jobs', String(BENCH.jobs))) };
  const trace = generateWorkload(spec);
  const results: Record<string, RunMetrics & { peakRssMb: number; peakHeapMb: number }> = {};
  for (const policy of policies) {
    let peakRss = 0;
    let peakHeap = 0;
    let passes = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    sample();
    const { metrics } = simulateTrace(trace, {
      nodes: spec.totalCards / 8,
      cardsPerNode: 8,
      policy,
      // Decision speed only: the start-estimate sampling (matrix) lists the order on some passes.
      estimateSamples: 0,
      onPass: () => {
        if (++passes % 500 === 0) sample();
      },
    });
    sample();
    results[policy] = { ...metrics, peakRssMb: round(peakRss / 2 ** 20), peakHeapMb: round(peakHeap / 2 ** 20) };
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ workload: spec, results }, null, 2)}\n`);
    return;
  }
  for (const [policy, m] of Object.entries(results)) {
    process.stdout.write(
      [
        `policy ${policy}: ${m.jobs.toLocaleString('en')} requests on ${spec.totalCards.toLocaleString('en')} cards`,
        `  whole run       ${(m.wallMs / 1000).toFixed(2)} s wall`,
        `  passes          ${m.passes.toLocaleString('en')}`,
        `  pass p50 / p99  ${m.p50PassMs.toFixed(3)} ms / ${m.p99PassMs.toFixed(3)} ms`,
        `  placements/s    ${Math.round(m.placementsPerSec).toLocaleString('en')} (placements / time inside passes)`,
        `  peak memory     ${m.peakRssMb} MB RSS, ${m.peakHeapMb} MB heap`,
        `  utilization     ${m.utilization.toFixed(3)}, mean wait ${Math.round(m.meanWaitS)} s, p99 wait ${Math.round(m.p99WaitS)} s`,
        '',
      ].join('\n'),
    );
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

main();
