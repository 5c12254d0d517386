import { infeasibility, placesLeft } from '../feasibility/conflict.js';
import { joinReasons, phrases } from '../explain/phrases.js';
import type { MatchNeed, MatchResource, MatchWeights, PastIntroduction, ScoredPair, ScoreReason } from '../model/types.js';
import { OutcomeHistory } from './past-outcomes.js';
import { distinctTags, normaliseTag, sharedTags } from './tags.js';
import { DEFAULT_WEIGHTS, URGENCY_SHARE } from './weights.js';

/** Points for covering `shared` of the `asked` tags: the whole weight when all are covered. */
function overlapPoints(weight: number, shared: number, asked: number): number {
  return asked === 0 ? 0 : Math.round((weight * shared) / asked);
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

  const industries = sharedTags(need.tags.industries, resource.tags.industries);
  if (industries.length > 0) {
    const points = overlapPoints(weights.industry, industries.length, distinctTags(need.tags.industries).length);
    reasons.push({ code: 'INDUSTRY_OVERLAP', points, text: phrases.industries(industries) });
  }
  const technologies = sharedTags(need.tags.technologies, resource.tags.technologies);
  if (technologies.length > 0) {
    const points = overlapPoints(weights.technology, technologies.length, distinctTags(need.tags.technologies).length);
    reasons.push({ code: 'TECHNOLOGY_OVERLAP', points, text: phrases.technologies(technologies) });
  }
  if (resource.tags.stages.length === 0) {
    reasons.push({ code: 'STAGE_FIT', points: Math.round(weights.stage / 2), text: phrases.anyStage() });
  } else if (resource.tags.stages.some((s) => normaliseTag(s) === normaliseTag(need.stage))) {
    reasons.push({ code: 'STAGE_FIT', points: weights.stage, text: phrases.stage(need.stage) });
  }
  const regions = sharedTags(need.tags.regions, resource.tags.regions);
  if (regions.length > 0) {
    const points = overlapPoints(weights.region, regions.length, distinctTags(need.tags.regions).length);
    reasons.push({ code: 'REGION', points, text: phrases.regions(regions) });
  }
  const urgencyPoints = Math.round(weights.urgency * URGENCY_SHARE[need.urgency]);
  if (urgencyPoints > 0) reasons.push({ code: 'URGENCY', points: urgencyPoints, text: phrases.urgency(need.urgency) });

  const past = outcomes.stats(need, resource);
  reasons.push({ code: 'PAST_OUTCOMES', points: Math.round(weights.pastOutcomes * past.rate), text: phrases.pastOutcomes(past.successes, past.total) });

  const left = placesLeft(resource);
  // At least one point: any feasible pair is better than leaving the need without a resource.
  const capacityPoints = Math.max(1, Math.round((weights.capacityLeft * left) / resource.capacity));
  reasons.push({ code: 'CAPACITY_LEFT', points: capacityPoints, text: phrases.capacityLeft(left, resource.capacity, resource.periodLabel) });
  reasons.push({ code: 'NO_CONFLICT', points: 0, text: phrases.noConflict() });

  return {
    needId: need.id,
    resourceId: resource.id,
    score: reasons.reduce((sum, r) => sum + r.points, 0),
    reasons,
    explanation: joinReasons(reasons.map((r) => r.text)),
  };
}
