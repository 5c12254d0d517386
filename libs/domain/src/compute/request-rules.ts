import { MAX_DURATION_S, MAX_WEIGHT, MIN_DURATION_S, MIN_WEIGHT } from './allocation.js';

/**
 * Why a request or a scheduling setting can never be granted. The codes are the API's
 * `UserErrorCode`s; `params` fill the reader's translation, so both sides say the same thing.
 */
export type RequestProblemCode =
  | 'INVALID_CARD_COUNT'
  | 'UNKNOWN_CARD_TYPE'
  | 'EXCEEDS_CLUSTER_CAPACITY'
  | 'INVALID_DURATION'
  | 'INVALID_WEIGHT'
  | 'INVALID_QUOTA'
  | 'QUOTA_EXCEEDS_CAPACITY';

export interface RequestProblem {
  code: RequestProblemCode;
  /** The input field at fault, as the API names it. */
  field: 'cards' | 'cardType' | 'durationS' | 'weight' | 'quotaCards';
  params: Record<string, number | string>;
  /** English, for logs and integrators; the web renders `code` + `params` in the reader's language. */
  message: string;
}

export interface RequestShapeToCheck {
  cards: number;
  cardType: string;
  durationS: number;
}

/**
 * What an allocation request can never get, before any scheduling: a card count that is not a
 * whole number ≥ 1 or above every card of its type (`cardsByType`: cards in service per type in
 * the cluster), or a time limit outside MIN/MAX_DURATION_S. Empty when nothing is wrong. Whether
 * the cards fit the cluster's topology (gang domains) is the allocation library's check on top.
 */
export function checkAllocationRequest(req: RequestShapeToCheck, cardsByType: ReadonlyMap<string, number>): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const available = cardsByType.get(req.cardType);
  if (!Number.isInteger(req.cards) || req.cards < 1) {
    problems.push({ code: 'INVALID_CARD_COUNT', field: 'cards', params: { cards: req.cards }, message: `cards must be a whole number of at least 1, got ${req.cards}` });
  } else if (available !== undefined && req.cards > available) {
    problems.push({
      code: 'EXCEEDS_CLUSTER_CAPACITY', field: 'cards', params: { cards: req.cards, cardType: req.cardType, max: available },
      message: `${req.cards} cards of ${req.cardType} can never be placed: the cluster has ${available}`,
    });
  }
  if (available === undefined) {
    problems.push({ code: 'UNKNOWN_CARD_TYPE', field: 'cardType', params: { cardType: req.cardType }, message: `the cluster has no cards of type ${req.cardType}` });
  }
  if (!Number.isFinite(req.durationS) || req.durationS < MIN_DURATION_S || req.durationS > MAX_DURATION_S) {
    problems.push({
      code: 'INVALID_DURATION', field: 'durationS', params: { minMinutes: MIN_DURATION_S / 60, maxDays: MAX_DURATION_S / 86_400 },
      message: `The time limit must be between ${MIN_DURATION_S / 60} minutes and ${MAX_DURATION_S / 86_400} days`,
    });
  }
  return problems;
}

export interface SchedulingSettingsToCheck {
  weight: number;
  quotaCards: number | null;
}

/**
 * A fair-share weight outside MIN/MAX_WEIGHT, or a quota that is not a whole number ≥ 1 or is above
 * every card the centre has (`centreCards`, all clusters): a quota nobody could ever use up.
 */
export function checkSchedulingSettings(settings: SchedulingSettingsToCheck, centreCards: number): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (!Number.isFinite(settings.weight) || settings.weight < MIN_WEIGHT || settings.weight > MAX_WEIGHT) {
    problems.push({
      code: 'INVALID_WEIGHT', field: 'weight', params: { min: MIN_WEIGHT, max: MAX_WEIGHT },
      message: `The weight must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}`,
    });
  }
  const quota = settings.quotaCards;
  if (quota !== null && (!Number.isInteger(quota) || quota < 1)) {
    problems.push({ code: 'INVALID_QUOTA', field: 'quotaCards', params: { quota }, message: `The quota must be a whole number of at least 1 card, got ${quota}` });
  } else if (quota !== null && quota > centreCards) {
    problems.push({
      code: 'QUOTA_EXCEEDS_CAPACITY', field: 'quotaCards', params: { quota, max: centreCards },
      message: `A quota of ${quota} cards is more than the centre has (${centreCards})`,
    });
  }
  return problems;
}

/** Cards in service per card type, from nodes as the scheduler sees them (the API's and the what-if's snapshot). */
export function countCardsByType(nodes: readonly { cardType: string; cards: readonly unknown[] }[]): Map<string, number> {
  const byType = new Map<string, number>();
  for (const node of nodes) byType.set(node.cardType, (byType.get(node.cardType) ?? 0) + node.cards.length);
  return byType;
}
