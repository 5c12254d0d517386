import { comparePairs, totalOf, type Assignment, type AssignmentProblem } from './problem.js';

/** The baseline a person with a spreadsheet would get: take the best remaining pair while places last. */
export function assignGreedy(problem: AssignmentProblem): Assignment {
  const needPlaces = new Map<string, number>();
  const capacity = new Map(problem.capacityLeft);
  const chosen = [];
  for (const pair of [...problem.pairs].sort(comparePairs(problem))) {
    const taken = needPlaces.get(pair.needId) ?? 0;
    const left = capacity.get(pair.resourceId) ?? 0;
    if (taken >= problem.placesPerNeed || left <= 0) continue;
    needPlaces.set(pair.needId, taken + 1);
    capacity.set(pair.resourceId, left - 1);
    chosen.push(pair);
  }
  return { pairs: chosen, total: totalOf(chosen) };
}
