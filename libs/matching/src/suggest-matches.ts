import { assignGreedy } from './assign/greedy.js';
import { loadHighsRuntime } from './assign/highs-runtime.js';
import { assignHungarian } from './assign/hungarian.js';
import { assignLinearProgramme } from './assign/linear-programme.js';
import { buildProblem, compareIds, type Assignment } from './assign/problem.js';
import { placesLeft } from './feasibility/conflict.js';
import type { MatchingInput, MatchingResult, MatchResource, NeedSuggestions, ScoredPair } from './model/types.js';
import { OutcomeHistory } from './scoring/past-outcomes.js';
import { scorePair } from './scoring/score-pair.js';
import { resolveWeights } from './scoring/weights.js';
import { MatchingInputInvalidError, validateMatchingInput } from './validate/validate-input.js';

export const DEFAULT_RANKED_PER_NEED = 5;

/** Best first; equal scores by resource id, so the list never depends on input order. */
function compareWithinNeed(a: ScoredPair, b: ScoredPair): number {
  return b.score - a.score || compareIds(a.resourceId, b.resourceId);
}

/**
 * Ranked suggestions for every need and one global assignment over all of them that keeps every
 * capacity and proposes no conflict. Pure apart from loading HiGHS once (hence async).
 * Throws MatchingInputInvalidError for input validateMatchingInput refuses.
 */
export async function suggestMatches(input: MatchingInput): Promise<MatchingResult> {
  const errors = validateMatchingInput(input);
  if (errors.length > 0) throw new MatchingInputInvalidError(errors);
  const weights = resolveWeights(input.weights);
  const rankedPerNeed = input.rankedPerNeed ?? DEFAULT_RANKED_PER_NEED;
  const placesPerNeed = input.placesPerNeed ?? 1;
  const history = new OutcomeHistory(input.history ?? []);

  // Only resources of the need's kind can be feasible: index them once.
  const resourcesByKind = new Map<string, MatchResource[]>();
  for (const r of input.resources) {
    const list = resourcesByKind.get(r.kind);
    if (list) list.push(r);
    else resourcesByKind.set(r.kind, [r]);
  }
  const feasibleByNeed = new Map<string, ScoredPair[]>();
  for (const need of input.needs) {
    const scored: ScoredPair[] = [];
    for (const resource of resourcesByKind.get(need.kind) ?? []) {
      const pair = scorePair(need, resource, history, weights);
      if (pair) scored.push(pair);
    }
    feasibleByNeed.set(need.id, scored.sort(compareWithinNeed));
  }

  const candidates = input.needs.flatMap((n) => {
    const all = feasibleByNeed.get(n.id)!;
    return input.candidatesPerNeed === undefined ? all : all.slice(0, input.candidatesPerNeed);
  });
  const problem = buildProblem(input.needs, input.resources, candidates, placesPerNeed);
  const greedy = assignGreedy(problem);

  const solver = input.solver ?? 'AUTO';
  const oneToOne = placesPerNeed === 1 && input.resources.every((r) => placesLeft(r) <= 1);
  let method: MatchingResult['method'];
  let chosen: Assignment;
  let usedIntegerMode = false;
  if (solver === 'GREEDY') {
    method = 'GREEDY';
    chosen = greedy;
  } else if (solver === 'HUNGARIAN' || (solver === 'AUTO' && oneToOne)) {
    method = 'HUNGARIAN';
    chosen = assignHungarian(problem);
  } else {
    method = 'LP';
    const lp = assignLinearProgramme(problem, await loadHighsRuntime());
    chosen = lp;
    usedIntegerMode = lp.usedIntegerMode;
  }

  const assignedByNeed = new Map<string, ScoredPair[]>();
  for (const pair of chosen.pairs) {
    const list = assignedByNeed.get(pair.needId);
    if (list) list.push(pair);
    else assignedByNeed.set(pair.needId, [pair]);
  }
  const needs: NeedSuggestions[] = input.needs.map((need) => {
    const assignments = (assignedByNeed.get(need.id) ?? []).sort(compareWithinNeed);
    return {
      needId: need.id,
      ranked: feasibleByNeed.get(need.id)!.slice(0, rankedPerNeed),
      assigned: assignments[0] ?? null,
      assignments,
    };
  });
  return {
    needs,
    method,
    totalScore: chosen.total,
    greedyTotalScore: greedy.total,
    greedyAssignments: greedy.pairs.map((p) => ({ needId: p.needId, resourceId: p.resourceId, score: p.score })),
    candidatePairs: candidates.length,
    usedIntegerMode,
  };
}
