import type { MatchWeights, Urgency } from '../model/types.js';

/**
 * Defaults: the startup's industry matters most, then its technology and stage; urgency and
 * past outcomes decide between otherwise similar resources; spare capacity spreads the load.
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  industry: 30,
  technology: 20,
  region: 10,
  stage: 15,
  urgency: 15,
  pastOutcomes: 20,
  capacityLeft: 10,
});

export const URGENCY_SHARE: Readonly<Record<Urgency, number>> = { LOW: 0, NORMAL: 1 / 3, HIGH: 2 / 3, CRITICAL: 1 };

export function resolveWeights(weights?: Partial<MatchWeights>): MatchWeights {
  return { ...DEFAULT_WEIGHTS, ...definedOnly(weights ?? {}) };
}

function definedOnly(weights: Partial<MatchWeights>): Partial<MatchWeights> {
  return Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined)) as Partial<MatchWeights>;
}
