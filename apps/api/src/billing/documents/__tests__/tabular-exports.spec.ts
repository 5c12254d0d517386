import ExcelJS from 'exceljs';
import {
  invoicesCsv,
  invoicesXlsx,
  ledgerCsv,
  ledgerXlsx,
  settlementCsv,
  settlementXlsx,
  type InvoiceRow,
  type LedgerRow,
  type SettlementRow,
} from '../index.js';
import { ORGANISATION, parseCsv } from './document-fixtures.js';

const issued: InvoiceRow = {
  number: 'SL-2026-000123',
  organisationName: ORGANISATION,
  periodMonth: '2026-11',
  status: 'ISSUED',
  issuedAt: new Date('2026-12-01T01:30:00Z'),
  dueAt: new Date('2026-12-31T15:59:00Z'),
  totalFen: 1_234_567n,
  voucherFen: 234_567n,
  equityFen: 100_000n,
  cashFen: 890_000n,
  paidFen: 500_000n,
  balanceFen: 734_567n,
};
const draft: InvoiceRow = { ...issued, number: null, status: 'DRAFT', issuedAt: null, dueAt: null, balanceFen: -5n };
/** Beyond what a double carries exactly: must not pass through a float. */
const HUGE = 123_456_789_012_345_678_901n;

const ledger: LedgerRow[] = [
  {
    at: new Date('2026-12-01T01:30:00Z'),
    transactionId: '0b6f1c1e-7d1a-4a4e-9c35-2f1b7d7c9a01',
    account: 'RECEIVABLE · 星河遥感',
    debitFen: 1_234_567n,
    creditFen: 0n,
    memo: '11月账单, "A800" 用量\n第二行',
  },
  {
    at: new Date('2026-12-05T08:00:00Z'),
    transactionId: '0b6f1c1e-7d1a-4a4e-9c35-2f1b7d7c9a02',
    account: 'CASH · 成都智算中心',
    debitFen: 0n,
    creditFen: HUGE,
    memo: '=HYPERLINK("http://evil.example","点我")',
  },
];

const settlement: SettlementRow[] = [
  {
    period: '2026-11',
    organisationName: ORGANISATION,
    invoiceNumber: 'SL-2026-000123',
    lineDescription: '大模型预训练 · H800',
    voucherCode: 'VC-2026-0042',
    amountFen: 234_567n,
    redeemedAt: new Date('2026-11-30T16:00:00Z'),
  },
];

function csvRecords(buffer: Buffer): string[][] {
  expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = buffer.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return parseCsv(text.slice(1));
}

