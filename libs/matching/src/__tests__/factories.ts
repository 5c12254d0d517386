import type { MatchNeed, MatchResource, MatchTags } from '../index.js';

export function tags(partial: Partial<MatchTags> = {}): MatchTags {
  return { industries: [], technologies: [], stages: [], regions: [], ...partial };
}

export const QUARTER = { 'zh-CN': '本季度', en: 'this quarter' };

export function resource(partial: Partial<MatchResource> & { id: string }): MatchResource {
  return {
    kind: 'MENTOR',
    name: `Resource ${partial.id}`,
    ownerOrganisationId: null,
    tags: tags(),
    capacity: 3,
    used: 0,
    periodLabel: QUARTER,
    available: true,
    investedInOrganisationIds: [],
    declaredConflictOrganisationIds: [],
    ...partial,
  };
}

export function need(partial: Partial<MatchNeed> & { id: string }): MatchNeed {
  return {
    kind: 'MENTOR',
    organisationId: `org-${partial.id}`,
    organisationName: `Startup ${partial.id}`,
    competitorOrganisationIds: [],
    tags: tags(),
    stage: 'ADAPTATION',
    urgency: 'NORMAL',
    postedAt: '2026-11-02T08:00:00.000Z',
    ...partial,
  };
}
