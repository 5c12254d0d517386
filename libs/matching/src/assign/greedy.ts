import { comparePairs, totalOf, type Assignment, type AssignmentProblem, type CandidatePair } from './problem.js';

/** The baseline a person with a spreadsheet would get: take the best remaining pair while places last. */
export function assignGreedy(problem: AssignmentProblem): Assignment {
  const needPlaces = new Int32Array(problem.needs.length).fill(problem.placesPerNeed);
  const capacity = Int32Array.from(problem.capacityLeft);
  const chosen: CandidatePair[] = [];
  for (const pair of [...problem.pairs].sort(comparePairs)) {
    if (needPlaces[pair.need]! <= 0 || capacity[pair.resource]! <= 0) continue;
    needPlaces[pair.need]! -= 1;
    capacity[pair.resource]! -= 1;
    chosen.push(pair);
  }
  return { pairs: chosen, total: totalOf(chosen) };
}
