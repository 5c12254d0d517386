import fc from 'fast-check';
import { splitInvoice, SplitInputError, type SplitInvoiceIn, type UsableVoucher } from '../invoice-split.js';
import { checkPayerOrder, DEFAULT_PAYER_ORDER, PayerOrderError, type Payer } from '../payers.js';

const DAY = 86_400_000;
const line = fc.record({
  key: fc.string({ maxLength: 4 }),
  amountFen: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  free: fc.boolean(),
  voucherEligible: fc.boolean(),
  equityEligible: fc.boolean(),
});
const vouchers = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    balanceFen: fc.bigInt({ min: 0n, max: 10n ** 8n }),
    coverageBasisPoints: fc.bigInt({ min: 0n, max: 10000n }),
    // Few distinct dates so ties on validUntil (decided by id) happen often.
    validUntil: fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2027, 0, 1) + d * DAY)),
  }),
  { selector: (v) => v.id, maxLength: 6 },
);
const order = fc.constantFrom<readonly Payer[]>(DEFAULT_PAYER_ORDER, ['FREE', 'EQUITY', 'VOUCHER', 'CASH']);
const invoice: fc.Arbitrary<SplitInvoiceIn> = fc.record({
  lines: fc.array(line, { maxLength: 8 }),
  vouchers,
  equityAvailableFen: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  order,
});

const voucher = (id: string, balanceFen: bigint, coverageBasisPoints: bigint, day = 0): UsableVoucher => ({
  id,
  balanceFen,
  coverageBasisPoints,
  validUntil: new Date(Date.UTC(2027, 0, 1) + day * DAY),
});
const paid = { free: false, voucherEligible: true, equityEligible: true };

