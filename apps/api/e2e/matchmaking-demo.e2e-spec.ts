import { INTRODUCTION_OUTCOMES, RESOURCE_KINDS } from '@suanli/matching';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Introductions, MatchNeeds, MatchResourceById, MatchResources, MatchSuggestions } from '../test/operations/matchmaking.operations.js';
import type { IntroductionStatus, MatchResourceByIdQuery } from '../test/gql/graphql.js';
import { useApi } from '../test/use-api.js';

type ResourceDetails = NonNullable<MatchResourceByIdQuery['matchResource']>;

const INTRODUCTION_STATUSES: IntroductionStatus[] = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'MET', 'CONCLUDED'];

/**
 * The demo centre's matchmaking book as issue 14 promises it: 40 resources of every kind, 25 open
 * needs, introductions in every state (and every outcome), none of them past a resource's places,
 * conflicts declared, and suggestions over it that respect them. Read on a freshly seeded database.
 */
describe('the demo matchmaking book', () => {
  const server = useApi();
  let manager: GraphQLClient;

  beforeAll(async () => {
    manager = await server().anonymous.signIn('manager@suanli.dev');
  });

  it('offers 40 resources covering every kind, none used past its places, some with declared conflicts', async () => {
    const resources = (await manager.request(MatchResources, {})).data!.matchResources;
    expect(resources.totalCount).toBe(40);
    const kinds = new Set(resources.edges.map((e) => e.node.kind));
    expect([...RESOURCE_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    const details: ResourceDetails[] = [];
    for (const { node } of resources.edges) details.push((await manager.request(MatchResourceById, { id: node.id })).data!.matchResource!);
    for (const r of details) expect(r.capacityUse.taken).toBeLessThanOrEqual(r.capacity);
    expect(details.some((r) => r.capacityUse.taken > 0)).toBe(true);
    expect(details.some((r) => r.conflicts.length > 0)).toBe(true);
  });

  it('has 25 open needs and introductions in every state, concluded with every outcome', async () => {
    expect((await manager.request(MatchNeeds, { state: ['OPEN'] })).data!.matchNeeds.totalCount).toBe(25);
    const all = (await manager.request(Introductions, {})).data!.introductions;
    expect(all.totalCount).toBe(all.edges.length);
    const missing = INTRODUCTION_STATUSES.filter((status) => !all.edges.some((e) => e.node.status === status));
    expect(missing).toEqual([]);
    const outcomes = new Set(all.edges.map((e) => e.node.outcome));
    expect(INTRODUCTION_OUTCOMES.filter((o) => !outcomes.has(o))).toEqual([]);
  });

  it('suggests over the demo’s open needs within capacity and never into a declared conflict', async () => {
    const suggestions = (await manager.request(MatchSuggestions, { rankedPerNeed: 5 })).data!.matchSuggestions;
    expect(suggestions.needs.length).toBeGreaterThan(0);
    expect(suggestions.totalScore).toBeGreaterThanOrEqual(suggestions.greedyTotalScore);
    const assigned = suggestions.needs.flatMap((n) => (n.assigned ? [{ need: n.need, resourceId: n.assigned.resourceId }] : []));
    expect(assigned.length).toBeGreaterThan(0);
    const resources = new Map<string, ResourceDetails>();
    for (const id of new Set(assigned.map((a) => a.resourceId))) {
      const answer = await manager.request(MatchResourceById, { id });
      expect(answer.errors).toBeUndefined();
      resources.set(id, answer.data!.matchResource!);
    }
    for (const { need, resourceId } of assigned) {
      const r = resources.get(resourceId)!;
      expect(r.kind).toBe(need.kind);
      expect(r.ownerOrganisationId).not.toBe(need.organisationId);
      expect(r.conflicts.map((c) => c.organisationId)).not.toContain(need.organisationId);
    }
    for (const [id, r] of resources) expect(assigned.filter((a) => a.resourceId === id).length).toBeLessThanOrEqual(r.capacityUse.left);
  });
});
