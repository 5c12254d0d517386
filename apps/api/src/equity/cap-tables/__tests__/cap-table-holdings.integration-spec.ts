import { buyBackPriceFen, fenPerShare, shanghaiDay as shanghaiDayOf } from '@suanli/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../../audit/index.js';
import type { Actor } from '../../../common/access/actor.js';
import { DomainError } from '../../../common/errors/api-errors.js';
import { drawTranche, openCreditLine, type OpenedLine, type Sql } from '../../../../test/credit-line-fixture.js';
import { connectTestDataSource, isEmbedded } from '../../../../test/test-data-source.js';
import { actorFor, createUser, OrganisationFactory } from '../../../../test/factories.js';
import { BuyBacksService } from '../services/buy-backs.service.js';
import { CapTableReader } from '../services/cap-table-reader.js';
import { buildCapTableSnapshot } from '../services/cap-table-snapshot.js';
import { CapTableWritesService } from '../services/cap-table-writes.service.js';

// Two connections racing need a real PostgreSQL; the embedded one serves a single connection.
if (isEmbedded()) console.warn('cap-table-holdings: the concurrent buy-back race is not run on the embedded database — set DATABASE_URL (CI does)');

/** The code of the DomainError a call fails with (and that it failed with one). */
async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/**
 * Cap tables against the real database: holdings and fully diluted percentages from issuances the
 * staff record and tranche issuances the triggers make; buy-backs that the trigger keeps within the
 * holding, also when two race on separate connections; the OCF snapshot built from the same rows.
 */
