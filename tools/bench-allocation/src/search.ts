import { appendFileSync } from 'node:fs';
import type { PolicyConfig, RunMetrics } from '@suanli/allocation';
import { evaluate, flag, workloads, type MatrixRow } from './matrix.js';
import { mulberry32 } from './prng.js';

/**
 * Seeded random search over suanli's PolicyConfig, in two stages, to find defaults that hold
 * beyond one trace (issue 3):
 * 1. the stated run (Philly week, 48 x 8 cards) must meet all four targets, since
 *    those are the figures the issue names; most samples fail here in ~3 s;
 * 2. a survivor runs the whole robustness matrix (~90 s) and is scored by its target misses.
 * Each survivor is appended to --out as one JSON line; the best so far is printed as it is found.
 *
 * Usage: node tools/bench-allocation/dist/search.js [--minutes 30] [--seed 1] [--out FILE]
 *        [--trace FILE] [--seeds 1,2,3]
 * Two processes with different --seed use both cores; docs/benchmarks/allocation.md has the
 * results that chose the defaults.
 */

type Sample = Partial<PolicyConfig>;

const H = 3600;
const DAY = 86_400;

function sampler(seed: number): () => Sample {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return () => ({
    usageOrderGain: pick([0, 0, 1, 2, 3, 4]),
    usageOrderRange: pick([1, 2, 3]),
    smallOrgLaneBoost: pick([0, 4, 6, 7, 8, 8, 9, 10, 12]),
    smallOrgUsageFraction: pick([0.3, 0.4, 0.5, 0.5, 0.6, 0.7]),
    smallOrgLaneShares: pick([2, 3, 4, 6]),
    agingHalfLifeS: pick([3, 4, 6, 6, 8, 12]) * H,
    gangReservations: pick([1, 2, 2, 3]),
    headReservations: pick([0, 1, 1, 2]),
    oldestReservations: pick([1, 1, 2]),
    starvationAfterS: pick([12, 18, 24, 24, 36]) * H,
    fairShareFloor: pick([0.02, 0.05, 0.05, 0.1]),
    usageHalfLifeS: pick([2, 3.5, 7, 7]) * DAY,
    placement: pick(['best-fit', 'best-fit', 'end-aligned', 'shadow-else-best-fit'] as const),
  });
}

function misses(rows: MatrixRow[]): { util: number; mean: number; smallP95: number; max: number; total: number; fullyMet: number } {
  const m = { util: 0, mean: 0, smallP95: 0, max: 0, total: 0, fullyMet: 0 };
  for (const r of rows) {
    if (!r.pass.util) m.util++;
    if (!r.pass.mean) m.mean++;
    if (!r.pass.smallP95) m.smallP95++;
    if (!r.pass.max) m.max++;
    if (Object.values(r.pass).every(Boolean)) m.fullyMet++;
  }
  m.total = m.util + m.mean + m.smallP95 + m.max;
  return m;
}

function main(): void {
  const minutes = Number(flag('minutes', '30'));
  const seed = Number(flag('seed', '1'));
  const out = flag('out', '');
  const all = workloads(flag('trace', '../shared/traces/philly-sample.csv'), flag('seeds', '1,2,3').split(',').map(Number));
  const stated = all.find((w) => w.name === 'philly@48');
  if (!stated) throw new Error('the Philly trace is needed: pass --trace FILE');
  const easyCache = new Map<string, RunMetrics>();
  const next = sampler(seed);
  const deadline = Date.now() + minutes * 60_000;
  let tried = 0;
  let best = Number.POSITIVE_INFINITY;
  while (Date.now() < deadline) {
    const config = next();
    tried++;
    const first = evaluate(stated, config, easyCache);
    if (!Object.values(first.pass).every(Boolean)) continue;
    const m = misses(all.map((w) => evaluate(w, config, easyCache)));
    const line = JSON.stringify({ misses: m, philly48: { utilDiff: first.utilDiff, mean: first.meanRatio, smallP95: first.smallP95Ratio, max: first.maxRatio }, config });
    if (out) appendFileSync(out, `${line}\n`);
    if (m.total < best) {
      best = m.total;
      process.stdout.write(`[${tried} sampled] ${line}\n`);
    }
  }
  process.stdout.write(`${tried} configurations sampled in ${minutes} min\n`);
}

main();
