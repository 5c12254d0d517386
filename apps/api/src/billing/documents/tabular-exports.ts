import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { documentLabels, statusLabel, type LabelKey } from './document-labels.js';
import { plainYuan, shanghaiIso, shanghaiWallClockDate } from './document-format.js';
import type { DocumentLocale, InvoiceRow, LedgerRow, SettlementRow } from './document-models.js';

/**
 * Tabular exports (CSV and XLSX) from one column list per row type, so both formats always
 * carry the same columns in the same order.
 *
 * CSV: UTF-8 with a BOM (so Excel detects UTF-8 and shows Chinese), CRLF record ends (RFC 4180,
 * what Excel writes), header row in the locale, amounts as exact '1234.56' strings (no ¥, no
 * grouping), times as '2026-12-01T09:30:00+08:00' in Shanghai time, text guarded against
 * formula injection (below).
 *
 * XLSX: amounts are numeric cells in yuan with the format '¥#,##0.00' when |fen| < 10^15. A
 * double is only an approximation of fen/100, but Number(fen) is exact below 2^53 and the
 * division is correctly rounded, so the cell holds the double nearest the decimal; a decimal of
 * at most 15 significant digits round-trips through that double (DBL_DIG = 15), so the cell
 * shows and reads back exactly the amount. Larger amounts (beyond any real invoice) are written
 * as exact text instead. Times are date cells holding the Shanghai wall clock (cells have no
 * zone; the header says which), formatted 'yyyy-mm-dd hh:mm:ss'.
 */
type Cell = { kind: 'text'; value: string | null } | { kind: 'money'; fen: bigint } | { kind: 'time'; at: Date | null };

interface Column<Row> {
  header: LabelKey;
  /** Appends the zone label to the header (time columns). */
  zoned?: boolean;
  width: number;
  cell: (row: Row, locale: DocumentLocale) => Cell;
}

const text =
  <Row>(pick: (row: Row) => string | null) =>
  (row: Row): Cell => ({ kind: 'text', value: pick(row) });
const money =
  <Row>(pick: (row: Row) => bigint) =>
  (row: Row): Cell => ({ kind: 'money', fen: pick(row) });
const time =
  <Row>(pick: (row: Row) => Date | null) =>
  (row: Row): Cell => ({ kind: 'time', at: pick(row) });

const INVOICE_COLUMNS: readonly Column<InvoiceRow>[] = [
  { header: 'number', width: 18, cell: text((r) => r.number) },
  { header: 'organisation', width: 28, cell: text((r) => r.organisationName) },
  { header: 'period', width: 10, cell: text((r) => r.periodMonth) },
  { header: 'status', width: 10, cell: (r, locale) => ({ kind: 'text', value: statusLabel(r.status, locale) }) },
  { header: 'issuedAt', zoned: true, width: 22, cell: time((r) => r.issuedAt) },
  { header: 'dueAt', zoned: true, width: 22, cell: time((r) => r.dueAt) },
  { header: 'total', width: 16, cell: money((r) => r.totalFen) },
  { header: 'voucher', width: 16, cell: money((r) => r.voucherFen) },
  { header: 'equity', width: 16, cell: money((r) => r.equityFen) },
  { header: 'cash', width: 16, cell: money((r) => r.cashFen) },
  { header: 'paid', width: 16, cell: money((r) => r.paidFen) },
  { header: 'balance', width: 16, cell: money((r) => r.balanceFen) },
];

const LEDGER_COLUMNS: readonly Column<LedgerRow>[] = [
  { header: 'at', zoned: true, width: 22, cell: time((r) => r.at) },
  { header: 'transactionId', width: 38, cell: text((r) => r.transactionId) },
  { header: 'account', width: 30, cell: text((r) => r.account) },
  { header: 'debit', width: 16, cell: money((r) => r.debitFen) },
  { header: 'credit', width: 16, cell: money((r) => r.creditFen) },
  { header: 'memo', width: 40, cell: text((r) => r.memo) },
];

