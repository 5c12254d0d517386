import type { MatchNeed, MatchResource, PastIntroduction } from '../model/types.js';
import { normaliseTag } from './tags.js';

/** Outcomes that count as a successful introduction. */
const SUCCESS = new Set<PastIntroduction['outcome']>(['DEAL', 'PILOT', 'INVESTMENT']);

/** Introductions of the same resource count fully; those of other resources of the kind with overlapping tags count half. */
export const SAME_RESOURCE_WEIGHT = 1;
export const SIMILAR_WEIGHT = 0.5;
/**
 * Beta prior: the rate starts at 0.5 as if PRIOR_STRENGTH introductions had gone half well, so
 * one deal moves it to 0.625 and one refusal to 0.375 rather than to 1 or 0.
 */
export const PRIOR_MEAN = 0.5;
export const PRIOR_STRENGTH = 3;

export interface OutcomeStats {
  /** Raw counts, for the explanation. */
  successes: number;
  total: number;
  /** Smoothed, weighted success rate in [0, 1]. */
  rate: number;
}

interface Tally {
  successes: number;
  total: number;
}

/** The industries and technologies of a need, normalised: what "similar" compares. */
function topicTags(tags: PastIntroduction['needTags']): string[] {
  return [...new Set([...tags.industries, ...tags.technologies].map(normaliseTag))];
}

/**
 * Past introductions indexed for scoring many pairs: per resource, and per need the similar
 * introductions of its kind (computed once per need, whatever the number of resources).
 */
export class OutcomeHistory {
  private readonly byResource = new Map<string, PastIntroduction[]>();
  private readonly byKind = new Map<string, { intro: PastIntroduction; topics: readonly string[] }[]>();
  private readonly similarCache = new Map<MatchNeed, { all: Tally; byResource: Map<string, Tally> }>();
  private readonly ownCache = new Map<string, Tally>();

  constructor(history: readonly PastIntroduction[]) {
    for (const intro of history) {
      push(this.byResource, intro.resourceId, intro);
      push(this.byKind, intro.resourceKind, { intro, topics: topicTags(intro.needTags) });
    }
  }

  stats(need: MatchNeed, resource: MatchResource): OutcomeStats {
    let own = this.ownCache.get(resource.id);
    if (!own) {
      own = tally(this.byResource.get(resource.id) ?? []);
      this.ownCache.set(resource.id, own);
    }
    const similar = this.similar(need);
    // The resource's own introductions are counted fully above, not again as "similar".
    const ownSimilar = similar.byResource.get(resource.id) ?? { successes: 0, total: 0 };
    const others = { successes: similar.all.successes - ownSimilar.successes, total: similar.all.total - ownSimilar.total };
    const weightedSuccesses = SAME_RESOURCE_WEIGHT * own.successes + SIMILAR_WEIGHT * others.successes;
    const weightedTotal = SAME_RESOURCE_WEIGHT * own.total + SIMILAR_WEIGHT * others.total;
    return {
      successes: own.successes + others.successes,
      total: own.total + others.total,
      rate: (weightedSuccesses + PRIOR_MEAN * PRIOR_STRENGTH) / (weightedTotal + PRIOR_STRENGTH),
    };
  }

  private similar(need: MatchNeed): { all: Tally; byResource: Map<string, Tally> } {
    const cached = this.similarCache.get(need);
    if (cached) return cached;
    const all: Tally = { successes: 0, total: 0 };
    const byResource = new Map<string, Tally>();
    const mine = new Set(topicTags(need.tags));
    for (const { intro, topics } of this.byKind.get(need.kind) ?? []) {
      if (!topics.some((t) => mine.has(t))) continue;
      const ok = SUCCESS.has(intro.outcome) ? 1 : 0;
      all.successes += ok;
      all.total += 1;
      const t = byResource.get(intro.resourceId) ?? { successes: 0, total: 0 };
      t.successes += ok;
      t.total += 1;
      byResource.set(intro.resourceId, t);
    }
    const entry = { all, byResource };
    this.similarCache.set(need, entry);
    return entry;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function tally(intros: readonly PastIntroduction[]): Tally {
  let successes = 0;
  for (const intro of intros) if (SUCCESS.has(intro.outcome)) successes += 1;
  return { successes, total: intros.length };
}
