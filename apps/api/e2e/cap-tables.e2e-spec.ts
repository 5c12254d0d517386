import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { drawTranche, openCreditLine, type OpenedLine, type Sql } from '../test/credit-line-fixture.js';
import type { GraphQLClient } from '../test/graphql-client.js';
import { Scenario, STAFF, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';
import { AuditEvents } from '../test/operations/account.operations.js';
import { AddShareClass, AddStakeholder, CapTableListings, CapTableOf, RecordBuyBack, RecordIssuance } from '../test/operations/cap-tables.operations.js';
import { MyUserId } from '../test/operations/equity.operations.js';

/** The credit-line parts open lines with SQL (no service makes them yet): they need a real PostgreSQL. */
const withSql = process.env.DATABASE_URL ? it : it.skip;
if (!process.env.DATABASE_URL) console.warn('cap-tables: the credit-line buy-backs are not run — set DATABASE_URL to a real PostgreSQL (CI does)');

/**
 * Cap tables over HTTP: staff record a startup's holders, classes, issuances and buy-backs; the
 * founder reads their own company only (another's is null); a consultant and a founder cannot
 * write; every bad input has its code and changes nothing; every write is audited.
 */
describe('cap tables over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  /** A second manager for the buy-backs: each caller has a budget of 60 mutations a minute. */
  let treasurer: GraphQLClient;
  let treasurerId: string;
  let consultant: GraphQLClient;
  let tenant: Tenant;
  let other: Tenant;
  let managerId: string;
  let sqlClient: pg.Client | null = null;
  let sql: Sql;

  const table = async (client: GraphQLClient, organisationId = tenant.organisationId) => (await client.request(CapTableOf, { organisationId })).data!.capTable;
  const codes = (errors: { code: string; field?: string[] | null }[]) => errors.map(({ code, field }) => ({ code, field }));

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    consultant = (await scenario.staffMember('CONSULTANT')).client;
    treasurer = (await scenario.staffMember('MANAGER')).client;
    treasurerId = (await treasurer.request(MyUserId, {})).data!.me!.id;
    tenant = await scenario.tenant({ label: '股权表' });
    other = await scenario.tenant({ label: '别家股权' });
    managerId = (await manager.request(MyUserId, {})).data!.me!.id;
    if (server().api.databaseUrl) {
      sqlClient = new pg.Client({ connectionString: server().api.databaseUrl! });
      // The server's teardown drops the database under this connection; that is expected.
      sqlClient.on('error', () => undefined);
      await sqlClient.connect();
      sql = async (text, params) => (await sqlClient!.query(text, params)).rows;
    }
  }, 120_000);
  afterAll(async () => sqlClient?.end());

  it('is recorded by staff, read by the founder of that company only, and audited', async () => {
    const org = tenant.organisationId;
    const common = (await manager.request(AddShareClass, { input: { organisationId: org, name: '普通股', classType: 'COMMON' } })).data!.addShareClass;
    expect(common.userErrors).toEqual([]);
    const commonId = common.capTable!.shareClasses[0]!.id;
    const names = ['创始人甲', '创始人乙', '天使投资人'];
    for (const [index, name] of names.entries()) {
      const added = (await manager.request(AddStakeholder, { input: { organisationId: org, name, kind: index < 2 ? 'FOUNDER' : 'INVESTOR', entityType: 'INDIVIDUAL' } })).data!.addStakeholder;
      expect(added.userErrors).toEqual([]);
    }
    const ids = Object.fromEntries((await table(manager))!.stakeholders.map((s) => [s.name, s.id]));
    for (const [name, shares] of [['创始人甲', '4000000'], ['创始人乙', '2000000'], ['天使投资人', '1000000']] as const) {
      const issued = (await manager.request(RecordIssuance, {
        input: { organisationId: org, stakeholderId: ids[name]!, shareClassId: commonId, shares, pricePerShareFen: name === '天使投资人' ? '1800000000/7000000' : '0.01', issuedOn: '2025-03-01', considerationText: name === '天使投资人' ? null : '知识产权投入' },
      })).data!.recordIssuance;
      expect(issued.userErrors).toEqual([]);
    }
    const capTable = (await table(manager))!;
    // 4 : 2 : 1 of 7,000,000 is 5714.28 / 2857.14 / 1428.57 bp; largest remainder gives the odd point to the 0.57.
    // No credit line yet: both columns agree.
    expect(capTable.stakeholders.map((s) => [s.name, s.shares, s.outstandingBasisPoints, s.fullyDilutedBasisPoints])).toEqual([
      ['创始人甲', '4000000', 5714, 5714], ['创始人乙', '2000000', 2857, 2857], ['天使投资人', '1000000', 1429, 1429],
    ]);
    expect([capTable.totalOutstandingShares, capTable.totalFullyDilutedShares]).toEqual(['7000000', '7000000']);
    expect(capTable.history[0]).toMatchObject({ kind: 'ISSUANCE', source: 'MANUAL', recordedById: managerId, stakeholderName: expect.any(String) });
    expect(capTable.history.find((e) => e.stakeholderName === '天使投资人')!.pricePerShareFen).toBe('1800/7');

    // The founder reads their own cap table, the same as staff see it; another company's is null.
    expect(await table(tenant.founder)).toEqual(capTable);
    expect(await table(other.founder)).toBeNull();
    expect(await table(tenant.founder, other.organisationId)).toBeNull();
    expect((await tenant.founder.request(CapTableListings, {})).data!.capTables.map((l) => l.organisationId)).toEqual([org]);
    expect((await manager.request(CapTableListings, {})).data!.capTables.find((l) => l.organisationId === org)).toMatchObject({ stakeholderCount: 3, totalOutstandingShares: '7000000', centreShares: '0', creditLineCount: 0 });

    // Neither a founder nor a consultant writes; a consultant does not read term sheets or cap tables either.
    for (const client of [tenant.founder, consultant]) {
      const refused = await client.request(AddStakeholder, { input: { organisationId: org, name: '不该有', kind: 'OTHER', entityType: 'INDIVIDUAL' } });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect((await consultant.request(CapTableOf, { organisationId: org })).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await table(manager))!.stakeholders).toHaveLength(3);

    const admin = await server().anonymous.signIn(STAFF.admin);
    const events = (await admin.request(AuditEvents, { first: 50, org })).data!.auditEvents.edges.map((e) => e.node).filter((e) => e.action.startsWith('CAP_'));
    expect(events.map((e) => `${e.action} ${e.actorId}`).sort()).toEqual(
      [`CAP_SHARE_CLASS_ADDED ${managerId}`, ...names.map(() => `CAP_STAKEHOLDER_ADDED ${managerId}`), ...names.map(() => `CAP_ISSUANCE_RECORDED ${managerId}`)].sort(),
    );
  });

  it('refuses each bad input with its code and changes nothing', async () => {
    const org = other.organisationId;
    const classId = (await manager.request(AddShareClass, { input: { organisationId: org, name: '普通股', classType: 'COMMON', sharesAuthorised: '1000' } })).data!.addShareClass.capTable!.shareClasses[0]!.id;
    const holderId = (await manager.request(AddStakeholder, { input: { organisationId: org, name: '某创始人', kind: 'FOUNDER', entityType: 'INDIVIDUAL' } })).data!.addStakeholder.capTable!.stakeholders[0]!.id;
    const issuanceId = (await manager.request(RecordIssuance, { input: { organisationId: org, stakeholderId: holderId, shareClassId: classId, shares: '100', pricePerShareFen: '100', issuedOn: '2025-01-01' } })).data!.recordIssuance.capTable!.history[0]!.id;
    const before = await table(manager, org);
    const missing = '00000000-0000-4000-8000-000000000000';
    const issuance = { organisationId: org, stakeholderId: holderId, shareClassId: classId, shares: '10', pricePerShareFen: '100', issuedOn: '2025-02-01' };
    const cases: [string, Promise<{ userErrors: { code: string; field?: string[] | null }[] }>, string, string[]][] = [
      ['centre by hand', manager.request(AddStakeholder, { input: { organisationId: org, name: '冒充中心', kind: 'CENTRE', entityType: 'INSTITUTION' } }).then((r) => r.data!.addStakeholder), 'VALIDATION_FAILED', ['kind']],
      ['blank name', manager.request(AddStakeholder, { input: { organisationId: org, name: '   ', kind: 'FOUNDER', entityType: 'INDIVIDUAL' } }).then((r) => r.data!.addStakeholder), 'VALIDATION_FAILED', ['name']],
      ['duplicate holder', manager.request(AddStakeholder, { input: { organisationId: org, name: '某创始人', kind: 'FOUNDER', entityType: 'INDIVIDUAL' } }).then((r) => r.data!.addStakeholder), 'DUPLICATE_NAME', ['name']],
      ['unknown organisation', manager.request(AddStakeholder, { input: { organisationId: missing, name: '某人', kind: 'FOUNDER', entityType: 'INDIVIDUAL' } }).then((r) => r.data!.addStakeholder), 'NOT_FOUND', ['organisationId']],
      ['duplicate class', manager.request(AddShareClass, { input: { organisationId: org, name: '普通股', classType: 'COMMON' } }).then((r) => r.data!.addShareClass), 'DUPLICATE_NAME', ['name']],
      ['authorised not whole', manager.request(AddShareClass, { input: { organisationId: org, name: 'B类', classType: 'COMMON', sharesAuthorised: '10.5' } }).then((r) => r.data!.addShareClass), 'INVALID_SHARES', ['sharesAuthorised']],
      ['zero shares', manager.request(RecordIssuance, { input: { ...issuance, shares: '0' } }).then((r) => r.data!.recordIssuance), 'INVALID_SHARES', ['shares']],
      ['bad price', manager.request(RecordIssuance, { input: { ...issuance, pricePerShareFen: '1/0' } }).then((r) => r.data!.recordIssuance), 'INVALID_SHARE_PRICE', ['pricePerShareFen']],
      ['future day', manager.request(RecordIssuance, { input: { ...issuance, issuedOn: '2999-01-01' } }).then((r) => r.data!.recordIssuance), 'VALIDATION_FAILED', ['issuedOn']],
      ['over authorised', manager.request(RecordIssuance, { input: { ...issuance, shares: '901' } }).then((r) => r.data!.recordIssuance), 'EXCEEDS_AUTHORISED_SHARES', ['shares']],
      ['unknown holder', manager.request(RecordIssuance, { input: { ...issuance, stakeholderId: missing } }).then((r) => r.data!.recordIssuance), 'NOT_FOUND', ['stakeholderId']],
      ['buy-back over the issuance', manager.request(RecordBuyBack, { input: { organisationId: org, issuanceId, shares: '101', priceFen: '100' } }).then((r) => r.data!.recordBuyBack), 'BUY_BACK_EXCEEDS_HOLDING', ['shares']],
      ['buy-back without a price', manager.request(RecordBuyBack, { input: { organisationId: org, issuanceId, shares: '1' } }).then((r) => r.data!.recordBuyBack), 'INVALID_AMOUNT', ['priceFen']],
      ['buy-back of nothing named', manager.request(RecordBuyBack, { input: { organisationId: org, shares: '1' } }).then((r) => r.data!.recordBuyBack), 'VALIDATION_FAILED', ['creditLineId']],
      ['buy-back of an unknown line', manager.request(RecordBuyBack, { input: { organisationId: org, creditLineId: missing, shares: '1' } }).then((r) => r.data!.recordBuyBack), 'NOT_FOUND', ['creditLineId']],
    ];
    for (const [label, run, code, field] of cases) expect({ label, errors: codes((await run).userErrors) }).toEqual({ label, errors: [{ code, field }] });
    expect(await table(manager, org)).toEqual(before);

    // A plain buy-back of part of a MANUAL issuance goes through.
    const bought = (await manager.request(RecordBuyBack, { input: { organisationId: org, issuanceId, shares: '40', priceFen: '4000', boughtOn: '2025-06-30' } })).data!.recordBuyBack;
    expect(bought.userErrors).toEqual([]);
    expect(bought.capTable!.history[0]).toMatchObject({ kind: 'BUY_BACK', source: 'MANUAL', issuanceId, shares: '40', priceFen: '4000' });
    expect(bought.capTable!.stakeholders[0]).toMatchObject({ shares: '60', outstandingBasisPoints: 10000, fullyDilutedBasisPoints: 10000 });
  });

  withSql('buys the centre’s shares back under a line’s option at the signed price plus the premium, within the window and the holding', async () => {
    const org = tenant.organisationId;
    const line: OpenedLine = await openCreditLine(sql, org, managerId, { tranches: [{ creditFen: 50_000_000n, shares: 194_445n }, { creditFen: 50_000_000n, shares: 194_444n }], priceNumerator: 1800n, priceDenominator: 7n, buyBackPremiumBp: 800 });
    await drawTranche(sql, line, org, 0, 50_000_000n);
    const withLine = (await table(manager))!;
    expect(withLine.creditLines).toEqual([expect.objectContaining({ id: line.creditLineId, termSheetId: line.termSheetId, sharesIssued: '194445', totalShares: '388889', drawnFen: '50000000', buyBackOpen: true, pricePerShareFen: '1800/7' })]);
    expect(withLine.history[0]).toMatchObject({ source: 'TRANCHE', trancheNumber: 1, creditLineId: line.creditLineId, recordedById: null, shares: '194445' });
    expect(withLine.stakeholders.reduce((total, s) => total + s.fullyDilutedBasisPoints, 0)).toBe(10000);
    // Tranche 2's 194,444 shares are signed but not issued: outstanding leaves them out, fully diluted
    // counts them in the centre's row, so each founder's fully diluted part is below the outstanding one.
    expect([withLine.totalOutstandingShares, withLine.totalFullyDilutedShares]).toEqual(['7194445', '7388889']);
    expect(withLine.stakeholders.map((s) => [s.shares, s.fullyDilutedShares, s.outstandingBasisPoints, s.fullyDilutedBasisPoints])).toEqual([
      ['4000000', '4000000', 5560, 5414], ['2000000', '2000000', 2780, 2707], ['1000000', '1000000', 1390, 1353], ['194445', '388889', 270, 526],
    ]);

    const buy = (input: Record<string, unknown>) => treasurer.request(RecordBuyBack, { input: { organisationId: org, creditLineId: line.creditLineId, shares: '10000', ...input } }).then((r) => r.data!.recordBuyBack);
    expect(codes((await buy({ shares: '194446' })).userErrors)).toEqual([{ code: 'BUY_BACK_EXCEEDS_HOLDING', field: ['shares'] }]);
    expect(codes((await buy({ priceFen: '1' })).userErrors)).toEqual([{ code: 'VALIDATION_FAILED', field: ['priceFen'] }]);
    expect(codes((await buy({ shares: '-1' })).userErrors)).toEqual([{ code: 'INVALID_SHARES', field: ['shares'] }]);
    const trancheIssuance = withLine.history.find((event) => event.source === 'TRANCHE')!.id;
    // Both securities named, or the tranche issuance named as if it were a MANUAL one: refused.
    expect(codes((await buy({ issuanceId: trancheIssuance })).userErrors)).toEqual([{ code: 'VALIDATION_FAILED', field: ['creditLineId'] }]);
    expect(codes((await buy({ creditLineId: null, issuanceId: trancheIssuance, priceFen: '1' })).userErrors)).toEqual([{ code: 'VALIDATION_FAILED', field: ['issuanceId'] }]);
    // The centre's shares are never issued by hand.
    const byHand = (await treasurer.request(RecordIssuance, {
      input: { organisationId: org, stakeholderId: line.centreStakeholderId, shareClassId: line.shareClassId, shares: '1', pricePerShareFen: '1', issuedOn: '2025-01-01' },
    })).data!.recordIssuance;
    expect(codes(byHand.userErrors)).toEqual([{ code: 'VALIDATION_FAILED', field: ['stakeholderId'] }]);
    expect(await table(manager)).toEqual(withLine);
    // 10,000 × 1800/7 × 1.08 = 2,777,142.857… → 2,777,143 fen.
    const bought = await buy({});
    expect(bought.userErrors).toEqual([]);
    expect(bought.capTable!.history[0]).toMatchObject({ kind: 'BUY_BACK', source: 'TRANCHE', creditLineId: line.creditLineId, shares: '10000', priceFen: '2777143', recordedById: treasurerId });
    expect(bought.capTable!.creditLines[0]).toMatchObject({ sharesBoughtBack: '10000' });
    expect(bought.capTable!.stakeholders.find((s) => s.kind === 'CENTRE')!.shares).toBe('184445');

    const closed = await openCreditLine(sql, org, managerId, { tranches: [{ creditFen: 1_000_000n, shares: 100n }], buyBackUntil: new Date(Date.now() - 1000) });
    const none = await openCreditLine(sql, org, managerId, { tranches: [{ creditFen: 1_000_000n, shares: 100n }], buyBackUntil: null });
    for (const opened of [closed, none]) await drawTranche(sql, opened, org, 0, 1_000_000n);
    const before = await table(manager);
    expect(codes((await buy({ creditLineId: closed.creditLineId, shares: '1' })).userErrors)).toEqual([{ code: 'BUY_BACK_WINDOW_CLOSED', field: ['creditLineId'] }]);
    expect(codes((await buy({ creditLineId: none.creditLineId, shares: '1' })).userErrors)).toEqual([{ code: 'NO_BUY_BACK_OPTION', field: ['creditLineId'] }]);
    // Another company's line is not found from this one.
    expect(codes((await treasurer.request(RecordBuyBack, { input: { organisationId: other.organisationId, creditLineId: line.creditLineId, shares: '1' } })).data!.recordBuyBack.userErrors)).toEqual([{ code: 'NOT_FOUND', field: ['creditLineId'] }]);
    expect(await table(manager)).toEqual(before);
  });

  it('exports the founder’s own cap table as an OCF zip whose manifest names the issuer, and 404 for another company', async () => {
    const url = (organisationId: string) => `${server().api.url}/api/equity/cap-tables/${organisationId}/ocf.zip`;
    const download = (client: GraphQLClient, organisationId: string) => fetch(url(organisationId), { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} });
    const response = await download(tenant.founder, tenant.organisationId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(tenant.organisationName)}-OCF-`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['Manifest.ocf.json', 'StockClasses.ocf.json', 'Stakeholders.ocf.json', 'Transactions.ocf.json', 'VestingTerms.ocf.json'].sort());
    const manifest = JSON.parse(strFromU8(files['Manifest.ocf.json']!));
    expect(manifest).toMatchObject({ file_type: 'OCF_MANIFEST_FILE', issuer: { id: tenant.organisationId, legal_name: tenant.organisationName, country_of_formation: 'CN' } });
    const stakeholders = JSON.parse(strFromU8(files['Stakeholders.ocf.json']!)).items.map((item: { name: { legal_name: string } }) => item.name.legal_name);
    expect(stakeholders).toEqual(expect.arrayContaining(['创始人甲', '创始人乙', '天使投资人']));

    // Staff download any company's; a founder gets 404 for another's, as for one that does not exist; no credential is 401.
    expect((await download(manager, other.organisationId)).status).toBe(200);
    expect((await download(tenant.founder, other.organisationId)).status).toBe(404);
    expect((await download(manager, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(consultant, tenant.organisationId)).status).toBe(403);
    expect((await fetch(url(tenant.organisationId))).status).toBe(401);
  });
});
