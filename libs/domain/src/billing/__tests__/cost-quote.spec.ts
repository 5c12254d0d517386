import fc from 'fast-check';
import { quoteCost } from '../cost-quote.js';
import { lineAmountFen } from '../metered-line.js';
import type { UsableVoucher } from '../invoice-split.js';

const halfVoucher: UsableVoucher = { id: 'v1', balanceFen: 100_000_000n, coverageBasisPoints: 5000n, validUntil: new Date('2027-06-30T16:00:00Z') };

describe('cost quote before a request', () => {
  it('prices 8 cards for 72 hours at ¥12.50 per card-hour', () => {
    const quote = quoteCost({ cards: 8, durationSeconds: 72 * 3600, pricePerCardHourFen: 1250n, free: false, vouchers: [] });
    expect(quote).toMatchObject({ amountFen: 720_000n, voucherFen: 0n, cashFen: 720_000n, freeFen: 0n, free: false });
  });

  it('lets a 50% voucher pay half, and a thin voucher only its balance', () => {
    const input = { cards: 8, durationSeconds: 72 * 3600, pricePerCardHourFen: 1250n, free: false };
    expect(quoteCost({ ...input, vouchers: [halfVoucher] })).toMatchObject({ voucherFen: 360_000n, cashFen: 360_000n });
    expect(quoteCost({ ...input, vouchers: [{ ...halfVoucher, balanceFen: 1000n }] })).toMatchObject({ voucherFen: 1000n, cashFen: 719_000n });
  });

  it('makes adaptation work wholly free', () => {
    const quote = quoteCost({ cards: 8, durationSeconds: 72 * 3600, pricePerCardHourFen: 1250n, free: true, vouchers: [halfVoucher] });
    expect(quote).toMatchObject({ amountFen: 720_000n, freeFen: 720_000n, voucherFen: 0n, cashFen: 0n, redemptions: [] });
  });

  it('rejects counts that are not whole', () => {
    for (const [cards, durationSeconds] of [[-1, 60], [1.5, 60], [1, Number.NaN]] as const)
      expect(() => quoteCost({ cards, durationSeconds, pricePerCardHourFen: 1n, free: false, vouchers: [] })).toThrow(RangeError);
  });

  it('always adds up and matches the invoice line rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 512 }), fc.integer({ min: 0, max: 366 * 86_400 }), fc.bigInt({ min: 0n, max: 100_000_000n }), fc.boolean(), (cards, seconds, price, free) => {
        const quote = quoteCost({ cards, durationSeconds: seconds, pricePerCardHourFen: price, free, vouchers: [halfVoucher] });
        expect(quote.amountFen).toBe(lineAmountFen(BigInt(cards) * BigInt(seconds), price));
        expect(quote.freeFen + quote.voucherFen + quote.cashFen).toBe(quote.amountFen);
        expect(quote.voucherFen).toBeLessThanOrEqual(quote.amountFen / 2n);
      }),
    );
  });
});