async function sheetValues(buffer: Buffer): Promise<{ name: string; rows: ExcelJS.Row[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  return { name: sheet.name, rows };
}

describe('invoice exports', () => {
  it('CSV: BOM, CRLF, zh-CN header, Chinese intact, exact plain amounts, Shanghai times', async () => {
    const buffer = await invoicesCsv([issued, draft], 'zh-CN');
    expect(buffer.toString('utf8')).toContain('\r\n');
    const [header, first, second, ...rest] = csvRecords(buffer);
    expect(rest).toEqual([]);
    expect(header).toEqual([
      '编号',
      '客户',
      '账期',
      '状态',
      '开具时间（北京时间）',
      '到期时间（北京时间）',
      '合计',
      '代金券',
      '权益',
      '现金',
      '已支付',
      '应付余额',
    ]);
    expect(first).toEqual([
      'SL-2026-000123',
      ORGANISATION,
      '2026-11',
      '已开具',
      '2026-12-01T09:30:00+08:00',
      '2026-12-31T23:59:00+08:00',
      '12345.67',
      '2345.67',
      '1000.00',
      '8900.00',
      '5000.00',
      '7345.67',
    ]);
    expect(second).toEqual(['', ORGANISATION, '2026-11', '草稿', '', '', '12345.67', '2345.67', '1000.00', '8900.00', '5000.00', '-0.05']);
  });

  it('CSV: English header and status', async () => {
    const [header, first] = csvRecords(await invoicesCsv([issued], 'en'));
    expect(header!.slice(0, 5)).toEqual(['Number', 'Organisation', 'Period', 'Status', 'Issued (Asia/Shanghai)']);
    expect(header!.at(-1)).toBe('Balance due');
    expect(first![3]).toBe('Issued');
    expect(first![1]).toBe(ORGANISATION);
  });

  it('XLSX: same values, amounts as yuan numbers in a ¥ format, times as Shanghai date cells', async () => {
    const { name, rows } = await sheetValues(await invoicesXlsx([issued, draft], 'zh-CN'));
    expect(name).toBe('发票');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.getCell(1).value).toBe('编号');
    expect(rows[0]!.getCell(12).value).toBe('应付余额');
    const row = rows[1]!;
    expect(row.getCell(1).value).toBe('SL-2026-000123');
    expect(row.getCell(2).value).toBe(ORGANISATION);
    expect(row.getCell(4).value).toBe('已开具');
    expect((row.getCell(5).value as Date).toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const total = row.getCell(7);
    expect(total.value).toBe(12345.67);
    expect((total.value as number).toFixed(2)).toBe('12345.67');
    expect(total.numFmt).toBe('¥#,##0.00');
    expect(row.getCell(8).value).toBe(2345.67);
    expect(row.getCell(12).value).toBe(7345.67);
    expect(rows[2]!.getCell(1).value).toBeNull();
    expect(rows[2]!.getCell(4).value).toBe('草稿');
    expect(rows[2]!.getCell(12).value).toBe(-0.05);
  });

  it('XLSX: an amount a double cannot carry is written as exact text', async () => {
    const { rows } = await sheetValues(await invoicesXlsx([{ ...issued, totalFen: HUGE }], 'en'));
    expect(rows[0]!.getCell(7).value).toBe('Total');
    expect(rows[1]!.getCell(7).value).toBe('1234567890123456789.01');
    expect(rows[1]!.getCell(8).value).toBe(2345.67);
  });
});

describe('ledger exports', () => {
  it('CSV: quotes, newlines and Chinese survive; formulas are neutralised; huge amounts exact', async () => {
    const [header, first, second] = csvRecords(await ledgerCsv(ledger, 'zh-CN'));
    expect(header).toEqual(['时间（北京时间）', '交易编号', '科目', '借方', '贷方', '摘要']);
    expect(first).toEqual([
      '2026-12-01T09:30:00+08:00',
      ledger[0]!.transactionId,
      'RECEIVABLE · 星河遥感',
      '12345.67',
      '0.00',
      '11月账单, "A800" 用量\n第二行',
    ]);
    expect(second![4]).toBe('1234567890123456789.01');
    expect(second![5]).toBe(`'${ledger[1]!.memo}`);
  });

  it('XLSX: same values in English', async () => {
    const { name, rows } = await sheetValues(await ledgerXlsx(ledger, 'en'));
    expect(name).toBe('Ledger');
    expect(rows.map((r) => r.getCell(3).value)).toEqual(['Account', 'RECEIVABLE · 星河遥感', 'CASH · 成都智算中心']);
    expect(rows[1]!.getCell(4).value).toBe(12345.67);
    expect(rows[2]!.getCell(5).value).toBe('1234567890123456789.01');
    expect(rows[1]!.getCell(6).value).toBe(ledger[0]!.memo);
    expect((rows[2]!.getCell(1).value as Date).toISOString()).toBe('2026-12-05T16:00:00.000Z');
  });
});

describe('voucher settlement exports', () => {
  it('CSV in English', async () => {
    const [header, first] = csvRecords(await settlementCsv(settlement, 'en'));
    expect(header).toEqual(['Period', 'Organisation', 'Invoice number', 'Line', 'Voucher code', 'Amount', 'Redeemed (Asia/Shanghai)']);
    expect(first).toEqual([
      '2026-11',
      ORGANISATION,
      'SL-2026-000123',
      '大模型预训练 · H800',
      'VC-2026-0042',
      '2345.67',
      '2026-12-01T00:00:00+08:00',
    ]);
  });

  it('XLSX in zh-CN', async () => {
    const { name, rows } = await sheetValues(await settlementXlsx(settlement, 'zh-CN'));
    expect(name).toBe('代金券结算');
    expect(rows[0]!.getCell(5).value).toBe('代金券编号');
    expect(rows[1]!.getCell(4).value).toBe('大模型预训练 · H800');
    expect(rows[1]!.getCell(6).value).toBe(2345.67);
    expect((rows[1]!.getCell(7).value as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
