import fc from 'fast-check';
import { buyBackPriceFen } from '../../buy-back.js';
import { fenPerShare } from '../../equity-maths.js';
import type { CapBuyBack, CapIssuance, CapStakeholder, CapTableSnapshot, CentreGrant, CentreGrantTranche } from '../cap-table-snapshot.js';

export const GENERATED_AT = new Date('2026-12-01T02:30:00Z');

const ISSUER: CapTableSnapshot['issuer'] = {
  id: 'org-rongcheng',
  legalName: '蓉城视觉科技有限公司',
  country: 'CN',
  taxId: '91510100MA6C123456',
  formedOn: '2025-06-18',
};

const FOUNDERS: CapStakeholder[] = [
  { id: 'sh-li', name: '李明', kind: 'FOUNDER', entityType: 'INDIVIDUAL' },
  { id: 'sh-wang', name: '王芳', kind: 'FOUNDER', entityType: 'INDIVIDUAL' },
];
const CENTRE: CapStakeholder = { id: 'sh-centre', name: '成都智算中心', kind: 'CENTRE', entityType: 'INSTITUTION' };
const INVESTOR: CapStakeholder = { id: 'sh-fund', name: '天府创投基金', kind: 'INVESTOR', entityType: 'INSTITUTION' };

const COMMON = { id: 'class-common', name: '普通股 Ordinary', classType: 'COMMON' as const, sharesAuthorized: null, seniority: 1, createdOn: '2025-06-18' };

const founderIssuances: CapIssuance[] = [
  { id: 'iss-li', stakeholderId: 'sh-li', stockClassId: 'class-common', shares: 6_000_000n, pricePerShare: fenPerShare(1n, 100n), issuedOn: '2025-06-18', considerationText: null },
  { id: 'iss-wang', stakeholderId: 'sh-wang', stockClassId: 'class-common', shares: 3_000_000n, pricePerShare: fenPerShare(1n, 100n), issuedOn: '2025-06-18', considerationText: '知识产权投入 (IP contribution)' },
];

/** Each fixture returns a fresh copy, so a test may change it. Two founders, one common class, nothing else; no tax id or formation date on file. */
export function foundersOnly(): CapTableSnapshot {
  return structuredClone({
    asOf: new Date('2026-11-30T18:00:00Z'), // 2026-12-01 in Shanghai
    issuer: { ...ISSUER, taxId: null, formedOn: null },
    stockClasses: [COMMON],
    stakeholders: FOUNDERS,
    issuances: founderIssuances,
    centreGrants: [],
    buyBacks: [],
  });
}

function tranche(index: number, shares: bigint, creditFen: bigint, overrides: Partial<CentreGrantTranche> = {}): CentreGrantTranche {
  return { index, shares, creditFen, drawnFen: 0n, releasedOn: null, sharesIssued: 0n, issuedOn: null, ...overrides };
}

/** The worked example: ¥2,000,000 of credit at ¥2.00 a share, four tranches of 250,000 shares. */
export const WORKED_GRANT: CentreGrant = {
  termSheetId: 'ts-2026-001',
  stakeholderId: 'sh-centre',
  stockClassId: 'class-common',
  totalShares: 1_000_000n,
  pricePerShare: fenPerShare(1_800_000_000n, 9_000_000n),
  creditFen: 200_000_000n,
  signedOn: '2026-03-01',
  tranches: [
    tranche(0, 250_000n, 50_000_000n, { drawnFen: 50_000_000n, releasedOn: '2026-03-01', sharesIssued: 250_000n, issuedOn: '2026-05-10' }),
    tranche(1, 250_000n, 50_000_000n, { drawnFen: 10_000_000n, releasedOn: '2026-05-10' }),
    tranche(2, 250_000n, 50_000_000n),
    tranche(3, 250_000n, 50_000_000n),
  ],
  closed: null,
};

/**
 * An investor with a preferred class, the centre's grant (four tranches: two released, one fully
 * drawn) and the founders' buy-back of 100,000 of the centre's shares while the line is open.
 */
export function withCentreGrant(): CapTableSnapshot {
  const buyBack: CapBuyBack = {
    id: 'bb-1',
    stakeholderId: 'sh-centre',
    securityOf: 'ts-2026-001',
    shares: 100_000n,
    priceFen: buyBackPriceFen(100_000n, WORKED_GRANT.pricePerShare, 800n),
    on: '2026-09-15',
  };
  return structuredClone({
    asOf: new Date('2026-12-01T04:00:00Z'),
    issuer: ISSUER,
    stockClasses: [
      COMMON,
      { id: 'class-a', name: 'A 轮优先股 Series A Preferred', classType: 'PREFERRED', sharesAuthorized: 2_000_000n, seniority: 2, createdOn: '2026-07-01', pricePerShare: fenPerShare(1_800_000_000n, 7_000_000n) },
    ],
    stakeholders: [...FOUNDERS, CENTRE, INVESTOR],
    issuances: [
      ...founderIssuances,
      { id: 'iss-fund', stakeholderId: 'sh-fund', stockClassId: 'class-a', shares: 1_400_000n, pricePerShare: fenPerShare(1_800_000_000n, 7_000_000n), issuedOn: '2026-07-01', considerationText: null },
    ],
    centreGrants: [WORKED_GRANT],
    buyBacks: [buyBack],
  });
}

