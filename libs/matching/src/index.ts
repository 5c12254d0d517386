export * from './model/types.js';
export { conflictBetween, infeasibility, placesLeft } from './feasibility/conflict.js';
export { scorePair } from './scoring/score-pair.js';
export { OutcomeHistory, PRIOR_MEAN, PRIOR_STRENGTH, SAME_RESOURCE_WEIGHT, SIMILAR_WEIGHT, type OutcomeStats } from './scoring/past-outcomes.js';
export { DEFAULT_WEIGHTS, resolveWeights } from './scoring/weights.js';
export { normaliseTag, tagLabel } from './scoring/tags.js';
export { suggestMatches, DEFAULT_RANKED_PER_NEED } from './suggest-matches.js';
export { validateMatchingInput, MatchingInputInvalidError } from './validate/validate-input.js';
export { loadHighsRuntime } from './assign/highs-runtime.js';