describe('splitting an invoice between payers', () => {
  it('keeps every invariant for arbitrary invoices', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const out = splitInvoice(input);
        const byId = new Map(input.vouchers.map((v) => [v.id, v]));
        const used = new Map<string, bigint>();
        out.lines.forEach((l, i) => {
          const src = input.lines[i]!;
          expect(l.key).toBe(src.key);
          expect(l.freeFen + l.voucherFen + l.equityFen + l.cashFen).toBe(src.amountFen);
          for (const part of [l.freeFen, l.voucherFen, l.equityFen, l.cashFen]) expect(part).toBeGreaterThanOrEqual(0n);
          if (src.free) expect(l.freeFen).toBe(src.amountFen);
          else expect(l.freeFen).toBe(0n);
          if (!src.voucherEligible || src.free) expect(l.voucherFen).toBe(0n);
          if (!src.equityEligible || src.free) expect(l.equityFen).toBe(0n);
          expect(l.redemptions.reduce((s, r) => s + r.amountFen, 0n)).toBe(l.voucherFen);
          let maxCoverage = 0n;
          for (const r of l.redemptions) {
            const v = byId.get(r.voucherId)!;
            expect(r.amountFen).toBeGreaterThan(0n);
            expect(r.amountFen).toBeLessThanOrEqual((src.amountFen * v.coverageBasisPoints) / 10000n);
            if (v.coverageBasisPoints > maxCoverage) maxCoverage = v.coverageBasisPoints;
            used.set(r.voucherId, (used.get(r.voucherId) ?? 0n) + r.amountFen);
          }
          expect(l.voucherFen).toBeLessThanOrEqual((src.amountFen * maxCoverage) / 10000n);
        });
        for (const v of input.vouchers) {
          expect(out.voucherUseFen[v.id]).toBe(used.get(v.id) ?? 0n);
          expect(out.voucherUseFen[v.id]!).toBeLessThanOrEqual(v.balanceFen);
        }
        expect(out.equityUseFen).toBe(out.lines.reduce((s, l) => s + l.equityFen, 0n));
        expect(out.equityUseFen).toBeLessThanOrEqual(input.equityAvailableFen);
      }),
    );
  });

  it('is deterministic, whatever order the vouchers arrive in', () => {
    fc.assert(
      fc.property(
        invoice.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.vouchers], { minLength: input.vouchers.length }))),
        ([input, shuffled]) => {
          const first = splitInvoice(input);
          expect(splitInvoice(input)).toEqual(first);
          expect(splitInvoice({ ...input, vouchers: shuffled })).toEqual(first);
        },
      ),
    );
  });

  it('lets whichever payer comes first draw as if the other did not exist', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const strip = (out: ReturnType<typeof splitInvoice>, part: 'voucherFen' | 'equityFen') => out.lines.map((l) => l[part]);
        const equityFirst = { ...input, order: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] as const };
        expect(strip(splitInvoice(equityFirst), 'equityFen')).toEqual(strip(splitInvoice({ ...equityFirst, vouchers: [] }), 'equityFen'));
        const voucherFirst = { ...input, order: DEFAULT_PAYER_ORDER };
        expect(strip(splitInvoice(voucherFirst), 'voucherFen')).toEqual(
          strip(splitInvoice({ ...voucherFirst, equityAvailableFen: 0n }), 'voucherFen'),
        );
      }),
    );
  });

  it('makes a free line wholly free, touching neither vouchers nor equity', () => {
    const out = splitInvoice({
      lines: [{ key: 'adapt', amountFen: 5000n, free: true, voucherEligible: true, equityEligible: true }],
      vouchers: [voucher('a', 10_000n, 10000n)],
      equityAvailableFen: 10_000n,
    });
    expect(out.lines[0]).toMatchObject({ freeFen: 5000n, voucherFen: 0n, equityFen: 0n, cashFen: 0n, redemptions: [] });
    expect(out.voucherUseFen).toEqual({ a: 0n });
    expect(out.equityUseFen).toBe(0n);
  });

  it('rounds a voucher share down so it never exceeds its ratio', () => {
    const out = splitInvoice({ lines: [{ key: 'x', amountFen: 3n, ...paid }], vouchers: [voucher('a', 100n, 5000n)], equityAvailableFen: 0n });
    expect(out.lines[0]).toMatchObject({ voucherFen: 1n, cashFen: 2n }); // 50% of 3 fen = 1.5 → 1
  });

  it('caps stacked vouchers by the highest coverage among them', () => {
    const out = splitInvoice({
      lines: [{ key: 'x', amountFen: 1000n, ...paid }],
      vouchers: [voucher('a', 1_000_000n, 5000n, 0), voucher('b', 1_000_000n, 5000n, 1)],
      equityAvailableFen: 0n,
    });
    expect(out.lines[0]!.redemptions).toEqual([{ voucherId: 'a', amountFen: 500n }]);
    expect(out.lines[0]!.cashFen).toBe(500n);
  });

  it('uses the earliest-expiring voucher first, then tops up from the next when its balance runs out', () => {
    const out = splitInvoice({
      lines: [{ key: 'x', amountFen: 1000n, ...paid }],
      vouchers: [voucher('late', 1_000_000n, 5000n, 2), voucher('soon', 200n, 5000n, 1)],
      equityAvailableFen: 0n,
    });
    expect(out.lines[0]!.redemptions).toEqual([
      { voucherId: 'soon', amountFen: 200n },
      { voucherId: 'late', amountFen: 300n },
    ]);
    expect(Object.keys(out.voucherUseFen)).toEqual(['soon', 'late']);
  });

  it('respects the VOUCHER/EQUITY order setting', () => {
    const input = { lines: [{ key: 'x', amountFen: 1000n, ...paid }], vouchers: [voucher('a', 10_000n, 5000n)], equityAvailableFen: 800n };
    expect(splitInvoice(input).lines[0]).toMatchObject({ voucherFen: 500n, equityFen: 500n, cashFen: 0n });
    expect(splitInvoice({ ...input, order: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] }).lines[0]).toMatchObject({
      voucherFen: 200n,
      equityFen: 800n,
      cashFen: 0n,
    });
  });

  it('spends equity across lines up to what is available, in line order', () => {
    const out = splitInvoice({
      lines: [{ key: '1', amountFen: 600n, ...paid }, { key: '2', amountFen: 600n, ...paid }],
      vouchers: [],
      equityAvailableFen: 1000n,
    });
    expect(out.lines.map((l) => [l.equityFen, l.cashFen])).toEqual([[600n, 0n], [400n, 200n]]);
    expect(out.equityUseFen).toBe(1000n);
  });

  it('rejects inputs that would break the invariants', () => {
    const base = { lines: [], vouchers: [], equityAvailableFen: 0n };
    expect(() => splitInvoice({ ...base, lines: [{ key: 'x', amountFen: -1n, ...paid }] })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, equityAvailableFen: -1n })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, vouchers: [voucher('a', 1n, 1n), voucher('a', 2n, 1n)] })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, vouchers: [voucher('a', 1n, 10001n)] })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, vouchers: [voucher('a', -1n, 1n)] })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, order: ['VOUCHER', 'FREE', 'EQUITY', 'CASH'] })).toThrow(PayerOrderError);
  });
});