/**
 * A grant whose line closed with shares never earned: tranche 1 fully drawn, tranche 2 released
 * and half drawn (its pro-rata half issued at the close), tranche 3 locked; 150,000 forfeited.
 * The founders then buy back 20,000 of the centre's remaining shares.
 */
export function closedGrant(): CapTableSnapshot {
  const grant: CentreGrant = {
    termSheetId: 'ts-2025-007',
    stakeholderId: 'sh-centre',
    stockClassId: 'class-common',
    totalShares: 300_000n,
    pricePerShare: fenPerShare(300n, 1n),
    creditFen: 90_000_000n,
    signedOn: '2025-09-01',
    tranches: [
      tranche(0, 100_000n, 30_000_000n, { drawnFen: 30_000_000n, releasedOn: '2025-09-01', sharesIssued: 100_000n, issuedOn: '2025-12-20' }),
      tranche(1, 100_000n, 30_000_000n, { drawnFen: 15_000_000n, releasedOn: '2026-01-15', sharesIssued: 50_000n, issuedOn: '2026-09-01' }),
      tranche(2, 100_000n, 30_000_000n),
    ],
    closed: { on: '2026-09-01', sharesForfeited: 150_000n },
  };
  return structuredClone({
    asOf: new Date('2026-12-01T04:00:00Z'),
    issuer: ISSUER,
    stockClasses: [COMMON],
    stakeholders: [...FOUNDERS, CENTRE],
    issuances: founderIssuances,
    centreGrants: [grant],
    buyBacks: [{ id: 'bb-after-close', stakeholderId: 'sh-centre', securityOf: 'ts-2025-007', shares: 20_000n, priceFen: 6_480_000n, on: '2026-10-08' }],
  });
}

const BASE_DAY = Date.UTC(2025, 0, 1);
const dayAt = (offset: number) => new Date(BASE_DAY + offset * 86_400_000).toISOString().slice(0, 10);

