import { readFileSync, writeFileSync } from 'node:fs';
import { schedule, type NodeSpec, type OrgSpec, type PendingRequest, type PolicyName, type RunningAllocation, type ScheduleInput } from '@suanli/allocation';
import { mulberry32 } from './prng.js';

/**
 * Cold pass with thousands waiting: the API's stateless schedule() call on a full cluster
 * with a long queue, where estimating every waiting request's start dominates.
 * Usage: node dist/bench.js --cold-queue 5000 [--nodes 150] [--runs 30] [--seed 7] [--policy suanli] [--json] [--write-doc]
 */
export interface ColdQueueSpec {
  seed: number;
  waiting: number;
  nodes: number;
  orgs: number;
}

const DOMAIN = 8;
const SIZES: readonly (readonly [number, number])[] = [[1, 60], [2, 10], [4, 10], [8, 12], [16, 5], [32, 3]];

/**
 * A seeded snapshot: every card busy (running work of 1-8 cards per domain plus some 16/32-card
 * gangs, time limits ending within two days), `waiting` requests of the size mix above with
 * log-normal durations, submitted over the last day by `orgs` Zipf-skewed organisations; a
 * few organisations have quotas, a few requests an earliest start, a few are URGENT.
 */
export function coldQueueInput(spec: ColdQueueSpec): ScheduleInput {
  const rand = mulberry32(spec.seed);
  const now = 1_000_000;
  const orgIds = Array.from({ length: spec.orgs }, (_, i) => `org${i}`);
  const orgWeight = orgIds.map((id, i) => [id, 1 / (i + 1)] as const);
  const pick = <T>(items: readonly (readonly [T, number])[]): T => {
    let x = rand() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((x -= w) <= 0) return item;
    return items[items.length - 1]![0];
  };
  const logNormal = (median: number, sigma: number): number => {
    const z = Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand());
    return Math.max(60, Math.round(median * Math.exp(sigma * z)));
  };

  const nodes: NodeSpec[] = Array.from({ length: spec.nodes }, (_, n) => ({
    id: `n${n}`,
    cardType: '910B',
    domainSize: DOMAIN,
    cards: Array.from({ length: DOMAIN }, (_, c) => ({ id: `n${n}c${c}`, domainId: 'd0', healthy: !(n % 37 === 5 && c === 3) })),
  }));
  const running: RunningAllocation[] = [];
  const runningOf = (cardIds: string[], org: string, i: number): RunningAllocation => {
    const startS = now - Math.floor(rand() * 6 * 3600);
    return { requestId: `run${i}`, orgId: org, cardType: '910B', cardIds, startS, endS: now + 60 + Math.floor(rand() * 2 * 86_400), priority: 'STANDARD', preemptible: rand() < 0.2 };
  };
  let n = 0;
  while (n < spec.nodes) {
    const org = pick(orgWeight);
    const gang = rand() < 0.08 ? (rand() < 0.5 ? 2 : 4) : 1;
    if (gang > 1 && n + gang <= spec.nodes) {
      const ids = Array.from({ length: gang }, (_, k) => nodes[n + k]!.cards.filter((c) => c.healthy).map((c) => c.id)).flat();
      running.push(runningOf(ids, org, running.length));
      n += gang;
      continue;
    }
    const cards = nodes[n]!.cards.filter((c) => c.healthy).map((c) => c.id);
    let at = 0;
    while (at < cards.length) {
      const k = Math.min(cards.length - at, pick([[1, 4], [2, 2], [4, 2], [8, 2]]));
      running.push(runningOf(cards.slice(at, at + k), pick(orgWeight), running.length));
      at += k;
    }
    n++;
  }

  const pending: PendingRequest[] = Array.from({ length: spec.waiting }, (_, i) => {
    const r = rand();
    return {
      id: `w${i}`,
      orgId: pick(orgWeight),
      cards: pick(SIZES),
      cardType: '910B',
      durationS: logNormal(3600, 1.3),
      submitS: now - Math.floor(rand() * 86_400),
      priority: r < 0.03 ? 'URGENT' : r < 0.1 ? 'ADAPTATION' : 'STANDARD',
      preemptible: rand() < 0.3,
      earliestStartS: rand() < 0.02 ? now + Math.floor(rand() * 86_400) : null,
    };
  });
  const orgs: OrgSpec[] = orgIds.map((id, i) => ({
    id,
    weight: 1 + (i % 3),
    quotaCards: i % 7 === 3 ? 64 : null,
    usageCardSeconds: Math.floor(rand() * 50 * 86_400),
  }));
  return { nowS: now, nodes, running, pending, orgs };
}

