import type { NodeSpec, PendingRequest } from '../model/types.js';
import { ClusterState, type TypeIndex } from '../placement/cluster-state.js';
import { canEverFit } from '../placement/fit.js';

export type ValidationCode = 'UNKNOWN_CARD_TYPE' | 'EXCEEDS_CLUSTER_CAPACITY' | 'INVALID_CARD_COUNT' | 'INVALID_DURATION';

export type ValidationResult = { ok: true } | { ok: false; code: ValidationCode; message: string };

type RequestShape = Pick<PendingRequest, 'cards' | 'cardType' | 'durationS'>;

/**
 * Checks requests before they are queued, so a request that could never start is refused with
 * a reason instead of waiting forever. Capacity counts healthy cards only. Build one per
 * inventory snapshot and reuse it: indexing a large cluster costs more than a check.
 */
export class RequestValidator {
  private readonly types = new Map<string, TypeIndex | null>();
  private readonly known: string;

  constructor(private readonly nodes: readonly NodeSpec[]) {
    this.known = [...new Set(nodes.map((n) => n.cardType))].sort().join(', ') || 'none';
  }

  check(req: RequestShape): ValidationResult {
    if (!Number.isInteger(req.cards) || req.cards < 1) {
      return { ok: false, code: 'INVALID_CARD_COUNT', message: `cards must be a whole number of at least 1, got ${req.cards}` };
    }
    if (!Number.isFinite(req.durationS) || req.durationS <= 0) {
      return { ok: false, code: 'INVALID_DURATION', message: `duration must be a positive number of seconds, got ${req.durationS}` };
    }
    const type = this.typeState(req.cardType);
    if (!type) {
      return { ok: false, code: 'UNKNOWN_CARD_TYPE', message: `no cards of type ${req.cardType} (known: ${this.known})` };
    }
    if (!canEverFit(type, req.cards)) {
      const limit = req.cards <= type.domainSize ? `the largest healthy domain has ${type.maxCapacity} cards` : `${type.wholeDomains} fully healthy ${type.domainSize}-card domains exist`;
      return { ok: false, code: 'EXCEEDS_CLUSTER_CAPACITY', message: `${req.cards} cards of ${req.cardType} can never be placed: ${limit}` };
    }
    return { ok: true };
  }

  private typeState(cardType: string): TypeIndex | null {
    let type = this.types.get(cardType);
    if (type === undefined) {
      type = new ClusterState(this.nodes.filter((n) => n.cardType === cardType)).type(cardType) ?? null;
      this.types.set(cardType, type);
    }
    return type;
  }
}

/** One-off check; see RequestValidator to check many requests against the same inventory. */
export function validateRequest(nodes: readonly NodeSpec[], req: RequestShape): ValidationResult {
  return new RequestValidator(nodes).check(req);
}
