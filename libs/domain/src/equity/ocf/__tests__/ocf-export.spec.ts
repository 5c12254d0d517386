import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { checkOcfReferences, OcfExportError, ocfFileText, snapshotProblems, toOcf, zipOcf } from '../index.js';
import type { OcfPackage, OcfStockCancellation, OcfStockIssuance, OcfStockRepurchase, OcfTransaction, OcfVestingEvent } from '../index.js';
import { closedGrant, foundersOnly, GENERATED_AT, snapshotArb, withCentreGrant, WORKED_GRANT } from './ocf-fixtures.js';

const export_ = (snapshot = withCentreGrant()) => toOcf(snapshot, { generatedAt: GENERATED_AT });
const transactions = (pkg: OcfPackage) => pkg['Transactions.ocf.json'].items;
const ofType = <T extends OcfTransaction>(pkg: OcfPackage, type: T['object_type']) => transactions(pkg).filter((tx): tx is T => tx.object_type === type);
const issuance = (pkg: OcfPackage, id: string) => ofType<OcfStockIssuance>(pkg, 'TX_STOCK_ISSUANCE').find((tx) => tx.id === id)!;
const clone = (pkg: OcfPackage): OcfPackage => JSON.parse(JSON.stringify(pkg));

describe('toOcf: the centre grant', () => {
  const pkg = export_();
  const grant = issuance(pkg, 'grant-ts-2026-001');
  const terms = pkg['VestingTerms.ocf.json'].items.find((t) => t.id === grant.vesting_terms_id)!;

  it('is one issuance of Σ tranche shares to the centre, priced per share, paid in compute credit', () => {
    expect(grant.quantity).toBe('1000000');
    expect(grant.quantity).toBe(WORKED_GRANT.tranches.reduce((sum, t) => sum + t.shares, 0n).toString());
    expect(grant.stakeholder_id).toBe('sh-centre');
    expect(grant.date).toBe('2026-03-01');
    expect(grant.share_price).toEqual({ amount: '2.000000', currency: 'CNY' });
    expect(grant.consideration_text).toBe('算力额度 ¥2,000,000.00 (compute credit)');
  });

  it('vests by one VESTING_EVENT condition per tranche whose portions add up to 1', () => {
    expect(terms.vesting_conditions).toHaveLength(4);
    expect(terms.vesting_conditions.every((c) => c.trigger.type === 'VESTING_EVENT' && c.next_condition_ids.length === 0)).toBe(true);
    const portions = terms.vesting_conditions.map((c) => c.portion);
    expect(portions.every((p) => p.denominator === '1000000' && p.numerator === '250000')).toBe(true);
    expect(portions.reduce((sum, p) => sum + BigInt(p.numerator), 0n)).toBe(BigInt(portions[0]!.denominator));
  });

  it('has one VestingEvent per released tranche, on its release day, and none for the locked ones', () => {
    const events = ofType<OcfVestingEvent>(pkg, 'TX_VESTING_EVENT').filter((e) => e.security_id === grant.security_id);
    expect(events.map((e) => [e.date, e.vesting_condition_id])).toEqual([
      ['2026-03-01', terms.vesting_conditions[0]!.id],
      ['2026-05-10', terms.vesting_conditions[1]!.id],
    ]);
  });

  it('buys back from the vested shares and issues the rest as a balance that still vests the locked tranches', () => {
    const [repurchase] = ofType<OcfStockRepurchase>(pkg, 'TX_STOCK_REPURCHASE');
    expect(repurchase).toMatchObject({ security_id: grant.security_id, quantity: '100000', date: '2026-09-15' });
    // 100,000 × ¥2 × 1.08 = ¥216,000: ¥2.160000 a share
    expect(repurchase!.price).toEqual({ amount: '2.160000', currency: 'CNY' });
    expect(repurchase!.consideration_text).toContain('¥216,000.00');
    const balance = ofType<OcfStockIssuance>(pkg, 'TX_STOCK_ISSUANCE').find((tx) => tx.security_id === repurchase!.balance_security_id)!;
    expect(balance).toMatchObject({ quantity: '900000', date: '2026-09-15', stakeholder_id: 'sh-centre' });
    const balanceTerms = pkg['VestingTerms.ocf.json'].items.find((t) => t.id === balance.vesting_terms_id)!;
    // 400,000 vested shares carried over (vested on the day), 2 × 250,000 still to vest
    expect(balanceTerms.vesting_conditions.map((c) => c.portion)).toEqual([
      { numerator: '400000', denominator: '900000' },
      { numerator: '250000', denominator: '900000' },
      { numerator: '250000', denominator: '900000' },
    ]);
    const carried = ofType<OcfVestingEvent>(pkg, 'TX_VESTING_EVENT').filter((e) => e.security_id === balance.security_id);
    expect(carried.map((e) => e.vesting_condition_id)).toEqual([balanceTerms.vesting_conditions[0]!.id]);
  });

  it('refuses a buy-back of more shares than are vested', () => {
    const snapshot = withCentreGrant();
    snapshot.buyBacks[0]!.shares = 500_001n;
    expect(() => export_(snapshot)).toThrow(/only 500000 are vested/);
  });
});

