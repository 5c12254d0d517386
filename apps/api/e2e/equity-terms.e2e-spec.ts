import type { TermSheetTermsInput } from '../test/gql/graphql.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import {
  AcceptTermSheetVersion, CounterOfferTermSheet, MyUserId, ProposeTermSheet, TermSheetById, TermSheetDiff, TermSheets, WithdrawTermSheet,
} from '../test/operations/equity.operations.js';
import { AuditEvents } from '../test/operations/account.operations.js';

const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

/** ¥2,000,000 of credit at ¥18,000,000 pre-money over 7,000,000 shares, four tranches of 25 %. */
const baseTerms = (): TermSheetTermsInput => ({
  creditFen: '200000000',
  preMoneyValuationFen: '1800000000',
  preMoneyFullyDilutedShares: '7000000',
  shareClass: 'A轮优先股',
  tranches: [
    { percentBasisPoints: 2500, release: { kind: 'ON_SIGNING' } },
    { percentBasisPoints: 2500, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000 } },
    { percentBasisPoints: 2500, release: { kind: 'STAGE_REACHED', stage: 'INCUBATING' } },
    { percentBasisPoints: 2500, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'model-v1' } },
  ],
  creditExpiresAt: inAYear,
  buyBack: { months: 36, premiumBasisPoints: 800 },
});

/**
 * Compute-for-equity term sheets over HTTP: a manager proposes, the founder counter-offers, both
 * accept the same version and it is signed; superseded and stale versions, bad terms, another
 * tenant and withdrawal are refused with their codes and change nothing.
 */
