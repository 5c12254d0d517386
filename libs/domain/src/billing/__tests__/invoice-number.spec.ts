import fc from 'fast-check';
import { formatInvoiceNumber, InvoiceNumberError, parseInvoiceNumber } from '../invoice-number.js';

describe('invoice numbers', () => {
  it('formats with fixed widths', () => {
    expect(formatInvoiceNumber('SL', 2026, 123)).toBe('SL-2026-000123');
    expect(formatInvoiceNumber('SLC', 2027, 999_999)).toBe('SLC-2027-999999');
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom('SL' as const, 'SLC' as const), fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 999_999 }), (series, year, seq) => {
        expect(parseInvoiceNumber(formatInvoiceNumber(series, year, seq))).toEqual({ series, year, seq });
      }),
    );
  });

  it('refuses sequences and years it cannot print', () => {
    for (const seq of [0, -1, 1_000_000, 1.5, Number.NaN]) expect(() => formatInvoiceNumber('SL', 2026, seq)).toThrow(InvoiceNumberError);
    for (const year of [999, 10_000, 2026.5]) expect(() => formatInvoiceNumber('SL', year, 1)).toThrow(InvoiceNumberError);
  });

  it('parses only what it could have formatted', () => {
    for (const bad of ['SL-2026-000000', 'SL-2026-123', 'SLX-2026-000001', 'sl-2026-000001', 'SL-2026-0000001', ' SL-2026-000001', 'SL-0999-000001'])
      expect(parseInvoiceNumber(bad)).toBeNull();
  });
});
