import { RuntimePredictor, schedule, validateRequest, type PendingRequest, type PriorityClass, type ScheduleInput, type WaitReason } from '@suanli/allocation';
import { checkAllocationRequest, countCardsByType, type RequestProblem, type RequestProblemCode } from '@suanli/domain';

export const WHAT_IF_ID = 'what-if';

/** A finished run of the reader's own organisation, as the API's snapshot sends it. */
export interface OwnRun {
  cards: number;
  /** The time limit it asked for, seconds. */
  limitS: number;
  /** How long it really ran, seconds. */
  runS: number;
}

/**
 * The API's schedulingSnapshot: the live scheduler input, run times already predicted as the
 * scheduling pass predicts them, and the reader's own finished runs (oldest first) to predict
 * the previewed request's run time the same way (with the population's median for a newcomer).
 */
export type WhatIfSnapshot = ScheduleInput & {
  ownRuns?: OwnRun[];
  /** The median run/limit of everyone's latest runs: the prediction for a size the reader never ran. */
  populationFraction?: number | null;
};

export interface WhatIfRequest {
  cards: number;
  cardType: string;
  durationS: number;
  priority: PriorityClass;
  preemptible: boolean;
  /** Seconds since the epoch; null = as soon as possible. */
  earliestStartS: number | null;
}

export type WhatIfResult =
  /** Can never be granted: no estimate, only the reasons (the first is `code`/`message`). */
  | { kind: 'invalid'; code: RequestProblemCode; message: string; problems: RequestProblem[] }
  | { kind: 'now'; computeMs: number }
  | {
      kind: 'wait';
      /** 1-based place among waiting requests of the card type, and how many wait in all (with this one). */
      position: number;
      waiting: number;
      estimatedStartS: number | null;
      reason: WaitReason;
      computeMs: number;
    };

/**
 * The scheduler's answer to "what if I submitted this now?": the live snapshot plus one
 * hypothetical request, run through the very same `schedule()` the API uses. Pure.
 */
export function whatIf(input: WhatIfSnapshot, ownOrganisationKey: string, request: WhatIfRequest, clock: () => number = () => performance.now()): WhatIfResult {
  const problems = checkAllocationRequest(request, countCardsByType(input.nodes));
  if (problems.length > 0) return { kind: 'invalid', code: problems[0]!.code, message: problems[0]!.message, problems };
  // Enough cards in all, but not in whole healthy domains: the topology's own check, as the API runs it.
  const valid = validateRequest(input.nodes, request);
  if (!valid.ok) {
    const field = valid.code === 'UNKNOWN_CARD_TYPE' ? 'cardType' : valid.code === 'INVALID_DURATION' ? 'durationS' : 'cards';
    const problem: RequestProblem = { code: valid.code, field, params: { cards: request.cards, cardType: request.cardType }, message: valid.message };
    return { kind: 'invalid', code: valid.code, message: valid.message, problems: [problem] };
  }
  const predictor = new RuntimePredictor({ populationFallback: true, populationFraction: input.populationFraction ?? null });
  for (const run of input.ownRuns ?? []) predictor.record({ orgId: ownOrganisationKey, cards: run.cards, limitS: run.limitS }, run.runS);
  const hypothetical: PendingRequest = {
    id: WHAT_IF_ID,
    orgId: ownOrganisationKey,
    cards: request.cards,
    cardType: request.cardType,
    durationS: request.durationS,
    submitS: input.nowS,
    priority: request.priority,
    preemptible: request.preemptible,
    earliestStartS: request.earliestStartS,
    predictedDurationS: predictor.predict({ orgId: ownOrganisationKey, cards: request.cards, limitS: request.durationS }),
  };
  const { ownRuns: _ownRuns, populationFraction: _fraction, ...live } = input;
  const started = clock();
  const plan = schedule({ ...live, pending: [...live.pending.filter((p) => p.id !== WHAT_IF_ID), hypothetical] });
  const computeMs = clock() - started;
  if (plan.starts.some((s) => s.requestId === WHAT_IF_ID)) return { kind: 'now', computeMs };
  const mine = plan.waiting.find((w) => w.requestId === WHAT_IF_ID);
  if (!mine) return { kind: 'now', computeMs };
  const pendingType = new Map(input.pending.map((p) => [p.id, p.cardType]));
  pendingType.set(WHAT_IF_ID, request.cardType);
  const waiting = plan.waiting.filter((w) => pendingType.get(w.requestId) === request.cardType).length;
  return { kind: 'wait', position: mine.position, waiting, estimatedStartS: mine.estimatedStartS, reason: mine.reason, computeMs };
}

/** Parses the API's snapshot JSON; null when it is not a ScheduleInput. */
export function parseSnapshot(json: string | undefined): WhatIfSnapshot | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as WhatIfSnapshot;
    return typeof value.nowS === 'number' && Array.isArray(value.nodes) && Array.isArray(value.pending) ? value : null;
  } catch {
    return null;
  }
}