describe('term sheets over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let tenant: Tenant;
  let other: Tenant;
  let projectId: string;
  let managerId: string;
  let founderId: string;

  const sheet = async (client: GraphQLClient, id: string) => (await client.request(TermSheetById, { id })).data!.termSheet;
  const propose = (projectId: string, terms: TermSheetTermsInput = baseTerms()) => manager.request(ProposeTermSheet, { input: { projectId, terms } });

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    tenant = await scenario.tenant({ label: '股权测试' });
    other = await scenario.tenant({ label: '别家' });
    projectId = (await scenario.project(tenant, 'ADAPTATION')).id;
    managerId = (await manager.request(MyUserId, {})).data!.me!.id;
    founderId = (await tenant.founder.request(MyUserId, {})).data!.me!.id;
  }, 120_000);

  it('is proposed by a manager, countered by the founder, and signed when both accept the same version', async () => {
    const proposed = (await propose(projectId)).data!.proposeTermSheet;
    expect(proposed.userErrors).toEqual([]);
    const v1 = proposed.termSheet!;
    expect(v1).toMatchObject({ organisationId: tenant.organisationId, projectId, status: 'OPEN', signedVersionNo: null, currentVersion: { versionNo: 1, proposedBySide: 'CENTRE' } });
    // ¥18,000,000 / 7,000,000 shares = ¥2.571429 a share; ¥2,000,000 buys 777,777 shares; 2 / 20 million = 10 %.
    expect(v1.versions[0]!.derived).toEqual({
      postMoneyValuationFen: '2000000000',
      centrePercentBasisPoints: 1000,
      centreShares: '777777',
      pricePerShareMicroYuan: '2571429',
      trancheShares: ['194445', '194444', '194444', '194444'],
      trancheCreditFen: ['50000000', '50000000', '50000000', '50000000'],
    });
    expect(v1.currentVersion.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // The founder sees it and counters: more credit, a shorter buy-back, the last tranche by date.
    expect((await sheet(tenant.founder, v1.id))?.status).toBe('OPEN');
    const countered = (
      await tenant.founder.request(CounterOfferTermSheet, {
        input: {
          termSheetId: v1.id, baseVersionNo: 1,
          terms: { ...baseTerms(), creditFen: '250000000', buyBack: { months: 24, premiumBasisPoints: 800 }, tranches: [...baseTerms().tranches.slice(0, 3), { percentBasisPoints: 2500, release: { kind: 'DATE', at: new Date(Date.now() + 180 * 86_400_000).toISOString() } }] },
        },
      })
    ).data!.counterOfferTermSheet;
    expect(countered.userErrors).toEqual([]);
    expect(countered.termSheet!.currentVersion).toMatchObject({ versionNo: 2, proposedBySide: 'FOUNDER' });
    expect(countered.termSheet!.currentVersion.contentHash).not.toBe(v1.currentVersion.contentHash);

    // The diff names exactly the changed fields, before and after.
    const diff = (await manager.request(TermSheetDiff, { termSheetId: v1.id, fromVersionNo: 1, toVersionNo: 2 })).data!.termSheetDiff;
    expect(diff.map((change) => change.field).sort()).toEqual(['buyBack.months', 'creditFen', 'tranches[3].release.at', 'tranches[3].release.kind', 'tranches[3].release.milestoneKey'].sort());
    expect(diff.find((change) => change.field === 'creditFen')).toEqual({ field: 'creditFen', before: '200000000', after: '250000000' });
    expect(diff.find((change) => change.field === 'buyBack.months')).toEqual({ field: 'buyBack.months', before: '36', after: '24' });
    expect((await manager.request(TermSheetDiff, { termSheetId: v1.id, fromVersionNo: 2, toVersionNo: 2 })).data!.termSheetDiff).toEqual([]);

    // Accepting v1 after v2 exists is refused and changes nothing.
    const before = await sheet(manager, v1.id);
    const superseded = (await manager.request(AcceptTermSheetVersion, { input: { termSheetId: v1.id, versionNo: 1 } })).data!.acceptTermSheetVersion;
    expect(superseded.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'SIGNING_SUPERSEDED_VERSION', field: ['versionNo'] }]);
    expect(await sheet(manager, v1.id)).toEqual(before);

    // The manager accepts v2: one acceptance, still open.
    const managerAccepted = (await manager.request(AcceptTermSheetVersion, { input: { termSheetId: v1.id, versionNo: 2 } })).data!.acceptTermSheetVersion;
    expect(managerAccepted.userErrors).toEqual([]);
    expect(managerAccepted.termSheet).toMatchObject({ status: 'OPEN', signedVersionNo: null });
    expect(managerAccepted.termSheet!.acceptances).toHaveLength(1);

    // The founder accepts v2: signed, both acceptances carrying v2's hash, who, when and from where.
    const signed = (await tenant.founder.request(AcceptTermSheetVersion, { input: { termSheetId: v1.id, versionNo: 2 } })).data!.acceptTermSheetVersion;
    expect(signed.userErrors).toEqual([]);
    const hash = countered.termSheet!.currentVersion.contentHash;
    expect(signed.termSheet).toMatchObject({ status: 'SIGNED', signedVersionNo: 2 });
    const acceptances = signed.termSheet!.acceptances;
    expect(acceptances.map(({ versionNo, side, userId, contentHash }) => ({ versionNo, side, userId, contentHash }))).toEqual([
      { versionNo: 2, side: 'CENTRE', userId: managerId, contentHash: hash },
      { versionNo: 2, side: 'FOUNDER', userId: founderId, contentHash: hash },
    ]);
    for (const acceptance of acceptances) {
      expect(acceptance.ip).toMatch(/\d|:/);
      expect(Math.abs(new Date(acceptance.at).getTime() - Date.now())).toBeLessThan(60_000);
    }

    // Signed: no more offers, acceptances or withdrawal.
    const closed = (await manager.request(CounterOfferTermSheet, { input: { termSheetId: v1.id, baseVersionNo: 2, terms: baseTerms() } })).data!.counterOfferTermSheet;
    expect(closed.userErrors.map((e) => e.code)).toEqual(['TERM_SHEET_CLOSED']);
    expect((await tenant.founder.request(WithdrawTermSheet, { input: { termSheetId: v1.id, reason: '改主意了' } })).data!.withdrawTermSheet.userErrors.map((e) => e.code)).toEqual(['TERM_SHEET_CLOSED']);
    expect((await tenant.founder.request(TermSheets, { projectId })).data!.termSheets.map((s) => s.status)).toEqual(['SIGNED']);

    // Each step is in the audit log (the last acceptance and the signing share a transaction, so
    // their order is not asserted); refused steps left nothing there.
    const admin = await server().anonymous.signIn(STAFF.admin);
    const events = (await admin.request(AuditEvents, { first: 50, org: tenant.organisationId })).data!.auditEvents.edges.map((e) => e.node).filter((e) => e.targetId === v1.id);
    const byAction = (action: string) => events.filter((e) => e.action === action);
    expect(events.map((e) => `${e.action} ${e.actorId}`).sort()).toEqual(
      [`TERM_SHEET_PROPOSED ${managerId}`, `TERM_SHEET_COUNTERED ${founderId}`, `TERM_SHEET_ACCEPTED ${managerId}`, `TERM_SHEET_ACCEPTED ${founderId}`, `TERM_SHEET_SIGNED ${founderId}`].sort(),
    );
    expect(JSON.parse(byAction('TERM_SHEET_SIGNED')[0]!.detailsJson)).toMatchObject({ versionNo: 2, contentSha256: hash });
    expect(JSON.parse(byAction('TERM_SHEET_COUNTERED')[0]!.detailsJson).changed).toEqual(diff.map((change) => change.field));
  });

  it('refuses a counter-offer on a stale base, and a founder opening a term sheet', async () => {
    const id = (await propose(projectId)).data!.proposeTermSheet.termSheet!.id;
    const offer = (client: GraphQLClient, baseVersionNo: number, creditFen: string) =>
      client.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo, terms: { ...baseTerms(), creditFen } } });
    expect((await offer(tenant.founder, 1, '210000000')).data!.counterOfferTermSheet.userErrors).toEqual([]);
    const before = await sheet(manager, id);
    const stale = (await offer(manager, 1, '220000000')).data!.counterOfferTermSheet;
    expect(stale.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'STALE_VERSION', field: ['baseVersionNo'] }]);
    expect(await sheet(manager, id)).toEqual(before);

    const byFounder = await tenant.founder.request(ProposeTermSheet, { input: { projectId, terms: baseTerms() } });
    expect(byFounder.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // A second open sheet for the same project is refused.
    expect((await propose(projectId)).data!.proposeTermSheet.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect((await manager.request(WithdrawTermSheet, { input: { termSheetId: id, reason: '重新谈' } })).data!.withdrawTermSheet.userErrors).toEqual([]);
  });

  it('signs or takes the counter-offer when an acceptance races with it, never both', async () => {
    const scenario = Scenario.as(manager);
    for (let round = 0; round < 3; round += 1) {
      const project = (await scenario.project(tenant, 'SCREENING')).id;
      const id = (await propose(project)).data!.proposeTermSheet.termSheet!.id;
      expect((await tenant.founder.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors).toEqual([]);
      const [offered, accepted] = await Promise.all([
        tenant.founder.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo: 1, terms: { ...baseTerms(), creditFen: '150000000' } } }),
        manager.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } }),
      ]);
      const offerCodes = offered.data!.counterOfferTermSheet.userErrors.map((e) => e.code);
      const acceptCodes = accepted.data!.acceptTermSheetVersion.userErrors.map((e) => e.code);
      const after = (await sheet(manager, id))!;
      if (after.status === 'SIGNED') {
        expect({ offerCodes, acceptCodes, signedVersionNo: after.signedVersionNo, versions: after.versions.length }).toEqual({ offerCodes: ['TERM_SHEET_CLOSED'], acceptCodes: [], signedVersionNo: 1, versions: 1 });
      } else {
        expect({ offerCodes, acceptCodes, current: after.currentVersion.versionNo, acceptances: after.acceptances.map((a) => a.side) }).toEqual({ offerCodes: [], acceptCodes: ['SIGNING_SUPERSEDED_VERSION'], current: 2, acceptances: ['FOUNDER'] });
        await manager.request(WithdrawTermSheet, { input: { termSheetId: id, reason: '测试结束' } });
      }
    }
  });

  it('refuses each bad term with its code and creates no version', async () => {
    const id = (await propose(projectId)).data!.proposeTermSheet.termSheet!.id;
    const before = await sheet(tenant.founder, id);
    const cases: [Partial<TermSheetTermsInput>, string, string[]][] = [
      [{ preMoneyValuationFen: '0' }, 'VALUATION_NOT_POSITIVE', ['terms', 'preMoneyValuationFen']],
      [{ preMoneyValuationFen: '-100' }, 'VALUATION_NOT_POSITIVE', ['terms', 'preMoneyValuationFen']],
      [{ creditFen: '1800000001' }, 'CREDIT_EXCEEDS_VALUATION', ['terms', 'creditFen']],
      [{ tranches: baseTerms().tranches.slice(0, 3).concat([{ percentBasisPoints: 1500, release: { kind: 'ON_SIGNING' } }]) }, 'TRANCHES_NOT_100_PERCENT', ['terms', 'tranches']],
      [{ shareClass: '  ' }, 'INVALID_TERMS', ['terms', 'shareClass']],
      [{ creditExpiresAt: new Date(Date.now() - 86_400_000).toISOString() }, 'INVALID_TERMS', ['terms', 'creditExpiresAt']],
      [{ tranches: [{ percentBasisPoints: 10000, release: { kind: 'DATE' } }] }, 'INVALID_TERMS', ['terms', 'tranches', '0', 'release', 'at']],
    ];
    for (const [change, code, field] of cases) {
      const result = (await tenant.founder.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo: 1, terms: { ...baseTerms(), ...change } } })).data!.counterOfferTermSheet;
      expect({ change, errors: result.userErrors.map((e) => ({ code: e.code, field: e.field })) }).toEqual({ change, errors: [{ code, field }] });
      expect(result.termSheet).toBeNull();
    }
    // A proposal with bad terms opens nothing either.
    const otherProject = (await Scenario.as(manager).project(tenant, 'SCREENING')).id;
    expect((await propose(otherProject, { ...baseTerms(), preMoneyValuationFen: '0' })).data!.proposeTermSheet.userErrors.map((e) => e.code)).toEqual(['VALUATION_NOT_POSITIVE']);
    expect((await manager.request(TermSheets, { projectId: otherProject })).data!.termSheets).toEqual([]);
    expect(await sheet(tenant.founder, id)).toEqual(before);
    expect(before!.versions).toHaveLength(1);
  });

  it('hides a term sheet from another startup’s founder, who cannot counter-offer, accept or diff it', async () => {
    const id = (await manager.request(TermSheets, { projectId })).data!.termSheets.find((s) => s.status === 'OPEN')!.id;
    const before = await sheet(manager, id);
    expect(await sheet(other.founder, id)).toBeNull();
    expect((await other.founder.request(TermSheets, {})).data!.termSheets).toEqual([]);
    expect((await other.founder.request(TermSheets, { projectId })).data!.termSheets).toEqual([]);
    const offer = (await other.founder.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo: 1, terms: baseTerms() } })).data!.counterOfferTermSheet;
    expect(offer.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'NOT_FOUND', field: ['termSheetId'] }]);
    expect((await other.founder.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await other.founder.request(TermSheetDiff, { termSheetId: id, fromVersionNo: 1, toVersionNo: 1 })).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await sheet(manager, id)).toEqual(before);
  });

  it('is closed by a withdrawal, after which offers and acceptances are refused', async () => {
    const id = (await manager.request(TermSheets, { projectId })).data!.termSheets.find((s) => s.status === 'OPEN')!.id;
    const withdrawn = (await tenant.founder.request(WithdrawTermSheet, { input: { termSheetId: id, reason: '估值谈不拢' } })).data!.withdrawTermSheet;
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.termSheet).toMatchObject({ status: 'WITHDRAWN', withdrawnBySide: 'FOUNDER', withdrawnReason: '估值谈不拢' });
    const offer = (await manager.request(CounterOfferTermSheet, { input: { termSheetId: id, baseVersionNo: 1, terms: { ...baseTerms(), creditFen: '100000000' } } })).data!.counterOfferTermSheet;
    expect(offer.userErrors.map((e) => e.code)).toEqual(['TERM_SHEET_CLOSED']);
    expect((await manager.request(AcceptTermSheetVersion, { input: { termSheetId: id, versionNo: 1 } })).data!.acceptTermSheetVersion.userErrors.map((e) => e.code)).toEqual(['TERM_SHEET_CLOSED']);
    expect((await sheet(manager, id))!.versions).toHaveLength(1);
    // The project is free for a new term sheet.
    expect((await propose(projectId)).data!.proposeTermSheet.userErrors).toEqual([]);
  });
});
