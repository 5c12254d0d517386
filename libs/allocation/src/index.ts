export * from './model/types.js';
export { DEFAULT_POLICY_CONFIG, resolveConfig } from './model/config.js';
export { decayUsage, recentAverageCards } from './fairshare/decay.js';
export { parseTraceCsv, TraceParseError, type TraceJob, type TraceRowError } from './simulator/trace-csv.js';
export { simulateTrace, clusterOf, type SimulationOptions, type SimulationResult } from './simulator/simulate-trace.js';
export type { RunMetrics, JobOutcome } from './metrics/run-metrics.js';
export { percentile, jainIndex } from './metrics/percentiles.js';
export { isPolicyName } from './policies/registry.js';
