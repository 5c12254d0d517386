import type { TermSheetTermsInput } from '../test/gql/graphql.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { AcceptTermSheetVersion, CounterOfferTermSheet, ProposeTermSheet } from '../test/operations/equity.operations.js';
import { TermSheetNames } from '../test/operations/term-sheet-fields.operations.js';

const terms = (creditFen: string): TermSheetTermsInput => ({
  creditFen,
  preMoneyValuationFen: '1800000000',
  preMoneyFullyDilutedShares: '7000000',
  shareClass: '普通股',
  tranches: [{ percentBasisPoints: 10000, release: { kind: 'ON_SIGNING' } }],
  creditExpiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
  buyBack: null,
});

/** The names beside a term sheet: its project and organisation, who proposed each version and who accepted. */
describe('term-sheet names over the GraphQL API', () => {
  const server = useApi();
  let manager: { client: GraphQLClient; displayName: string };
  let tenant: Tenant;
  let other: Tenant;
  let project: { id: string; name: string };

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    manager = await scenario.staffMember('MANAGER');
    tenant = await scenario.tenant({ label: '条款名称' });
    other = await scenario.tenant({ label: '别家名称' });
    project = await scenario.project(tenant, 'ADAPTATION');
  }, 120_000);

  it('names the project, the organisation, each version’s proposer and each acceptor, to both sides and no one else', async () => {
    const proposed = (await manager.client.request(ProposeTermSheet, { input: { projectId: project.id, terms: terms('200000000') } })).data!.proposeTermSheet;
    expect(proposed.userErrors).toEqual([]);
    const id = proposed.termSheet!.id;
    const countered = (await tenant.founder.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo: 1, terms: terms('150000000') } })).data!.counterOfferTermSheet;
    expect(countered.userErrors).toEqual([]);
    expect((await manager.client.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 2 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);

    const expected = {
      id,
      projectName: project.name,
      organisationName: tenant.organisationName,
      proposers: [
        { versionNo: 1, name: manager.displayName },
        { versionNo: 2, name: tenant.founderName },
      ],
      acceptances: [{ side: 'CENTRE', userName: manager.displayName }],
    };
    expect((await manager.client.request(TermSheetNames, { id })).data!.termSheet).toEqual(expected);
    expect((await tenant.founder.request(TermSheetNames, { id })).data!.termSheet).toEqual(expected);
    expect((await other.founder.request(TermSheetNames, { id })).data!.termSheet).toBeNull();
  });
});
