/** SL numbers invoices, SLC credit notes; each series counts from 1 every year. */
export type InvoiceSeries = 'SL' | 'SLC';
export const INVOICE_SERIES: readonly InvoiceSeries[] = ['SL', 'SLC'];

const MAX_SEQ = 999_999;
const NUMBER = /^(SL|SLC)-(\d{4})-(\d{6})$/;

export class InvoiceNumberError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'InvoiceNumberError';
  }
}

/** 'SL-2026-000123'. Fixed widths keep numbers sortable as text within a series. */
export function formatInvoiceNumber(series: InvoiceSeries, year: number, seq: number): string {
  if (!INVOICE_SERIES.includes(series)) throw new InvoiceNumberError(`unknown invoice series "${series}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new InvoiceNumberError(`year must be four digits: ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) throw new InvoiceNumberError(`sequence must be 1..${MAX_SEQ}: ${seq}`);
  return `${series}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The inverse of formatInvoiceNumber; null for anything it could not have produced. */
export function parseInvoiceNumber(text: string): { series: InvoiceSeries; year: number; seq: number } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const year = Number(match[2]);
  const seq = Number(match[3]);
  if (year < 1000 || seq < 1) return null;
  return { series: match[1] as InvoiceSeries, year, seq };
}