describe('cap tables in the database', () => {
  let dataSource: DataSource;
  let sql: Sql;
  let staff: Actor;
  let userId: string;
  let writes: CapTableWritesService;
  let buyBacks: BuyBacksService;
  let reader: CapTableReader;

  const newCompany = async () => (await OrganisationFactory.on(dataSource).create()).id;
  const stakeholder = async (organisationId: string, name: string) =>
    (await writes.addStakeholder(staff, { organisationId, name, kind: 'FOUNDER', entityType: 'INDIVIDUAL' })).stakeholderId;
  const heldBy = async (organisationId: string) => {
    const table = (await reader.capTable(staff, organisationId))!;
    return Object.fromEntries(table.stakeholders.map((s) => [s.name, { shares: s.shares, bp: s.outstandingBasisPoints, fd: s.fullyDilutedBasisPoints }]));
  };
  const lineWithIssuedShares = async (organisationId: string, extra: Partial<Parameters<typeof openCreditLine>[3]> = {}): Promise<OpenedLine> => {
    const line = await openCreditLine(sql, organisationId, userId, { tranches: [{ creditFen: 50_000_000n, shares: 100n }, { creditFen: 50_000_000n, shares: 100n }], ...extra });
    await drawTranche(sql, line, organisationId, 0, 50_000_000n);
    return line;
  };

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    sql = (text, params) => dataSource.query(text, params);
    const user = await createUser(dataSource, 'MANAGER', null);
    userId = user.id;
    staff = actorFor(user);
    const audit = new AuditService(dataSource);
    writes = new CapTableWritesService(dataSource, audit);
    buyBacks = new BuyBacksService(dataSource, audit);
    reader = new CapTableReader(dataSource);
  });
  afterAll(async () => dataSource?.destroy());

  it('adds up holdings per class and both percentage columns to exactly 100 %, the centre’s tranche shares included', async () => {
    const org = await newCompany();
    const common = (await writes.addShareClass(staff, { organisationId: org, name: '普通股', classType: 'COMMON' })).shareClassId;
    const [a, b, c] = [await stakeholder(org, '张三'), await stakeholder(org, '李四'), await stakeholder(org, '王五')];
    for (const holder of [a, b, c]) await writes.recordIssuance(staff, { organisationId: org, stakeholderId: holder, shareClassId: common, shares: '100', pricePerShareFen: '1/3', issuedOn: '2025-01-02' });
    // Three equal holders: 3333.33… bp each; the leftover basis point goes to one of them.
    let held = await heldBy(org);
    expect(Object.values(held).map((h) => h.bp).sort()).toEqual([3333, 3333, 3334]);
    // No credit line: fully diluted is the same as outstanding.
    expect(Object.values(held).map((h) => h.fd).sort()).toEqual([3333, 3333, 3334]);

    // A tranche drawn in full issues the centre's 100 shares by trigger: now 100 of 400 each outstanding;
    // the second tranche's 100 are signed but not issued, so fully diluted counts 500 (the centre 200).
    const line = await lineWithIssuedShares(org);
    const table = (await reader.capTable(staff, org))!;
    expect([table.totalOutstandingShares, table.totalFullyDilutedShares]).toEqual(['400', '500']);
    expect(table.stakeholders.reduce((total, s) => total + s.outstandingBasisPoints, 0)).toBe(10000);
    expect(table.stakeholders.reduce((total, s) => total + s.fullyDilutedBasisPoints, 0)).toBe(10000);
    expect(table.stakeholders.map((s) => s.outstandingBasisPoints)).toEqual([2500, 2500, 2500, 2500]);
    expect(Object.fromEntries(table.stakeholders.map((s) => [s.kind === 'CENTRE' ? 'centre' : s.name, [s.shares, s.fullyDilutedShares, s.fullyDilutedBasisPoints]]))).toEqual({
      张三: ['100', '100', 2000], 李四: ['100', '100', 2000], 王五: ['100', '100', 2000], centre: ['100', '200', 4000],
    });
    const centre = table.stakeholders.find((s) => s.kind === 'CENTRE')!;
    expect(centre.byClass).toEqual([{ shareClassId: line.shareClassId, shares: '100' }, { shareClassId: common, shares: '0' }]);
    expect(table.shareClasses.map((k) => [k.name, k.outstandingShares])).toEqual([['A轮优先股', '100'], ['普通股', '300']]);
    expect(table.history[0]).toMatchObject({ kind: 'ISSUANCE', source: 'TRANCHE', creditLineId: line.creditLineId, trancheNumber: 1, shares: '100', recordedById: null });
    expect(table.history.filter((e) => e.source === 'MANUAL').every((e) => e.recordedById === userId && e.recordedByName === 'MANAGER' && e.pricePerShareFen === '1/3')).toBe(true);
    expect(table.creditLines).toEqual([expect.objectContaining({ id: line.creditLineId, creditFen: 100_000_000n, drawnFen: 50_000_000n, sharesIssued: '100', totalShares: '200', buyBackOpen: true })]);

    // The founders buy 30 back at the signed 18/7 fen a share plus 8 %: 30 × 18/7 × 1.08 = 83.31… → 83 fen.
    await buyBacks.record(staff, { organisationId: org, creditLineId: line.creditLineId, shares: '30' });
    const after = (await reader.capTable(staff, org))!;
    expect(after.history[0]).toMatchObject({ kind: 'BUY_BACK', source: 'TRANCHE', shares: '30', priceFen: buyBackPriceFen(30n, fenPerShare(18n, 7n), 800n) });
    expect(after.history[0]!.priceFen).toBe(83n);
    held = await heldBy(org);
    expect(after.totalOutstandingShares).toBe('370');
    // Outstanding 70 of 370; fully diluted 70 + the 100 unissued of 470 (a buy-back does not un-issue):
    // 3617.02 bp for the centre, 2127.66 for each founder, the two leftover points to two founders.
    expect(held[after.stakeholders.find((s) => s.kind === 'CENTRE')!.name]).toEqual({ shares: '70', bp: 1892, fd: 3617 });
    expect(after.totalFullyDilutedShares).toBe('470');
    expect(after.stakeholders.filter((s) => s.kind === 'FOUNDER').map((s) => s.fullyDilutedBasisPoints).sort()).toEqual([2127, 2128, 2128]);
    expect(Object.values(held).reduce((total, h) => total + h.bp, 0)).toBe(10000);
    expect(Object.values(held).reduce((total, h) => total + h.fd, 0)).toBe(10000);
  });

  it('dilutes the founders by the centre’s signed but unissued tranche shares: exact outstanding and fully diluted figures', async () => {
    const org = await newCompany();
    const common = (await writes.addShareClass(staff, { organisationId: org, name: '普通股', classType: 'COMMON' })).shareClassId;
    const [first, second] = [await stakeholder(org, '创始人甲'), await stakeholder(org, '创始人乙')];
    for (const [holder, shares] of [[first, '6000'], [second, '3000']] as const)
      await writes.recordIssuance(staff, { organisationId: org, stakeholderId: holder, shareClassId: common, shares, pricePerShareFen: '1', issuedOn: '2025-01-02' });
    // An ACTIVE line of 500 + 500 shares: tranche 1 drawn in full (500 issued by trigger), tranche 2 half drawn (nothing issued yet).
    const line = await openCreditLine(sql, org, userId, { tranches: [{ creditFen: 50_000_000n, shares: 500n }, { creditFen: 50_000_000n, shares: 500n }] });
    await drawTranche(sql, line, org, 0, 50_000_000n);
    await drawTranche(sql, line, org, 1, 25_000_000n);
    const table = (await reader.capTable(staff, org))!;
    expect([table.totalOutstandingShares, table.totalFullyDilutedShares]).toEqual(['9500', '10000']);
    // Outstanding of 9500: 6315.79 / 3157.89 / 526.32 bp → the two leftover points to the .79 and the .89.
    // Fully diluted of 10000 (the centre's 500 issued + 500 unissued): 6000 / 3000 / 1000 bp exactly.
    expect(table.stakeholders.map((s) => [s.kind, s.shares, s.fullyDilutedShares, s.outstandingBasisPoints, s.fullyDilutedBasisPoints])).toEqual([
      ['FOUNDER', '6000', '6000', 6316, 6000],
      ['FOUNDER', '3000', '3000', 3158, 3000],
      ['CENTRE', '500', '1000', 526, 1000],
    ]);
    for (const column of ['outstandingBasisPoints', 'fullyDilutedBasisPoints'] as const) expect(table.stakeholders.reduce((total, s) => total + s[column], 0)).toBe(10000);
    for (const founder of table.stakeholders.filter((s) => s.kind === 'FOUNDER')) expect(founder.fullyDilutedBasisPoints).toBeLessThan(founder.outstandingBasisPoints);
  });

  it('refuses a buy-back over the holding even with plain SQL, and the service names it', async () => {
    const org = await newCompany();
    const line = await lineWithIssuedShares(org);
    const insert = (shares: number) =>
      dataSource.query('INSERT INTO cap_buy_backs (organisation_id, stakeholder_id, credit_line_id, shares, price_fen, bought_at) VALUES ($1, $2, $3, $4, 0, now())', [org, line.centreStakeholderId, line.creditLineId, shares]);
    await expect(insert(101)).rejects.toThrow(/exceeds the 100 held/);
    await insert(60);
    await expect(insert(41)).rejects.toThrow(/exceeds the 100 held \(60 already bought back\)/);
    await expect(dataSource.query('DELETE FROM cap_buy_backs WHERE credit_line_id = $1', [line.creditLineId])).rejects.toThrow(/append-only/);
    expect(await codeOf(buyBacks.record(staff, { organisationId: org, creditLineId: line.creditLineId, shares: '41' }))).toBe('BUY_BACK_EXCEEDS_HOLDING');
    const [{ bought }] = await dataSource.query('SELECT sum(shares)::int AS bought FROM cap_buy_backs WHERE credit_line_id = $1', [line.creditLineId]);
    expect(bought).toBe(60);
  });

  (isEmbedded() ? it.skip : it)('lets only one of two concurrent buy-backs of the same holding through', async () => {
    for (let round = 0; round < 3; round += 1) {
      const org = await newCompany();
      const line = await lineWithIssuedShares(org);
      const [first, second] = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
      try {
        await Promise.all([first.connect(), second.connect()]);
        // Each buys 60 of the 100 held inside its own transaction; the loser waits on the line's row
        // lock, then sees the winner's 60 and is refused.
        const buy = async (runner: typeof first) => {
          await runner.startTransaction();
          try {
            await runner.query('INSERT INTO cap_buy_backs (organisation_id, stakeholder_id, credit_line_id, shares, price_fen, bought_at) VALUES ($1, $2, $3, 60, 0, now())', [org, line.centreStakeholderId, line.creditLineId]);
            await new Promise((done) => setTimeout(done, 50));
            await runner.commitTransaction();
            return 'bought';
          } catch (error) {
            await runner.rollbackTransaction();
            return (error as Error).message;
          }
        };
        const outcomes = await Promise.all([buy(first), buy(second)]);
        expect(outcomes.sort()).toEqual([expect.stringMatching(/exceeds the 100 held \(60 already bought back\)/), 'bought']);
      } finally {
        await first.release();
        await second.release();
      }
      const [{ bought }] = await dataSource.query('SELECT sum(shares)::int AS bought FROM cap_buy_backs WHERE credit_line_id = $1', [line.creditLineId]);
      expect(bought).toBe(60);
    }
  });

  it('refuses a buy-back after the window or without an option, and bad issuances, changing nothing', async () => {
    const org = await newCompany();
    const closed = await lineWithIssuedShares(org, { buyBackUntil: new Date(Date.now() - 60_000) });
    const none = await lineWithIssuedShares(org, { buyBackUntil: null });
    expect(await codeOf(buyBacks.record(staff, { organisationId: org, creditLineId: closed.creditLineId, shares: '1' }))).toBe('BUY_BACK_WINDOW_CLOSED');
    expect(await codeOf(buyBacks.record(staff, { organisationId: org, creditLineId: none.creditLineId, shares: '1' }))).toBe('NO_BUY_BACK_OPTION');
    const founder = await stakeholder(org, '赵六');
    const common = (await writes.addShareClass(staff, { organisationId: org, name: '普通股', classType: 'COMMON', sharesAuthorised: '1000' })).shareClassId;
    const issue = (change: Record<string, string>) =>
      writes.recordIssuance(staff, { organisationId: org, stakeholderId: founder, shareClassId: common, shares: '10', pricePerShareFen: '100', issuedOn: '2025-06-01', ...change });
    expect(await codeOf(issue({ shares: '0' }))).toBe('INVALID_SHARES');
    expect(await codeOf(issue({ shares: '1.5' }))).toBe('INVALID_SHARES');
    expect(await codeOf(issue({ pricePerShareFen: '1/0' }))).toBe('INVALID_SHARE_PRICE');
    expect(await codeOf(issue({ pricePerShareFen: '-3' }))).toBe('INVALID_SHARE_PRICE');
    expect(await codeOf(issue({ issuedOn: '2025-02-30' }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(issue({ shares: '1001' }))).toBe('EXCEEDS_AUTHORISED_SHARES');
    expect(await codeOf(issue({ stakeholderId: closed.centreStakeholderId }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(issue({ shareClassId: closed.shareClassId, stakeholderId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const [{ manual }] = await dataSource.query("SELECT count(*)::int AS manual FROM cap_issuances WHERE organisation_id = $1 AND source = 'MANUAL'", [org]);
    const [{ bought }] = await dataSource.query('SELECT count(*)::int AS bought FROM cap_buy_backs WHERE organisation_id = $1', [org]);
    expect({ manual, bought }).toEqual({ manual: 0, bought: 0 });
  });

  it('builds the OCF snapshot: MANUAL issuances, one centre grant per line with its tranches, closed lines forfeiting the rest', async () => {
    const org = await newCompany();
    const common = (await writes.addShareClass(staff, { organisationId: org, name: '普通股', classType: 'COMMON' })).shareClassId;
    const founder = await stakeholder(org, '创始人甲');
    const { issuanceId } = await writes.recordIssuance(staff, { organisationId: org, stakeholderId: founder, shareClassId: common, shares: '7000', pricePerShareFen: '0.01', issuedOn: '2024-03-01', considerationText: '知识产权投入' });
    await buyBacks.record(staff, { organisationId: org, issuanceId, shares: '500', priceFen: 5n, boughtOn: '2025-01-15' });
    const line = await lineWithIssuedShares(org);
    // Half of tranche 2 drawn, then the line expires: ⌊100 × ½⌋ = 50 issued by the expiry trigger, 50 forfeited.
    await drawTranche(sql, line, org, 1, 25_000_000n);
    // A line closes at its expiry at the earliest (the database refuses sooner).
    // (TypeORM answers an UPDATE … RETURNING with [rows, count].)
    const [[{ expires_at: expiresAt }]]: [{ expires_at: Date }[], number] = await dataSource.query("UPDATE credit_lines SET status = 'EXPIRED', closed_at = expires_at WHERE id = $1 RETURNING expires_at", [line.creditLineId]);
    await buyBacks.record(staff, { organisationId: org, creditLineId: line.creditLineId, shares: '10' });

    // The line is EXPIRED: its unissued 50 are forfeited, so fully diluted counts what is outstanding only.
    const closedTable = (await reader.capTable(staff, org))!;
    expect([closedTable.totalOutstandingShares, closedTable.totalFullyDilutedShares]).toEqual(['6640', '6640']);
    expect(closedTable.stakeholders.map((s) => s.fullyDilutedBasisPoints)).toEqual(closedTable.stakeholders.map((s) => s.outstandingBasisPoints));

    const snapshot = (await dataSource.transaction('REPEATABLE READ', (manager) => buildCapTableSnapshot(manager, org, new Date('2026-12-01T16:30:00Z'))))!;
    expect(snapshot.issuer).toMatchObject({ id: org, country: 'CN' });
    expect(snapshot.issuances).toEqual([
      { id: issuanceId, stakeholderId: founder, stockClassId: common, shares: 7000n, pricePerShare: { numerator: 1n, denominator: 100n }, issuedOn: '2024-03-01', considerationText: '知识产权投入' },
    ]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(snapshot.centreGrants).toEqual([
      expect.objectContaining({
        termSheetId: line.termSheetId, stakeholderId: line.centreStakeholderId, stockClassId: line.shareClassId, totalShares: 200n, creditFen: 100_000_000n,
        pricePerShare: { numerator: 18n, denominator: 7n }, signedOn: today,
        tranches: [
          { index: 0, shares: 100n, creditFen: 50_000_000n, drawnFen: 50_000_000n, releasedOn: today, sharesIssued: 100n, issuedOn: today },
          { index: 1, shares: 100n, creditFen: 50_000_000n, drawnFen: 25_000_000n, releasedOn: today, sharesIssued: 50n, issuedOn: shanghaiDayOf(expiresAt) },
        ],
        closed: { on: shanghaiDayOf(expiresAt), sharesForfeited: 50n },
      }),
    ]);
    expect(snapshot.buyBacks.map((b) => [b.securityOf, b.shares, b.on])).toEqual([
      [issuanceId, 500n, '2025-01-15'],
      [line.termSheetId, 10n, today],
    ]);
    expect(snapshot.stockClasses.map((k) => k.name)).toEqual(['A轮优先股', '普通股']);
  });
});