describe('equity pools (one per project credit line)', () => {
  const pooledLine = fc.record({
    key: fc.string({ maxLength: 4 }),
    amountFen: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    free: fc.boolean(),
    voucherEligible: fc.boolean(),
    equityEligible: fc.boolean(),
    equityPool: fc.option(fc.constantFrom('p', 'q'), { nil: undefined }),
  });
  const pooled = fc.record({
    lines: fc.array(pooledLine, { maxLength: 8 }),
    vouchers,
    equityAvailableFen: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    equityPools: fc.record({ p: fc.bigInt({ min: 0n, max: 10n ** 7n }), q: fc.bigInt({ min: 0n, max: 10n ** 7n }) }),
    order,
  });

  it('draws each pool only for its own lines and never beyond it; the rest is as without pools', () => {
    fc.assert(
      fc.property(pooled, (input) => {
        const out = splitInvoice(input);
        for (const pool of ['p', 'q'] as const) {
          const drawn = out.lines.filter((_, i) => input.lines[i]!.equityPool === pool).reduce((s, l) => s + l.equityFen, 0n);
          expect(out.equityPoolUseFen[pool]).toBe(drawn);
          expect(drawn).toBeLessThanOrEqual(input.equityPools[pool]);
        }
        const shared = out.lines.filter((_, i) => input.lines[i]!.equityPool === undefined).reduce((s, l) => s + l.equityFen, 0n);
        expect(shared).toBeLessThanOrEqual(input.equityAvailableFen);
        expect(out.equityUseFen).toBe(out.lines.reduce((s, l) => s + l.equityFen, 0n));
        out.lines.forEach((l) => expect(l.freeFen + l.voucherFen + l.equityFen + l.cashFen).toBe(l.amountFen));
      }),
    );
  });

  it('pays a line from its pool until the pool runs dry, then cash', () => {
    const out = splitInvoice({
      lines: [
        { key: 'a', amountFen: 700n, ...paid, voucherEligible: false, equityPool: 'p' },
        { key: 'b', amountFen: 700n, ...paid, voucherEligible: false, equityPool: 'p' },
        { key: 'c', amountFen: 500n, ...paid, voucherEligible: false },
      ],
      vouchers: [],
      equityAvailableFen: 0n,
      equityPools: { p: 1000n },
    });
    expect(out.lines.map((l) => [l.equityFen, l.cashFen])).toEqual([[700n, 0n], [300n, 400n], [0n, 500n]]);
    expect(out.equityPoolUseFen).toEqual({ p: 1000n });
  });

  it('refuses a line naming a pool it was not given, and a negative pool', () => {
    const base = { vouchers: [], equityAvailableFen: 0n };
    expect(() => splitInvoice({ ...base, lines: [{ key: 'x', amountFen: 1n, ...paid, equityPool: 'nope' }] })).toThrow(SplitInputError);
    expect(() => splitInvoice({ ...base, lines: [], equityPools: { p: -1n } })).toThrow(SplitInputError);
  });
});

describe('payer order setting', () => {
  it('accepts only FREE first, CASH last and both others once', () => {
    expect(checkPayerOrder(['FREE', 'EQUITY', 'VOUCHER', 'CASH'])).toEqual(['FREE', 'EQUITY', 'VOUCHER', 'CASH']);
    expect(checkPayerOrder(DEFAULT_PAYER_ORDER)).toEqual(DEFAULT_PAYER_ORDER);
    for (const bad of [
      ['VOUCHER', 'FREE', 'EQUITY', 'CASH'],
      ['FREE', 'VOUCHER', 'CASH', 'EQUITY'],
      ['FREE', 'VOUCHER', 'VOUCHER', 'CASH'],
      ['FREE', 'VOUCHER', 'CASH'],
      ['FREE', 'VOUCHER', 'EQUITY', 'GIFT', 'CASH'],
      [],
    ])
      expect(() => checkPayerOrder(bad)).toThrow(PayerOrderError);
  });
});
