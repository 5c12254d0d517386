import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceDocument, InvoiceDocumentLine } from '../document-models.js';

export const ORGANISATION = '星河遥感科技有限公司';
export const CENTRE = '成都智算中心';

export function line(overrides: Partial<InvoiceDocumentLine> = {}): InvoiceDocumentLine {
  return {
    projectName: '遥感影像智能解译平台',
    cardType: 'A800-80G',
    cardSeconds: 360_000n, // 100 card-hours
    unitPriceFen: 1_250n,
    priceEffectiveFrom: new Date('2026-09-30T16:00:00Z'), // 2026-10-01 in Shanghai
    amountFen: 125_000n,
    freeFen: 10_000n,
    voucherFen: 0n,
    equityFen: 15_000n,
    cashFen: 100_000n,
    ...overrides,
  };
}

/** Totals ¥12,345.67 = free ¥100.00 + voucher ¥2,345.67 + equity ¥1,000.00 + cash ¥8,900.00. */
export function invoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    kind: 'INVOICE',
    number: 'SL-2026-000123',
    status: 'ISSUED',
    organisationName: ORGANISATION,
    periodMonth: '2026-11',
    issuedAt: new Date('2026-12-01T01:30:00Z'),
    dueAt: new Date('2026-12-31T15:59:00Z'),
    lines: [
      line(),
      line({
        projectName: '大模型预训练',
        cardType: 'H800',
        cardSeconds: 123_456n,
        unitPriceFen: 3_200n,
        amountFen: 1_109_567n,
        freeFen: 0n,
        voucherFen: 234_567n,
        equityFen: 85_000n,
        cashFen: 790_000n,
      }),
    ],
    totalFen: 1_234_567n,
    freeFen: 10_000n,
    voucherFen: 234_567n,
    equityFen: 100_000n,
    cashFen: 890_000n,
    paidFen: 500_000n,
    balanceFen: 734_567n,
    centreName: CENTRE,
    ...overrides,
  };
}

export function manyLines(count: number): InvoiceDocumentLine[] {
  return Array.from({ length: count }, (_, index) => line({ projectName: `训练任务-${String(index + 1).padStart(2, '0')}` }));
}

/**
 * Whether poppler-utils is installed: the PDF tests read the rendered text back with its tools.
 * CI installs it; without it they say they were not run, as the browser tests do without Chromium.
 */
export const HAS_POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

/** Writes the PDF to a temporary file and runs a poppler tool on it. */
export function poppler(pdf: Buffer, tool: 'pdftotext' | 'pdfinfo', args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-invoice-'));
  try {
    const file = join(dir, 'invoice.pdf');
    writeFileSync(file, pdf);
    const argv = tool === 'pdftotext' ? [...args, file, '-'] : [file];
    return execFileSync(`/usr/bin/${tool}`, argv, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (pdf: Buffer) => poppler(pdf, 'pdftotext', ['-layout']);

export function pdfPages(pdf: Buffer): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler(pdf, 'pdfinfo'));
  if (!match) throw new Error('pdfinfo printed no page count');
  return Number(match[1]);
}

/** Word boxes from `pdftotext -bbox`. */
export function pdfWords(pdf: Buffer): { text: string; xMin: number; xMax: number }[] {
  const html = poppler(pdf, 'pdftotext', ['-bbox']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    text: m[3]!,
  }));
}

/** RFC 4180 parser (quoted fields, doubled quotes, embedded CR/LF); csv-parse is not installed. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  return records;
}