const grantArb = (id: string, stakeholderId: string, stockClassIds: string[]): fc.Arbitrary<{ grant: CentreGrant; buyBack: CapBuyBack | null }> =>
  fc
    .record({
      classId: fc.constantFrom(...stockClassIds),
      signed: fc.integer({ min: 0, max: 400 }),
      price: fc.record({ n: fc.bigInt({ min: 0n, max: 10n ** 9n }), d: fc.bigInt({ min: 1n, max: 10n ** 7n }) }),
      tranches: fc.array(
        fc.record({
          shares: fc.bigInt({ min: 0n, max: 10n ** 7n }),
          creditFen: fc.bigInt({ min: 1n, max: 10n ** 9n }),
          releasedAfter: fc.option(fc.integer({ min: 0, max: 200 })),
          // of a released tranche: the share of it issued (0..1000 ‰)
          issuedPerMille: fc.integer({ min: 0, max: 1000 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      close: fc.option(fc.integer({ min: 200, max: 300 })),
      buyBackPerMille: fc.option(fc.integer({ min: 1, max: 1000 })),
      buyBackAfter: fc.integer({ min: 0, max: 100 }),
    })
    .filter(({ tranches }) => tranches.some((t) => t.shares > 0n))
    .map(({ classId, signed, price, tranches, close, buyBackPerMille, buyBackAfter }) => {
      const closed = close !== null;
      const built = tranches.map((t, index) => {
        const released = t.releasedAfter !== null;
        const sharesIssued = !released ? 0n : closed ? (t.shares * BigInt(t.issuedPerMille)) / 1000n : t.issuedPerMille === 1000 ? t.shares : 0n;
        return tranche(index, t.shares, t.creditFen, {
          releasedOn: released ? dayAt(signed + t.releasedAfter!) : null,
          sharesIssued,
          issuedOn: sharesIssued > 0n ? dayAt(signed + 200) : null,
        });
      });
      const totalShares = built.reduce((sum, t) => sum + t.shares, 0n);
      const issued = built.reduce((sum, t) => sum + t.sharesIssued, 0n);
      const closedOn = closed ? dayAt(signed + close!) : null;
      const grant: CentreGrant = {
        termSheetId: id,
        stakeholderId,
        stockClassId: classId,
        totalShares,
        pricePerShare: fenPerShare(price.n, price.d),
        creditFen: built.reduce((sum, t) => sum + t.creditFen, 0n),
        signedOn: dayAt(signed),
        tranches: built,
        closed: closedOn ? { on: closedOn, sharesForfeited: totalShares - issued } : null,
      };
      // The founders buy back part of what the centre holds: after the close, of its earned shares;
      // while the line is open, of the shares of the tranches released by then (vested in the export).
      const on = closedOn ? dayAt(signed + close! + buyBackAfter) : dayAt(signed + 2 * buyBackAfter);
      const vestedBy = built.filter((t) => t.releasedOn !== null && t.releasedOn <= on).reduce((sum, t) => sum + t.shares, 0n);
      const shares = buyBackPerMille === null ? 0n : ((closedOn ? issued : vestedBy) * BigInt(buyBackPerMille)) / 1000n;
      const buyBack: CapBuyBack | null = shares > 0n ? { id: `bb-${id}`, stakeholderId, securityOf: id, shares, priceFen: shares * 250n, on } : null;
      return { grant, buyBack };
    });

/** Random snapshots that keep the snapshot's rules: 1–4 holders, 1–3 classes, issuances with buy-backs, 0–3 grants. */
export const snapshotArb: fc.Arbitrary<CapTableSnapshot> = fc
  .record({
    classCount: fc.integer({ min: 1, max: 3 }),
    holders: fc.array(fc.record({ kind: fc.constantFrom('FOUNDER' as const, 'INVESTOR' as const, 'EMPLOYEE' as const, 'OTHER' as const), institution: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    formedOn: fc.option(fc.integer({ min: 0, max: 100 })),
    taxId: fc.option(fc.stringMatching(/^[0-9A-Z]{18}$/)),
  })
  .chain(({ classCount, holders, formedOn, taxId }) => {
    const classIds = Array.from({ length: classCount }, (_, i) => `class-${i + 1}`);
    const holderIds = holders.map((_, i) => `holder-${i + 1}`);
    const issuance = (index: number) =>
      fc
        .record({
          holder: fc.constantFrom(...holderIds),
          classId: fc.constantFrom(...classIds),
          shares: fc.bigInt({ min: 1n, max: 10n ** 9n }),
          price: fc.record({ n: fc.bigInt({ min: 0n, max: 10n ** 9n }), d: fc.bigInt({ min: 1n, max: 10n ** 7n }) }),
          day: fc.integer({ min: 0, max: 500 }),
          cash: fc.boolean(),
          buyBacks: fc.array(fc.record({ perMille: fc.integer({ min: 1, max: 600 }), after: fc.integer({ min: 0, max: 60 }) }), { maxLength: 2 }),
        })
        .map(({ holder, classId, shares, price, day, cash, buyBacks }) => {
          const id = `iss-${index + 1}`;
          let left = shares;
          const backs = buyBacks.flatMap((b, k): CapBuyBack[] => {
            const taken = (left * BigInt(b.perMille)) / 1000n;
            left -= taken;
            return taken > 0n ? [{ id: `bb-${id}-${k + 1}`, stakeholderId: holder, securityOf: id, shares: taken, priceFen: taken * 3n, on: dayAt(day + b.after) }] : [];
          });
          const cap: CapIssuance = { id, stakeholderId: holder, stockClassId: classId, shares, pricePerShare: fenPerShare(price.n, price.d), issuedOn: dayAt(day), considerationText: cash ? null : '技术入股 (technology)' };
          return { issuance: cap, buyBacks: backs };
        });
    return fc.record({
      issuances: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => issuance(i)))),
      grants: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => grantArb(`ts-${i + 1}`, 'centre', classIds)))),
      classes: fc.tuple(...classIds.map((id) => fc.record({ id: fc.constant(id), preferred: fc.boolean(), authorized: fc.option(fc.bigInt({ min: 0n, max: 10n ** 10n })), seniority: fc.integer({ min: 1, max: 3 }) }))),
      holders: fc.constant(holders),
      formedOn: fc.constant(formedOn),
      taxId: fc.constant(taxId),
      holderIds: fc.constant(holderIds),
    });
  })
  .map(({ issuances, grants, classes, holders, formedOn, taxId, holderIds }) => ({
    asOf: new Date(BASE_DAY + 900 * 86_400_000),
    issuer: { id: 'org-random', legalName: '随机科技有限公司', country: 'CN', taxId, formedOn: formedOn === null ? null : dayAt(formedOn) },
    stockClasses: classes.map((c) => ({ id: c.id, name: c.id, classType: c.preferred ? ('PREFERRED' as const) : ('COMMON' as const), sharesAuthorized: c.authorized, seniority: c.seniority, createdOn: dayAt(0) })),
    stakeholders: [
      ...holders.map((h, i): CapStakeholder => ({ id: holderIds[i]!, name: `持有人 ${i + 1}`, kind: h.kind, entityType: h.institution ? 'INSTITUTION' : 'INDIVIDUAL' })),
      { id: 'centre', name: '成都智算中心', kind: 'CENTRE', entityType: 'INSTITUTION' },
    ],
    issuances: issuances.map((i) => i.issuance),
    centreGrants: grants.map((g) => g.grant),
    buyBacks: [...issuances.flatMap((i) => i.buyBacks), ...grants.flatMap((g) => (g.buyBack ? [g.buyBack] : []))],
  }));
