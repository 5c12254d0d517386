import type { GraphQLClient } from '../test/graphql-client.js';
import { allRequests, CREATE, SET_SCHEDULING } from '../test/allocation-operations.js';
import type { SetOrganisationSchedulingInput } from '../test/gql/graphql.js';
import { ClusterCards, OrganisationSchedulingRows } from '../test/operations/allocation.operations.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';


/** Requests and settings that can never be granted are refused with a userError on the field, and change nothing. */
describe('impossible requests over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  let project: string;
  let organisationId: string;
  let clusterId: string;

  const request = (overrides: Record<string, unknown>) =>
    founder.request(CREATE, {
      input: { projectId: project, clusterId, cards: 1, cardType: 'Ascend 910B', durationS: 3600, priority: 'STANDARD', preemptible: false, ...overrides },
    });
  const settingsOf = async () => {
    const result = await manager.request(OrganisationSchedulingRows, {});
    const connection = result.data!.organisationScheduling;
    return { centreCards: connection.centreCards, row: connection.edges.map((e) => e.node).find((n) => n.organisation.id === organisationId)! };
  };

  beforeAll(async () => {
    const { anonymous } = server();
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(manager);
    const tenant = await scenario.tenant();
    founder = tenant.founder;
    organisationId = tenant.organisationId;
    project = (await scenario.project(tenant, 'INCUBATING')).id;
    // Its own cluster: 64 Ascend 310P cards (so 65 is too many) and some Ascend 910B.
    clusterId = (await scenario.cluster([{ cardType: 'Ascend 310P', count: 8 }, { cardType: 'Ascend 910B', count: 2 }])).id;
  });

  it('refuses more cards than the cluster has of the type, and time limits outside the bounds, negative included', async () => {
    const before = await allRequests(founder);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ cards: 100_000 }, 'EXCEEDS_CLUSTER_CAPACITY', 'cards'],
      [{ cards: 65, cardType: 'Ascend 310P' }, 'EXCEEDS_CLUSTER_CAPACITY', 'cards'],
      [{ durationS: -5 * 3600 }, 'INVALID_DURATION', 'durationS'],
      [{ durationS: 0 }, 'INVALID_DURATION', 'durationS'],
      [{ durationS: 599 }, 'INVALID_DURATION', 'durationS'],
      [{ durationS: 30 * 24 * 3600 + 1 }, 'INVALID_DURATION', 'durationS'],
    ];
    for (const [overrides, code, field] of cases) {
      const payload = (await request(overrides)).data!.createAllocationRequest;
      expect({ overrides, payload }).toEqual({ overrides, payload: { allocationRequest: null, userErrors: [{ code, field: [field], message: expect.any(String) }] } });
    }
    expect(await allRequests(founder)).toBe(before);
  });

  it('refuses weights at or below zero or above 100, and quotas below one card or above the centre’s cards, keeping the settings', async () => {
    const { centreCards, row: before } = await settingsOf();
    const total = (await manager.request(ClusterCards, {})).data!.clusters.flatMap((c) => c.nodes).reduce((n, node) => n + node.cards.length, 0);
    expect(centreCards).toBe(total);
    const cases: [Record<string, unknown>, string][] = [
      [{ weight: -5 }, 'INVALID_WEIGHT'],
      [{ weight: 0 }, 'INVALID_WEIGHT'],
      [{ weight: 100.5 }, 'INVALID_WEIGHT'],
      [{ weight: 1, quotaCards: 100_000 }, 'QUOTA_EXCEEDS_CAPACITY'],
      [{ weight: 1, quotaCards: centreCards + 1 }, 'QUOTA_EXCEEDS_CAPACITY'],
      [{ weight: 1, quotaCards: 0 }, 'INVALID_QUOTA'],
      [{ weight: 1, quotaCards: -3 }, 'INVALID_QUOTA'],
    ];
    for (const [change, code] of cases) {
      const payload = (await manager.request(SET_SCHEDULING, { input: { organisationId, urgentCardHoursPerMonth: 55, ...change } as SetOrganisationSchedulingInput })).data!.setOrganisationScheduling;
      expect({ change, payload }).toEqual({ change, payload: { organisationScheduling: null, userErrors: [{ code }] } });
    }
    expect((await settingsOf()).row).toEqual(before);
    // The whole centre is a quota one may set.
    const atCapacity = (await manager.request(SET_SCHEDULING, { input: { organisationId, weight: before.weight, quotaCards: centreCards } })).data!.setOrganisationScheduling;
    expect(atCapacity.userErrors).toEqual([]);
    await manager.request(SET_SCHEDULING, { input: { organisationId, weight: before.weight, quotaCards: before.quotaCards } });
  });
});