export interface ColdQueueResult {
  spec: ColdQueueSpec;
  policy: PolicyName;
  cards: number;
  runs: number;
  /** Milliseconds per schedule() call (wall clock), after warm-up runs. */
  minMs: number;
  medianMs: number;
  maxMs: number;
  /** CPU milliseconds of the process per call (user + system). */
  medianCpuMs: number;
  /** Same call with config.estimateStarts = false: the decisions alone. */
  decisionsOnlyMedianMs: number;
  estimated: number;
  never: number;
}

/** Wall and CPU milliseconds per call, each sorted (CPU time is steadier on a shared machine). */
function timeRuns(input: ScheduleInput, policy: PolicyName, runs: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < 3; i++) schedule(input, policy);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    schedule(input, policy);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)]!;

export function runColdQueue(spec: ColdQueueSpec, policy: PolicyName, runs: number): ColdQueueResult {
  const input = coldQueueInput(spec);
  const plan = schedule(input, policy);
  const { wall, cpu } = timeRuns(input, policy, runs);
  const decisions = timeRuns({ ...input, config: { estimateStarts: false } }, policy, runs);
  return {
    spec,
    policy,
    cards: input.nodes.reduce((s, node) => s + node.cards.length, 0),
    runs,
    minMs: wall[0]!,
    medianMs: median(wall),
    maxMs: wall[wall.length - 1]!,
    medianCpuMs: median(cpu),
    decisionsOnlyMedianMs: median(decisions.wall),
    estimated: plan.waiting.filter((w) => w.estimatedStartS != null).length,
    never: plan.waiting.filter((w) => w.estimatedStartS == null).length,
  };
}

export function formatColdQueue(r: ColdQueueResult): string {
  return [
    `cold pass (${r.policy}): ${r.spec.waiting.toLocaleString('en')} waiting on ${r.cards.toLocaleString('en')} cards (${r.spec.nodes} nodes x ${DOMAIN}, all busy), ${r.spec.orgs} orgs, seed ${r.spec.seed}`,
    `  schedule()        median ${r.medianMs.toFixed(1)} ms, min ${r.minMs.toFixed(1)} ms, max ${r.maxMs.toFixed(1)} ms over ${r.runs} runs (median CPU ${r.medianCpuMs.toFixed(1)} ms)`,
    `  decisions only    median ${r.decisionsOnlyMedianMs.toFixed(1)} ms (estimateStarts: false)`,
    `  estimates         ${r.estimated} with a start, ${r.never} never`,
    '',
  ].join('\n');
}

const BEGIN = '<!-- cold-queue:begin (written by bench-allocation --cold-queue --write-doc) -->';
const END = '<!-- cold-queue:end -->';

/**
 * Replaces the results table between the cold-queue markers of the benchmarks doc (only that
 * block: the rest of the file is left as it is). Returns false when the markers are missing.
 */
export function writeColdQueueDoc(path: string, results: readonly ColdQueueResult[], command: string, loadAverage: number): boolean {
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) return false;
  const rows = results.map(
    (r) =>
      `| ${r.policy} | ${r.spec.waiting.toLocaleString('en')} | ${r.cards.toLocaleString('en')} | **${r.medianMs.toFixed(1)} ms** | ${r.minMs.toFixed(1)}-${r.maxMs.toFixed(1)} ms | ${r.medianCpuMs.toFixed(1)} ms | ${r.decisionsOnlyMedianMs.toFixed(1)} ms |`,
  );
  const block = [
    BEGIN,
    `\`${command}\` (${new Date().toISOString().slice(0, 10)}, load average ${loadAverage.toFixed(1)}, ${results[0]?.runs ?? 0} runs after 3 warm-up calls):`,
    '',
    '| policy | waiting | cards (all busy) | schedule() median | min-max | CPU median | decisions only (`estimateStarts: false`) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
  writeFileSync(path, doc.slice(0, from) + block + doc.slice(to + END.length));
  return true;
}
