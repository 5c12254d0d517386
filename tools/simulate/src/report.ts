import type { RunMetrics } from '@suanli/allocation';

type NumericMetric = { [K in keyof RunMetrics]: RunMetrics[K] extends number ? K : never }[keyof RunMetrics];

const COLUMNS: [NumericMetric, string, (v: number) => string][] = [
  ['utilization', 'util', (v) => v.toFixed(3)],
  ['meanWaitS', 'mean wait', seconds],
  ['p50WaitS', 'p50 wait', seconds],
  ['p95WaitS', 'p95 wait', seconds],
  ['p99WaitS', 'p99 wait', seconds],
  ['maxWaitS', 'max wait', seconds],
  ['meanJctS', 'mean JCT', seconds],
  ['smallOrgMeanWaitS', 'small mean', seconds],
  ['smallOrgP95WaitS', 'small p95', seconds],
  ['jainSlowdown', 'Jain', (v) => v.toFixed(3)],
  ['makespanS', 'makespan', seconds],
  ['passes', 'passes', (v) => String(v)],
  ['p99PassMs', 'p99 pass ms', (v) => v.toFixed(3)],
  ['placementsPerSec', 'place/s', (v) => Math.round(v).toLocaleString('en')],
];

function seconds(v: number): string {
  return Math.round(v).toLocaleString('en');
}

/** A readable table, one row per metric, one column per policy. */
export function formatTable(results: Record<string, RunMetrics>): string {
  const policies = Object.keys(results);
  const rows = COLUMNS.map(([key, label, fmt]) => [label, ...policies.map((p) => fmt(results[p]![key]))]);
  const estimate = (p: string, f: 'medianError' | 'p90Error') => {
    const e = results[p]!.startEstimates;
    return e ? e[f].toFixed(2) : '-';
  };
  rows.push(['estimate err p50', ...policies.map((p) => estimate(p, 'medianError'))], ['estimate err p90', ...policies.map((p) => estimate(p, 'p90Error'))]);
  const header = ['metric', ...policies];
  const widths = header.map((_, c) => Math.max(header[c]!.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
