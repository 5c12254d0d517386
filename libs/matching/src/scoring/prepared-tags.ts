import type { MatchTags } from '../model/types.js';
import { normaliseTag } from './tags.js';

/** A need's or resource's tags normalised once, however many pairs they are scored in. */
export interface PreparedTags {
  industries: readonly string[];
  technologies: readonly string[];
  stages: readonly string[];
  regions: readonly string[];
  industrySet: ReadonlySet<string>;
  technologySet: ReadonlySet<string>;
  stageSet: ReadonlySet<string>;
  regionSet: ReadonlySet<string>;
}

const cache = new WeakMap<MatchTags, PreparedTags>();

function distinct(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag))];
}

export function prepareTags(tags: MatchTags): PreparedTags {
  let prepared = cache.get(tags);
  if (!prepared) {
    const industries = distinct(tags.industries);
    const technologies = distinct(tags.technologies);
    const stages = distinct(tags.stages);
    const regions = distinct(tags.regions);
    prepared = {
      industries,
      technologies,
      stages,
      regions,
      industrySet: new Set(industries),
      technologySet: new Set(technologies),
      stageSet: new Set(stages),
      regionSet: new Set(regions),
    };
    cache.set(tags, prepared);
  }
  return prepared;
}

/** How many of the need's (distinct) tags the resource also has. */
export function countShared(asked: readonly string[], offered: ReadonlySet<string>): number {
  let n = 0;
  for (const tag of asked) if (offered.has(tag)) n += 1;
  return n;
}

/** The need's tags the resource also has, in the need's order. */
export function listShared(asked: readonly string[], offered: ReadonlySet<string>): string[] {
  return asked.filter((tag) => offered.has(tag));
}
