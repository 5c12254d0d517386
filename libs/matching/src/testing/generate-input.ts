import fc from 'fast-check';
import type { MatchingInput, MatchNeed, MatchResource, PastIntroduction, ResourceKind, Urgency } from '../model/types.js';

/**
 * Seeded, realistic matching inputs for the property tests and the benchmark: one generator, so
 * what the benchmark measures is what the properties check. Exported as `@suanli/matching/testing`.
 */
export interface WorldSpec {
  needs: readonly [min: number, max: number];
  resources: readonly [min: number, max: number];
  history: readonly [min: number, max: number];
  /** Startups posting needs; fewer startups than needs means several needs per startup. */
  startups: number;
  /** Organisations that are not startups here (corporates, funds, data providers). */
  externals: number;
}

/** The benchmark of issue 14: 1,000 needs × 500 resources. */
export const BENCH_WORLD: WorldSpec = { needs: [1000, 1000], resources: [500, 500], history: [2000, 2000], startups: 400, externals: 150 };

/** Kinds with their share of resources, their capacity per period and the period's words. */
const KIND_PROFILES: readonly { kind: ResourceKind; weight: number; capacity: readonly number[]; period: { 'zh-CN': string; en: string } }[] = [
  { kind: 'MENTOR', weight: 30, capacity: [2, 3, 3, 4], period: { 'zh-CN': '本季度', en: 'this quarter' } },
  { kind: 'PARTNER', weight: 15, capacity: [1, 2, 4], period: { 'zh-CN': '本季度', en: 'this quarter' } },
  { kind: 'CUSTOMER', weight: 15, capacity: [1, 1, 2], period: { 'zh-CN': '本季度', en: 'this quarter' } },
  { kind: 'INVESTOR', weight: 15, capacity: [3, 5, 8], period: { 'zh-CN': '本季度', en: 'this quarter' } },
  { kind: 'DATASET', weight: 10, capacity: [5, 10], period: { 'zh-CN': '本月', en: 'this month' } },
  { kind: 'ADAPTATION_ENGINEER', weight: 15, capacity: [1, 2, 2], period: { 'zh-CN': '同时', en: 'at once' } },
];
const INDUSTRIES = ['manufacturing', 'new-energy', 'telecoms', 'education', 'remote-sensing', 'transport', 'healthcare', 'ai-services', 'public-sector'];
const TECHNOLOGIES = ['ascend', 'mindspore', 'pytorch', 'cann', 'llm', 'computer-vision', 'nlp', 'edge-inference', 'model-compression', 'time-series'];
const REGIONS = ['chengdu', 'chongqing', 'beijing', 'shanghai', 'shenzhen', 'hangzhou'];
const STAGES = ['SCREENING', 'ADAPTATION', 'INCUBATING'];
const URGENCY_MIX: readonly Urgency[] = ['LOW', 'NORMAL', 'NORMAL', 'NORMAL', 'HIGH', 'HIGH', 'CRITICAL'];
const OUTCOME_MIX: readonly PastIntroduction['outcome'][] = ['DEAL', 'PILOT', 'INVESTMENT', 'NO_DEAL', 'NO_DEAL', 'DECLINED'];
const POSTED_FROM = Date.parse('2026-09-01T00:00:00.000Z');

const some = <T>(items: readonly T[], min: number, max: number) => fc.subarray([...items], { minLength: min, maxLength: max });

const kindArb = fc.oneof(...KIND_PROFILES.map((p) => ({ arbitrary: fc.constant(p), weight: p.weight })));