describe('toOcf: a closed line', () => {
  const pkg = export_(closedGrant());

  it('cancels the forfeited shares on the grant and leaves the earned ones, fully vested, on a balance', () => {
    const [cancellation] = ofType<OcfStockCancellation>(pkg, 'TX_STOCK_CANCELLATION');
    expect(cancellation).toMatchObject({ security_id: 'grant-ts-2025-007-security', quantity: '150000', date: '2026-09-01' });
    expect(cancellation!.reason_text).toContain('unused credit');
    const balance = ofType<OcfStockIssuance>(pkg, 'TX_STOCK_ISSUANCE').find((tx) => tx.security_id === cancellation!.balance_security_id)!;
    expect(balance.quantity).toBe('150000');
    expect(balance.vesting_terms_id).toBeUndefined();
  });

  it('repurchases after the close from the balance security', () => {
    const [cancellation] = ofType<OcfStockCancellation>(pkg, 'TX_STOCK_CANCELLATION');
    const [repurchase] = ofType<OcfStockRepurchase>(pkg, 'TX_STOCK_REPURCHASE');
    expect(repurchase).toMatchObject({ security_id: cancellation!.balance_security_id, quantity: '20000' });
    expect(issuance(pkg, `${repurchase!.balance_security_id}-issuance`).quantity).toBe('130000');
  });

  it('still has one VestingEvent per released tranche and none for the locked one', () => {
    expect(ofType<OcfVestingEvent>(pkg, 'TX_VESTING_EVENT').map((e) => e.vesting_condition_id)).toEqual([
      'grant-ts-2025-007-vesting-tranche-1',
      'grant-ts-2025-007-vesting-tranche-2',
    ]);
  });

  it('issues no cancellation when nothing was forfeited', () => {
    const snapshot = closedGrant();
    const grant = snapshot.centreGrants[0]!;
    grant.tranches = grant.tranches.map((t) => ({ ...t, releasedOn: t.releasedOn ?? '2026-08-01', sharesIssued: t.shares }));
    grant.closed = { on: '2026-09-01', sharesForfeited: 0n };
    expect(ofType(export_(snapshot), 'TX_STOCK_CANCELLATION')).toEqual([]);
  });
});

