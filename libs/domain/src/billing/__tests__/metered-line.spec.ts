import fc from 'fast-check';
import { invoiceTotalFen, lineAmountFen } from '../metered-line.js';

/** Independent oracle: exact decimal long division on strings, then round half up on the first dropped digit. */
function oracle(cardSeconds: bigint, price: bigint): bigint {
  const product = (cardSeconds * price).toString();
  let quotient = '';
  let remainder = 0;
  for (const digit of product) {
    const current = remainder * 10 + Number(digit);
    quotient += String(Math.floor(current / 3600));
    remainder = current % 3600;
  }
  return BigInt(quotient) + (remainder * 2 >= 3600 ? 1n : 0n);
}

const seconds = fc.bigInt({ min: 0n, max: 10n ** 12n });
const price = fc.bigInt({ min: 0n, max: 10n ** 8n });

describe('metered invoice line', () => {
  it('rounds half up exactly once', () => {
    expect(lineAmountFen(1800n, 1n)).toBe(1n); // 0.5 fen → 1
    expect(lineAmountFen(1799n, 1n)).toBe(0n); // 0.4997 fen → 0
    expect(lineAmountFen(5400n, 1n)).toBe(2n); // 1.5 → 2
    expect(lineAmountFen(3600n, 1250n)).toBe(1250n);
    expect(lineAmountFen(0n, 999n)).toBe(0n);
    // 8 cards × 72 h at ¥12.50 per card-hour = ¥7,200.00
    expect(lineAmountFen(8n * 72n * 3600n, 1250n)).toBe(720_000n);
  });

  it('rejects negative quantities and prices', () => {
    expect(() => lineAmountFen(-1n, 1n)).toThrow(RangeError);
    expect(() => lineAmountFen(1n, -1n)).toThrow(RangeError);
  });

  it('matches an independent string long division', () => {
    fc.assert(fc.property(seconds, price, (s, p) => lineAmountFen(s, p) === oracle(s, p)));
  });

  it('is monotone in card-seconds and in price', () => {
    fc.assert(
      fc.property(seconds, seconds, price, price, (s1, s2, p1, p2) => {
        const [sLo, sHi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [pLo, pHi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        return lineAmountFen(sLo, pLo) <= lineAmountFen(sHi, pLo) && lineAmountFen(sLo, pLo) <= lineAmountFen(sLo, pHi);
      }),
    );
  });

  it('adds the rounded lines up to the invoice total to the fen', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(seconds, price), { maxLength: 30 }), (lines) => {
        const amounts = lines.map(([s, p]) => lineAmountFen(s, p));
        return invoiceTotalFen(amounts) === amounts.reduce((a, b) => a + b, 0n);
      }),
    );
    expect(invoiceTotalFen([])).toBe(0n);
  });
});
