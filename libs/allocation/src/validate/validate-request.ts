import type { NodeSpec, PendingRequest } from '../model/types.js';
import { ClusterState } from '../placement/cluster-state.js';
import { canEverFit } from '../placement/fit.js';

export type ValidationCode = 'UNKNOWN_CARD_TYPE' | 'EXCEEDS_CLUSTER_CAPACITY' | 'INVALID_CARD_COUNT' | 'INVALID_DURATION';

export type ValidationResult = { ok: true } | { ok: false; code: ValidationCode; message: string };

/**
 * Checks a request before it is queued, so a request that could never start is refused with
 * a reason instead of waiting forever. Capacity counts healthy cards only.
 */
export function validateRequest(nodes: NodeSpec[], req: Pick<PendingRequest, 'cards' | 'cardType' | 'durationS'>): ValidationResult {
  if (!Number.isInteger(req.cards) || req.cards < 1) {
    return { ok: false, code: 'INVALID_CARD_COUNT', message: `cards must be a whole number of at least 1, got ${req.cards}` };
  }
  if (!Number.isFinite(req.durationS) || req.durationS <= 0) {
    return { ok: false, code: 'INVALID_DURATION', message: `duration must be a positive number of seconds, got ${req.durationS}` };
  }
  const type = new ClusterState(nodes.filter((n) => n.cardType === req.cardType)).type(req.cardType);
  if (!type) {
    const known = [...new Set(nodes.map((n) => n.cardType))].sort().join(', ') || 'none';
    return { ok: false, code: 'UNKNOWN_CARD_TYPE', message: `no cards of type ${req.cardType} (known: ${known})` };
  }
  if (!canEverFit(type, req.cards)) {
    const limit = req.cards <= type.domainSize ? `the largest healthy domain has ${type.maxCapacity} cards` : `${type.wholeDomains} fully healthy ${type.domainSize}-card domains exist`;
    return { ok: false, code: 'EXCEEDS_CLUSTER_CAPACITY', message: `${req.cards} cards of ${req.cardType} can never be placed: ${limit}` };
  }
  return { ok: true };
}