describe('toOcf: the rest of the cap table', () => {
  it('maps the issuer, and says so when the formation date stands in for a missing one', () => {
    const full = export_()['Manifest.ocf.json'];
    expect(full.issuer).toMatchObject({ legal_name: '蓉城视觉科技有限公司', formation_date: '2025-06-18', country_of_formation: 'CN', tax_ids: [{ tax_id: '91510100MA6C123456', country: 'CN' }] });
    const bare = export_(foundersOnly())['Manifest.ocf.json'];
    expect(bare.issuer.tax_ids).toBeUndefined();
    expect(bare.issuer.formation_date).toBe('2025-06-18');
    expect(bare.issuer.comments?.[0]).toContain('not on file');
    expect(bare.as_of).toBe('2026-12-01'); // 18:00 UTC is the next day in Shanghai
    expect(bare.generated_at).toBe('2026-12-01T02:30:00.000Z');
  });

  it('maps stakeholders, the centre as an institutional investor', () => {
    const items = export_()['Stakeholders.ocf.json'].items;
    expect(items.find((s) => s.id === 'sh-centre')).toMatchObject({ stakeholder_type: 'INSTITUTION', current_relationship: 'INVESTOR', name: { legal_name: '成都智算中心' } });
    expect(items.find((s) => s.id === 'sh-li')).toMatchObject({ stakeholder_type: 'INDIVIDUAL', current_relationship: 'FOUNDER' });
  });

  it('maps stock classes with prefixes, authorised shares and the class price rounded half up', () => {
    const [common, preferred] = export_()['StockClasses.ocf.json'].items;
    expect(common).toMatchObject({ class_type: 'COMMON', default_id_prefix: 'CS-', initial_shares_authorized: 'UNLIMITED', votes_per_share: '1', seniority: '1' });
    expect(common!.price_per_share).toBeUndefined();
    // ¥18,000,000 ÷ 7,000,000 = ¥2.571428571… → 2.571429
    expect(preferred).toMatchObject({ class_type: 'PREFERRED', default_id_prefix: 'PS-', initial_shares_authorized: '2000000', price_per_share: { amount: '2.571429', currency: 'CNY' } });
  });

  it('issues outright with custom ids by class and date, and consideration text only when not cash', () => {
    const pkg = export_();
    expect(issuance(pkg, 'issuance-iss-li')).toMatchObject({ custom_id: 'CS-1', quantity: '6000000', share_price: { amount: '0.000100', currency: 'CNY' } });
    expect(issuance(pkg, 'issuance-iss-li').consideration_text).toBeUndefined();
    expect(issuance(pkg, 'issuance-iss-wang')).toMatchObject({ custom_id: 'CS-2', consideration_text: '知识产权投入 (IP contribution)' });
    expect(issuance(pkg, 'issuance-iss-fund')).toMatchObject({ custom_id: 'PS-1', stock_class_id: 'class-a' });
    expect(issuance(pkg, 'grant-ts-2026-001').custom_id).toBe('CS-3');
  });

  it('sorts transactions by date, an issuance before what happens to it on the same day', () => {
    const items = transactions(export_());
    const dates = items.map((tx) => tx.date);
    expect(dates).toEqual([...dates].sort());
    const sameDay = items.filter((tx) => tx.date === '2026-03-01').map((tx) => tx.object_type);
    expect(sameDay).toEqual(['TX_STOCK_ISSUANCE', 'TX_VESTING_EVENT']);
  });

  it('lists every file in the manifest with the MD5 of its exact text', () => {
    const pkg = export_();
    const manifest = pkg['Manifest.ocf.json'];
    expect(manifest.transactions_files).toEqual([{ filepath: 'Transactions.ocf.json', md5: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
    expect(manifest.stock_plans_files).toEqual([]);
  });

  it('is deterministic: the same snapshot gives byte-identical files and zip', () => {
    const texts = (pkg: OcfPackage) => Object.values(pkg).map(ocfFileText);
    expect(texts(export_())).toEqual(texts(export_()));
    expect(Buffer.from(zipOcf(export_())).equals(Buffer.from(zipOcf(export_())))).toBe(true);
  });

  it('does not depend on the order the snapshot lists things in', () => {
    fc.assert(
      fc.property(snapshotArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (snapshot, randoms) => {
        const shuffle = <T>(items: readonly T[]) => items.map((item) => [randoms.next().value as number, item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
        const shuffled = {
          ...snapshot,
          stockClasses: shuffle(snapshot.stockClasses),
          stakeholders: shuffle(snapshot.stakeholders),
          issuances: shuffle(snapshot.issuances),
          centreGrants: shuffle(snapshot.centreGrants),
          buyBacks: shuffle(snapshot.buyBacks),
        };
        const texts = (s: typeof snapshot) => Object.values(toOcf(s, { generatedAt: GENERATED_AT })).map(ocfFileText);
        expect(texts(shuffled)).toEqual(texts(snapshot));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a snapshot that breaks its rules, with a code and every problem', () => {
    const snapshot = withCentreGrant();
    snapshot.centreGrants[0]!.totalShares = 999_999n;
    snapshot.issuances[0]!.stakeholderId = 'nobody';
    try {
      export_(snapshot);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(OcfExportError);
      expect((error as OcfExportError).code).toBe('OCF_SNAPSHOT_INVALID');
      expect((error as OcfExportError).problems).toEqual([
        'issuance iss-li: stakeholder "nobody" is not in the snapshot',
        'centre grant ts-2026-001: totalShares 999999 ≠ Σ tranche shares 1000000',
      ]);
    }
    expect(snapshotProblems(withCentreGrant())).toEqual([]);
  });
});

describe('zipOcf', () => {
  it('zips every file as its exact pretty JSON', () => {
    const pkg = export_();
    const files = unzipSync(zipOcf(pkg));
    expect(Object.keys(files)).toEqual(['Manifest.ocf.json', 'Stakeholders.ocf.json', 'StockClasses.ocf.json', 'VestingTerms.ocf.json', 'Transactions.ocf.json']);
    expect(strFromU8(files['Transactions.ocf.json']!)).toBe(ocfFileText(pkg['Transactions.ocf.json']));
    expect(JSON.parse(strFromU8(files['Manifest.ocf.json']!))).toEqual(pkg['Manifest.ocf.json']);
  });
});

describe('checkOcfReferences', () => {
  it('passes toOcf output', () => {
    for (const snapshot of [foundersOnly(), withCentreGrant(), closedGrant()]) expect(checkOcfReferences(export_(snapshot))).toEqual([]);
  });

  it('finds a stakeholder reference that points nowhere', () => {
    const pkg = clone(export_());
    (pkg['Transactions.ocf.json'].items.find((tx) => tx.id === 'issuance-iss-li') as OcfStockIssuance).stakeholder_id = 'sh-ghost';
    const problems = checkOcfReferences(pkg);
    expect(problems).toContain('issuance issuance-iss-li: stakeholder_id "sh-ghost" is not a stakeholder in the package');
    // the planted change also breaks the manifest's checksum of the file
    expect(problems).toContain('manifest transactions_files: the MD5 of Transactions.ocf.json is not ' + pkg['Manifest.ocf.json'].transactions_files[0]!.md5);
  });

  it('finds a duplicate id', () => {
    const pkg = clone(export_());
    pkg['Stakeholders.ocf.json'].items[1]!.id = pkg['Stakeholders.ocf.json'].items[0]!.id;
    expect(checkOcfReferences(pkg)).toContain(`stakeholder id "${pkg['Stakeholders.ocf.json'].items[0]!.id}" is used more than once`);
  });

  it('finds a vesting event naming a condition of another security’s terms', () => {
    const pkg = clone(export_());
    const event = pkg['Transactions.ocf.json'].items.find((tx) => tx.object_type === 'TX_VESTING_EVENT') as OcfVestingEvent;
    event.security_id = 'issuance-iss-li-security';
    expect(checkOcfReferences(pkg)).toContain(`TX_VESTING_EVENT ${event.id}: vesting_condition_id "${event.vesting_condition_id}" is not a condition of the vesting terms of issuance-iss-li-security`);
  });

  it('finds a cancellation larger than its security, and a balance that does not add up', () => {
    const pkg = clone(export_(closedGrant()));
    const cancellation = pkg['Transactions.ocf.json'].items.find((tx) => tx.object_type === 'TX_STOCK_CANCELLATION') as OcfStockCancellation;
    cancellation.quantity = '300001';
    expect(checkOcfReferences(pkg)).toContain(`TX_STOCK_CANCELLATION ${cancellation.id}: takes 300001 shares of grant-ts-2025-007-security, which holds 300000`);
    cancellation.quantity = '140000';
    expect(checkOcfReferences(pkg)).toContain(`TX_STOCK_CANCELLATION ${cancellation.id}: balance ${cancellation.balance_security_id} holds 150000 shares, not the 160000 left`);
  });

  it('always passes toOcf output for random snapshots, whose grants always add up', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const pkg = toOcf(snapshot, { generatedAt: GENERATED_AT });
        expect(checkOcfReferences(pkg)).toEqual([]);
        for (const grant of snapshot.centreGrants) {
          const events = ofType<OcfVestingEvent>(pkg, 'TX_VESTING_EVENT').filter((e) => e.id.startsWith(`grant-${grant.termSheetId}-tranche-`));
          expect(events).toHaveLength(grant.tranches.filter((t) => t.releasedOn !== null).length);
          const cancelled = ofType<OcfStockCancellation>(pkg, 'TX_STOCK_CANCELLATION').filter((c) => c.id === `grant-${grant.termSheetId}-forfeit`);
          expect(cancelled.map((c) => c.quantity)).toEqual(grant.closed && grant.closed.sharesForfeited > 0n ? [grant.closed.sharesForfeited.toString()] : []);
        }
      }),
      { numRuns: 200 },
    );
  });
});
