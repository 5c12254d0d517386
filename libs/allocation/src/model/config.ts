import type { PolicyConfig, PriorityClass } from './types.js';

const DAY_S = 86_400;

/**
 * Defaults are general-purpose, not fitted to one trace; docs/adr/0003 explains each choice.
 */
export const DEFAULT_POLICY_CONFIG: Readonly<PolicyConfig> = Object.freeze({
  usageHalfLifeS: 7 * DAY_S,
  agingHalfLifeS: 12 * 3600,
  // An organisation's own queue ages six times faster than the order between organisations, so
  // its later, smaller requests rarely pass the ones it is already waiting for (ADR 0003).
  orgAgingHalfLifeS: 2 * 3600,
  fairShareFloor: 0.05,
  fairShareCeilingLog2: 20,
  gangGuardShare: 'equal',
  starvationAfterS: 1 * DAY_S,
  starvationMeanWaitFactor: 0,
  oldestReservations: 1,
  gangReservations: 2,
  gangPatience: 0,
  strictFairShareTiers: false,
  smallOrgLaneBoost: 0,
  smallOrgUsageFraction: 0.5,
  smallOrgLaneShares: 4,
  usageOrderGain: 4,
  usageOrderRange: 2,
  headReservations: 1,
  keepWholeDomains: false,
  placement: 'best-fit',
  preemptionNoticeS: 600,
  preemptionMinGainS: 0,
  classRank: Object.freeze({ ADAPTATION: 0, STANDARD: 1, URGENT: 2 }) as Record<PriorityClass, number>,
  predictionsInPlan: false,
  estimateStarts: true,
  estimateForwardPasses: 2000,
  estimateForwardBudget: 1_000_000,
  estimateArrivalWindowS: 0,
});

export function resolveConfig(partial?: Partial<PolicyConfig>): PolicyConfig {
  const merged = { ...DEFAULT_POLICY_CONFIG, ...(partial ?? {}) };
  merged.classRank = { ...DEFAULT_POLICY_CONFIG.classRank, ...(partial?.classRank ?? {}) };
  return merged;
}
