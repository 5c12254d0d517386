import { assignGreedy } from './assign/greedy.js';
import { loadHighsRuntime } from './assign/highs-runtime.js';
import { assignHungarian } from './assign/hungarian.js';
import { assignLinearProgramme } from './assign/linear-programme.js';
import { orderProblem, type Assignment, type AssignmentProblem, type CandidatePair } from './assign/problem.js';
import type { MatchingInput, MatchingResult, NeedSuggestions, ScoredPair } from './model/types.js';
import { OutcomeHistory } from './scoring/past-outcomes.js';
import { scoreOnly, scorePair } from './scoring/score-pair.js';
import { resolveWeights } from './scoring/weights.js';
import { MatchingInputInvalidError, validateMatchingInput } from './validate/validate-input.js';

export const DEFAULT_RANKED_PER_NEED = 5;

/** Best first; equal scores by resource id (resources are indexed in id order), never by input order. */
function compareWithinNeed(a: CandidatePair, b: CandidatePair): number {
  return b.score - a.score || a.resource - b.resource;
}

/**
 * What the assignment chooses from: every feasible pair, or each need's best `perNeed` plus the
 * greedy baseline's pairs — so the baseline stays a feasible choice and the optimum over the
 * pruned pairs is still never below it.
 */
function candidatePairs(feasibleByNeed: readonly CandidatePair[][], greedy: Assignment, perNeed: number | undefined): CandidatePair[] {
  if (perNeed === undefined) return feasibleByNeed.flat();
  const kept = feasibleByNeed.map((all) => all.slice(0, perNeed));
  for (const pair of greedy.pairs) if (!kept[pair.need]!.includes(pair)) kept[pair.need]!.push(pair);
  return kept.flat();
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
  const ordered = orderProblem(input.needs, input.resources, placesPerNeed);

  // Only resources of the need's kind can be feasible: index them once. Scores only here — the
  // words are built for the pairs that are shown (ranked or assigned), not for all of them.
  const resourcesByKind = new Map<string, number[]>();
  ordered.resources.forEach((r, i) => {
    const list = resourcesByKind.get(r.kind);
    if (list) list.push(i);
    else resourcesByKind.set(r.kind, [i]);
  });
  const feasibleByNeed: CandidatePair[][] = ordered.needs.map((need, n) => {
    const scored: CandidatePair[] = [];
    for (const r of resourcesByKind.get(need.kind) ?? []) {
      const score = scoreOnly(need, ordered.resources[r]!, history, weights);
      if (score !== null) scored.push({ need: n, resource: r, score });
    }
    return scored.sort(compareWithinNeed);
  });
  // The greedy baseline always runs on every feasible pair.
  const greedy = assignGreedy({ ...ordered, pairs: feasibleByNeed.flat() });
  const problem: AssignmentProblem = { ...ordered, pairs: candidatePairs(feasibleByNeed, greedy, input.candidatesPerNeed) };

  const solver = input.solver ?? 'AUTO';
  const oneToOne = placesPerNeed === 1 && problem.capacityLeft.every((left) => left <= 1);
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

  const explained = new Map<number, ScoredPair>();
  const explain = (p: CandidatePair): ScoredPair => {
    const key = p.need * ordered.resources.length + p.resource;
    let pair = explained.get(key);
    if (!pair) {
      pair = scorePair(ordered.needs[p.need]!, ordered.resources[p.resource]!, history, weights)!;
      explained.set(key, pair);
    }
    return pair;
  };
  const assignedByNeed: CandidatePair[][] = ordered.needs.map(() => []);
  for (const p of chosen.pairs) assignedByNeed[p.need]!.push(p);
  const indexOfNeed = new Map(ordered.needs.map((n, i) => [n.id, i]));
  const needs: NeedSuggestions[] = input.needs.map((need) => {
    const n = indexOfNeed.get(need.id)!;
    const assignments = assignedByNeed[n]!.sort(compareWithinNeed).map(explain);
    return { needId: need.id, ranked: feasibleByNeed[n]!.slice(0, rankedPerNeed).map(explain), assigned: assignments[0] ?? null, assignments };
  });
  return {
    needs,
    method,
    totalScore: chosen.total,
    greedyTotalScore: greedy.total,
    greedyAssignments: greedy.pairs.map((p) => ({ needId: ordered.needs[p.need]!.id, resourceId: ordered.resources[p.resource]!.id, score: p.score })),
    candidatePairs: problem.pairs.length,
    usedIntegerMode,
  };
}
