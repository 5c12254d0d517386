import { describe, expect, it } from '@jest/globals';
import { downloadHeaders, fileNameFrom, withQuery } from '../download';

describe('download helper', () => {
  it('sends the bearer credential when signed in', () => {
    expect(downloadHeaders('abc')).toEqual({ authorization: 'Bearer abc' });
    expect(downloadHeaders(null)).toEqual({});
  });
  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="INV-2026-0001.pdf"', 'x.pdf')).toBe('INV-2026-0001.pdf');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8.csv", 'x.csv')).toBe('发票.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
  });
  it('appends query values, leaving out empty ones', () => {
    expect(withQuery('/api/billing/exports/invoices.csv', { month: '2026-11', lang: 'en' })).toBe('/api/billing/exports/invoices.csv?month=2026-11&lang=en');
    expect(withQuery('/api/billing/invoices/1.pdf?lang=en', { x: undefined })).toBe('/api/billing/invoices/1.pdf?lang=en');
    expect(withQuery('/a?lang=en', { month: '2026-11' })).toBe('/a?lang=en&month=2026-11');
  });
});