const SETTLEMENT_COLUMNS: readonly Column<SettlementRow>[] = [
  { header: 'period', width: 10, cell: text((r) => r.period) },
  { header: 'organisation', width: 28, cell: text((r) => r.organisationName) },
  { header: 'invoiceNumber', width: 18, cell: text((r) => r.invoiceNumber) },
  { header: 'lineDescription', width: 40, cell: text((r) => r.lineDescription) },
  { header: 'voucherCode', width: 20, cell: text((r) => r.voucherCode) },
  { header: 'amount', width: 16, cell: money((r) => r.amountFen) },
  { header: 'redeemedAt', zoned: true, width: 22, cell: time((r) => r.redeemedAt) },
];

function headers<Row>(columns: readonly Column<Row>[], locale: DocumentLocale): string[] {
  const labels = documentLabels(locale);
  return columns.map((c) => labels[c.header] + (c.zoned ? labels.timeZoneSuffix : ''));
}

const BOM = '\ufeff';

/**
 * Text starting with = + - @ (or a tab / CR) is a formula to Excel: a memo or project name
 * could run one on the reader's machine. Such text gets a leading apostrophe (OWASP's advice).
 * Amounts and times are generated here and are not touched.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvValue(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return neutraliseFormula(cell.value ?? '');
    case 'money':
      return plainYuan(cell.fen);
    case 'time':
      return cell.at ? shanghaiIso(cell.at) : '';
  }
}

function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], locale: DocumentLocale): Promise<Buffer> {
  const records = [headers(columns, locale), ...rows.map((row) => columns.map((c) => csvValue(c.cell(row, locale))))];
  return Promise.resolve(Buffer.from(BOM + stringify(records, { record_delimiter: 'windows' }), 'utf8'));
}

/** Below this, a yuan amount survives a double exactly (see the module comment). */
const EXACT_FEN = 10n ** 15n;
const MONEY_FORMAT = '¥#,##0.00';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

function writeXlsxCell(target: ExcelJS.Cell, cell: Cell): void {
  switch (cell.kind) {
    case 'text':
      target.value = cell.value ?? null;
      return;
    case 'money':
      if (cell.fen < EXACT_FEN && cell.fen > -EXACT_FEN) {
        target.value = Number(cell.fen) / 100;
        target.numFmt = MONEY_FORMAT;
      } else {
        target.value = plainYuan(cell.fen);
        target.alignment = { horizontal: 'right' };
      }
      return;
    case 'time':
      target.value = cell.at ? shanghaiWallClockDate(cell.at) : null;
      target.numFmt = TIME_FORMAT;
      return;
  }
}

async function toXlsx<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  locale: DocumentLocale,
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.addRow(headers(columns, locale));
  header.font = { bold: true };
  for (const row of rows) {
    const line = sheet.addRow([]);
    columns.forEach((column, index) => writeXlsxCell(line.getCell(index + 1), column.cell(row, locale)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function invoicesCsv(rows: readonly InvoiceRow[], locale: DocumentLocale): Promise<Buffer> {
  return toCsv(INVOICE_COLUMNS, rows, locale);
}

export function invoicesXlsx(rows: readonly InvoiceRow[], locale: DocumentLocale): Promise<Buffer> {
  return toXlsx(INVOICE_COLUMNS, rows, locale, documentLabels(locale).invoicesSheet);
}

export function ledgerCsv(rows: readonly LedgerRow[], locale: DocumentLocale): Promise<Buffer> {
  return toCsv(LEDGER_COLUMNS, rows, locale);
}

export function ledgerXlsx(rows: readonly LedgerRow[], locale: DocumentLocale): Promise<Buffer> {
  return toXlsx(LEDGER_COLUMNS, rows, locale, documentLabels(locale).ledgerSheet);
}

export function settlementCsv(rows: readonly SettlementRow[], locale: DocumentLocale): Promise<Buffer> {
  return toCsv(SETTLEMENT_COLUMNS, rows, locale);
}

export function settlementXlsx(rows: readonly SettlementRow[], locale: DocumentLocale): Promise<Buffer> {
  return toXlsx(SETTLEMENT_COLUMNS, rows, locale, documentLabels(locale).settlementSheet);
}
