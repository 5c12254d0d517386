import { infeasibility, placesLeft } from '../feasibility/conflict.js';
import { joinReasons, phrases } from '../explain/phrases.js';
import type { MatchNeed, MatchResource, MatchWeights, PastIntroduction, ScoredPair, ScoreReason } from '../model/types.js';
import { OutcomeHistory } from './past-outcomes.js';
import { countShared, listShared, prepareTags } from './prepared-tags.js';
import { normaliseTag } from './tags.js';
import { DEFAULT_WEIGHTS, URGENCY_SHARE } from './weights.js';

/** Points for covering `shared` of the `asked` tags: the whole weight when all are covered. */
function overlapPoints(weight: number, shared: number, asked: number): number {
  return asked === 0 ? 0 : Math.round((weight * shared) / asked);
}

/**
 * The one definition of a pair's points. With `reasons`, each criterion is also pushed there with
 * its words; without, no text is built (ranking thousands of pairs), and both paths add the same
 * figures. Assumes the pair is feasible.
 */
function scoreFeasible(need: MatchNeed, resource: MatchResource, outcomes: OutcomeHistory, weights: MatchWeights, reasons: ScoreReason[] | null): number {
  let score = 0;
  const asked = prepareTags(need.tags);
  const offered = prepareTags(resource.tags);

  const industries = countShared(asked.industries, offered.industrySet);
  if (industries > 0) {
    const points = overlapPoints(weights.industry, industries, asked.industries.length);
    score += points;
    reasons?.push({ code: 'INDUSTRY_OVERLAP', points, text: phrases.industries(listShared(asked.industries, offered.industrySet)) });
  }
  const technologies = countShared(asked.technologies, offered.technologySet);
  if (technologies > 0) {
    const points = overlapPoints(weights.technology, technologies, asked.technologies.length);
    score += points;
    reasons?.push({ code: 'TECHNOLOGY_OVERLAP', points, text: phrases.technologies(listShared(asked.technologies, offered.technologySet)) });
  }
  if (offered.stages.length === 0) {
    const points = Math.round(weights.stage / 2);
    score += points;
    reasons?.push({ code: 'STAGE_FIT', points, text: phrases.anyStage() });
  } else if (offered.stageSet.has(normaliseTag(need.stage))) {
    score += weights.stage;
    reasons?.push({ code: 'STAGE_FIT', points: weights.stage, text: phrases.stage(need.stage) });
  }
  const regions = countShared(asked.regions, offered.regionSet);
  if (regions > 0) {
    const points = overlapPoints(weights.region, regions, asked.regions.length);
    score += points;
    reasons?.push({ code: 'REGION', points, text: phrases.regions(listShared(asked.regions, offered.regionSet)) });
  }
  const urgencyPoints = Math.round(weights.urgency * URGENCY_SHARE[need.urgency]);
  if (urgencyPoints > 0) {
    score += urgencyPoints;
    reasons?.push({ code: 'URGENCY', points: urgencyPoints, text: phrases.urgency(need.urgency) });
  }
  const past = outcomes.stats(need, resource);
  const pastPoints = Math.round(weights.pastOutcomes * past.rate);
  score += pastPoints;
  reasons?.push({ code: 'PAST_OUTCOMES', points: pastPoints, text: phrases.pastOutcomes(past.successes, past.total) });

  const left = placesLeft(resource);
  // At least one point: any feasible pair is better than leaving the need without a resource.
  const capacityPoints = Math.max(1, Math.round((weights.capacityLeft * left) / resource.capacity));
  score += capacityPoints;
  reasons?.push({ code: 'CAPACITY_LEFT', points: capacityPoints, text: phrases.capacityLeft(left, resource.capacity, resource.periodLabel) });
  reasons?.push({ code: 'NO_CONFLICT', points: 0, text: phrases.noConflict() });
  return score;
}

/**
 * Scores a feasible pair with integer points per criterion and says why in both languages;
 * null when the pair cannot be matched (other kind, unavailable, no place left, a conflict).
 * `history` may be an OutcomeHistory built once for many pairs.
 */
export function scorePair(
  need: MatchNeed,
  resource: MatchResource,
  history: readonly PastIntroduction[] | OutcomeHistory = [],
  weights: MatchWeights = DEFAULT_WEIGHTS,
): ScoredPair | null {
  if (infeasibility(need, resource) !== null) return null;
  const outcomes = history instanceof OutcomeHistory ? history : new OutcomeHistory(history);
  const reasons: ScoreReason[] = [];
  const score = scoreFeasible(need, resource, outcomes, weights, reasons);
  return { needId: need.id, resourceId: resource.id, score, reasons, explanation: joinReasons(reasons.map((r) => r.text)) };
}

/** The score alone, without words (null when infeasible): what ranking and assignment need. */
export function scoreOnly(need: MatchNeed, resource: MatchResource, outcomes: OutcomeHistory, weights: MatchWeights): number | null {
  return infeasibility(need, resource) === null ? scoreFeasible(need, resource, outcomes, weights, null) : null;
}
