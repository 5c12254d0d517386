import type { GraphQLClient } from '../test/graphql-client.js';
import { CreateAllocationRequest } from '../test/operations/allocation.operations.js';
import { AcceptTermSheetVersion, ProposeTermSheet } from '../test/operations/equity.operations.js';
import { MyNotifications } from '../test/operations/notifications.operations.js';
import { Scenario } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

type Listed = { kind: string; link: string; params: { name: string; value: string }[] };

/** The earlier features raise their notifications: term sheets to the other side and to both on signing, allocations to the requester. */
describe('notifications raised by term sheets and allocations', () => {
  const server = useApi({ env: { SCHEDULER_INTERVAL_MS: '0' } });
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start(server().anonymous);
  }, 120_000);

  const listed = async (client: GraphQLClient): Promise<Listed[]> => (await client.request(MyNotifications, { first: 50 })).data!.notifications.edges.map((e) => e.node);
  const ofKind = async (client: GraphQLClient, kind: string, link: string) => (await listed(client)).filter((n) => n.kind === kind && n.link === link);

  it('tells the founders of a proposal, and both sides once the sheet is signed', async () => {
    const tenant = await scenario.tenant({ label: '通知股权' });
    const projectId = (await scenario.project(tenant, 'ADAPTATION')).id;
    const terms = {
      creditFen: '100000000',
      preMoneyValuationFen: '900000000',
      preMoneyFullyDilutedShares: '1000000',
      shareClass: '普通股',
      tranches: [{ percentBasisPoints: 10000, release: { kind: 'ON_SIGNING' as const } }],
      creditExpiresAt: new Date(Date.now() + 200 * 86_400_000).toISOString(),
      buyBack: { months: 24, premiumBasisPoints: 500 },
    };
    const proposed = (await scenario.staff.request(ProposeTermSheet, { input: { projectId, terms } })).data!.proposeTermSheet;
    expect(proposed.userErrors).toEqual([]);
    const id = proposed.termSheet!.id;
    expect(await ofKind(tenant.founder, 'TERM_SHEET_PROPOSED', `/portal/term-sheets/${id}`)).toEqual([expect.objectContaining({ params: [{ name: 'versionNo', value: '1' }] })]);
    // The centre proposed: its managers are not told of their own proposal.
    expect(await ofKind(scenario.staff, 'TERM_SHEET_PROPOSED', `/equity/term-sheets/${id}`)).toEqual([]);

    expect((await tenant.founder.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);
    expect(await ofKind(tenant.founder, 'TERM_SHEET_SIGNED', `/portal/term-sheets/${id}`)).toEqual([]);
    expect((await scenario.staff.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);
    expect(await ofKind(tenant.founder, 'TERM_SHEET_SIGNED', `/portal/term-sheets/${id}`)).toHaveLength(1);
    expect(await ofKind(scenario.staff, 'TERM_SHEET_SIGNED', `/equity/term-sheets/${id}`)).toHaveLength(1);
  });

  it('tells the requester when their allocation starts, and nobody in another organisation', async () => {
    const tenant = await scenario.tenant();
    const other = await scenario.tenant();
    const project = await scenario.project(tenant, 'INCUBATING');
    const cluster = await scenario.cluster([{ cardType: 'Ascend 310P', count: 1 }]);
    const created = await tenant.founder.request(CreateAllocationRequest, {
      input: { clusterId: cluster.id, projectId: project.id, cardType: 'Ascend 310P', cards: 2, durationS: 600, priority: 'STANDARD', preemptible: false },
    });
    expect(created.data!.createAllocationRequest.userErrors).toEqual([]);
    const allocationId = created.data!.createAllocationRequest.allocationRequest!.id;
    // The scheduling pass runs just after the create answers: poll the list for a while.
    let started: Listed[] = [];
    for (let tries = 0; tries < 50 && started.length === 0; tries++) {
      started = await ofKind(tenant.founder, 'ALLOCATION_STARTED', '/portal/compute');
      if (started.length === 0) await new Promise((done) => setTimeout(done, 200));
    }
    expect(started).toEqual([expect.objectContaining({ params: expect.arrayContaining([{ name: 'allocationId', value: allocationId }, { name: 'cards', value: '2' }]) })]);
    expect(await listed(other.founder)).toEqual([]);
  });
});
