import type { GraphQLClient } from '../test/graphql-client.js';
import { CreateAllocationRequest } from '../test/operations/allocation.operations.js';
import {
  OrganisationAllocationIds,
  OrganisationProjectStages,
  OrganisationsWithProjects,
  VisibleOrganisationsAndProjects,
} from '../test/operations/organisation.operations.js';
import { Scenario, STAFF } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { SchemaWalker } from './schema-walk.js';

/**
 * The founder of a HIGH-sensitivity medical organisation (the intruder) tries every query and mutation with another
 * organisation's ids (the victim, with a project and an allocation request). Every answer must be FORBIDDEN, NOT_FOUND or empty, must not
 * mention the other tenant, and nothing of the other tenant may change.
 */
describe('tenant isolation', () => {
  const server = useApi();
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let intruder: GraphQLClient;
  let walker: SchemaWalker;
  let victim: { orgId: string; name: string; projectIds: string[]; allocationIds: string[] };
  let intruderOrganisation: string;

  const snapshotVictim = async () => {
    const result = await manager.request(OrganisationProjectStages, { id: victim.orgId });
    return result.data!.organisation!.projects!.edges.map((e) => ({ id: e.node.id, stage: e.node.stage, history: e.node.history.length }));
  };

  beforeAll(async () => {
    anonymous = server().anonymous;
    manager = await anonymous.signIn(STAFF.manager);
    const scenario = await Scenario.start(manager);
    const intruding = await scenario.tenant({ kind: 'STARTUP', industry: 'HEALTHCARE', sensitivityTier: 'HIGH' });
    await scenario.project(intruding, 'APPLIED');
    intruder = intruding.founder;
    intruderOrganisation = intruding.organisationName;
    const target = await scenario.tenant();
    const targetProject = await scenario.project(target, 'INCUBATING');
    const cluster = await scenario.cluster([{ cardType: 'Ascend 310P', count: 1 }]);
    const request = await target.founder.request(CreateAllocationRequest, {
      input: { projectId: targetProject.id, clusterId: cluster.id, cards: 1, cardType: 'Ascend 310P', durationS: 3600 },
    });
    expect(request.data!.createAllocationRequest.userErrors).toEqual([]);
    // Introspection may be for staff only once deployed: load the schema as the manager.
    walker = await SchemaWalker.load(manager);
    const orgs = await manager.request(OrganisationsWithProjects, {});
    const org = orgs.data!.organisations.edges.map((e) => e.node).find((o) => o.name === target.organisationName)!;
    const allocations = await manager.request(OrganisationAllocationIds, { org: org.id });
    victim = {
      orgId: org.id,
      name: org.name,
      projectIds: org.projects!.edges.map((e) => e.node.id),
      allocationIds: allocations.data!.allocationRequests.edges.map((e) => e.node.id),
    };
    expect(victim.projectIds.length).toBeGreaterThan(0);
    expect(victim.allocationIds.length).toBeGreaterThan(0);
  });

  it('sees only its own organisation and projects', async () => {
    const result = await intruder.request(VisibleOrganisationsAndProjects, {});
    expect(result.data!.organisations.totalCount).toBe(1);
    expect(result.data!.organisations.edges[0].node.name).toBe(intruderOrganisation);
    const orgNames = new Set(result.data!.projects.edges.map((e) => e.node.organisation.name));
    expect([...orgNames]).toEqual([intruderOrganisation]);
  });

  it('gets FORBIDDEN or nothing from every root field aimed at the other tenant', async () => {
    const before = await snapshotVictim();
    const secrets = [victim.orgId, ...victim.projectIds, ...victim.allocationIds, victim.name];
    let probes = 0;
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of walker.rootFields(root)) {
        // Neither names another tenant's data; signing out would only end the intruder's own session
        // and turn every later probe into a trivial UNAUTHENTICATED.
        if (field.name === 'signIn' || field.name === 'signOut') continue;
        for (const id of [victim.projectIds[0], victim.orgId, victim.allocationIds[0]]) {
          // A probe built from the schema walk: stays a string.
          const result = await intruder.request(walker.operation(root, field, { id, organisationId: victim.orgId }));
          const text = JSON.stringify(result);
          // Nothing of the other tenant comes back, whatever the field.
          expect({ field: field.name, leaks: secrets.filter((secret) => text.includes(secret)) }).toEqual({ field: field.name, leaks: [] });
          if (root === 'Mutation') {
            // And no mutation succeeds: FORBIDDEN, BAD_USER_INPUT or a userError such as NOT_FOUND.
            const code = result.errors?.[0]?.extensions?.code;
            const userErrors = (result.data?.[field.name] as { userErrors?: unknown[] } | undefined)?.userErrors ?? [];
            expect({ field: field.name, id, refused: Boolean(code) || userErrors.length > 0 }).toEqual({ field: field.name, id, refused: true });
          }
          probes++;
        }
      }
    }
    expect(probes).toBeGreaterThan(30);
    expect(await snapshotVictim()).toEqual(before);
  });
});