export function matchingInputArbitrary(spec: WorldSpec): fc.Arbitrary<MatchingInput> {
  const startup = fc.integer({ min: 0, max: spec.startups - 1 }).map((i) => `org-s${i}`);
  const anyOrg = fc.oneof(startup, fc.integer({ min: 0, max: Math.max(0, spec.externals - 1) }).map((i) => `org-x${i}`));

  const needArb = fc.record({
    profile: kindArb,
    organisationId: startup,
    competitorOrganisationIds: fc.uniqueArray(startup, { maxLength: 2 }),
    industries: some(INDUSTRIES, 1, 2),
    technologies: some(TECHNOLOGIES, 0, 3),
    regions: some(REGIONS, 1, 1),
    stage: fc.constantFrom(...STAGES),
    urgency: fc.constantFrom(...URGENCY_MIX),
    // Minutes: many needs share a day and some the same minute, so tie-breaking is exercised.
    postedMinute: fc.integer({ min: 0, max: 90 * 24 * 60 }).map((m) => m - (m % 30)),
  });
  const resourceArb = fc.record({
    profile: kindArb,
    owner: fc.option(anyOrg, { freq: 3, nil: null }),
    industries: some(INDUSTRIES, 1, 3),
    technologies: some(TECHNOLOGIES, 0, 4),
    stages: some(STAGES, 0, 2),
    regions: some(REGIONS, 0, 2),
    capacityPick: fc.nat(),
    usedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    available: fc.constantFrom(true, true, true, true, true, true, true, true, true, false),
    invested: fc.uniqueArray(startup, { maxLength: 4 }),
    declared: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 9 }, { arbitrary: fc.uniqueArray(startup, { minLength: 1, maxLength: 2 }), weight: 1 }),
  });

  return fc
    .record({
      needs: fc.array(needArb, { minLength: spec.needs[0], maxLength: spec.needs[1] }),
      resources: fc.array(resourceArb, { minLength: spec.resources[0], maxLength: spec.resources[1] }),
      history: fc.array(
        fc.record({ resourcePick: fc.nat(), industries: some(INDUSTRIES, 1, 2), technologies: some(TECHNOLOGIES, 0, 2), outcome: fc.constantFrom(...OUTCOME_MIX) }),
        { minLength: spec.history[0], maxLength: spec.history[1] },
      ),
    })
    .map(({ needs, resources, history }) => {
      const builtResources: MatchResource[] = resources.map((r, i) => {
        const capacity = r.profile.capacity[r.capacityPick % r.profile.capacity.length]!;
        const isPerson = r.profile.kind === 'MENTOR' || r.profile.kind === 'ADAPTATION_ENGINEER';
        const owner = isPerson && r.owner?.startsWith('org-s') ? null : r.owner;
        return {
          id: `res-${String(i).padStart(4, '0')}`,
          kind: r.profile.kind,
          name: `${r.profile.kind.toLowerCase()} ${i}`,
          ownerOrganisationId: owner,
          tags: { industries: r.industries, technologies: r.technologies, stages: r.stages, regions: r.regions },
          capacity,
          used: Math.min(capacity, Math.floor(r.usedShare * (capacity + 1))),
          periodLabel: r.profile.period,
          available: r.available,
          investedInOrganisationIds: r.profile.kind === 'INVESTOR' ? r.invested : [],
          declaredConflictOrganisationIds: r.declared.filter((org) => org !== owner),
        };
      });
      const builtNeeds: MatchNeed[] = needs.map((n, i) => ({
        id: `need-${String(i).padStart(4, '0')}`,
        kind: n.profile.kind,
        organisationId: n.organisationId,
        organisationName: `Startup ${n.organisationId}`,
        competitorOrganisationIds: n.competitorOrganisationIds.filter((org) => org !== n.organisationId),
        tags: { industries: n.industries, technologies: n.technologies, stages: [], regions: n.regions },
        stage: n.stage,
        urgency: n.urgency,
        postedAt: new Date(POSTED_FROM + n.postedMinute * 60_000).toISOString(),
      }));
      const builtHistory: PastIntroduction[] =
        builtResources.length === 0
          ? []
          : history.map((h) => {
              const r = builtResources[h.resourcePick % builtResources.length]!;
              return { resourceId: r.id, resourceKind: r.kind, needTags: { industries: h.industries, technologies: h.technologies, stages: [], regions: [] }, outcome: h.outcome };
            });
      return { needs: builtNeeds, resources: builtResources, history: builtHistory };
    });
}

/** One input of `spec`, the same for the same seed on every machine. */
export function sampleMatchingInput(spec: WorldSpec, seed: number): MatchingInput {
  return fc.sample(matchingInputArbitrary(spec), { seed, numRuns: 1 })[0]!;
}
