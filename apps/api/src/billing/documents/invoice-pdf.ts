import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatCny } from '@suanli/domain';
import PDFDocument from 'pdfkit';
import { documentLabels, statusLabel, type DocumentLabels } from './document-labels.js';
import { formatCardHours, formatInteger, shanghaiDate, shanghaiMinute } from './document-format.js';
import type { DocumentLocale, InvoiceDocument, InvoiceDocumentLine } from './document-models.js';

/**
 * An invoice or credit note as an A4 PDF, in Noto Sans SC (embedded TrueType; pdfkit subsets it
 * to the glyphs used, so a page is ~10 KB of font, not the 10 MB file). Layout is computed here
 * (margins 0 so pdfkit never adds a page by itself): the lines table paginates with its header
 * repeated, every page carries the DRAFT / VOID mark and "page n of m".
 */

interface Fonts {
  regular: Buffer;
  bold: Buffer;
}

let fonts: Promise<Fonts> | undefined;

/** The font files are read once per process; PDFs are rendered per request. */
function loadFonts(): Promise<Fonts> {
  if (!fonts) {
    const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    fonts = Promise.all([
      readFile(join(root, '400Regular/NotoSansSC_400Regular.ttf')),
      readFile(join(root, '700Bold/NotoSansSC_700Bold.ttf')),
    ]).then(
      ([regular, bold]) => ({ regular, bold }),
      (error: unknown) => {
        fonts = undefined; // let the next request try again
        throw error;
      },
    );
  }
  return fonts;
}

const REGULAR = 'NotoSansSC-Regular';
const BOLD = 'NotoSansSC-Bold';

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 40;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Table rows stop here; the footer sits below. */
const CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN - 18;

const INK = '#1f1f1f';
const MUTED = '#6b6b6b';
const RULE = '#d0d0d0';
const HEADER_FILL = '#f0f0f0';
const MARK_COLOUR = { draft: '#9a9a9a', void: '#c0392b' } as const;

const CELL_SIZE = 8;
const SMALL_SIZE = 6.5;
const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 26;
const PAD = 3;

type Align = 'left' | 'right';

interface TableColumn {
  width: number;
  align: Align;
  heading: (l: DocumentLabels) => string;
  /** The main text and an optional second, smaller line. */
  content: (line: InvoiceDocumentLine, l: DocumentLabels) => { main: string; sub?: string; wrap?: boolean };
}

const amountColumn = (heading: (l: DocumentLabels) => string, pick: (line: InvoiceDocumentLine) => bigint): TableColumn => ({
  width: 50,
  align: 'right',
  heading,
  content: (line) => ({ main: formatCny(pick(line)) }),
});

const COLUMNS: readonly TableColumn[] = [
  { width: 100, align: 'left', heading: (l) => l.project, content: (line) => ({ main: line.projectName, wrap: true }) },
  { width: 52, align: 'left', heading: (l) => l.cardType, content: (line) => ({ main: line.cardType, wrap: true }) },
  {
    width: 55,
    align: 'right',
    heading: (l) => l.cardHours,
    content: (line, l) => ({ main: formatCardHours(line.cardSeconds), sub: `${formatInteger(line.cardSeconds)} ${l.cardSecondsUnit}` }),
  },
  {
    width: 58,
    align: 'right',
    heading: (l) => l.unitPrice,
    content: (line, l) => ({ main: formatCny(line.unitPriceFen), sub: `${l.priceFrom} ${shanghaiDate(line.priceEffectiveFrom)}` }),
  },
  amountColumn((l) => l.amount, (line) => line.amountFen),
  amountColumn((l) => l.free, (line) => line.freeFen),
  amountColumn((l) => l.voucher, (line) => line.voucherFen),
  amountColumn((l) => l.equity, (line) => line.equityFen),
  amountColumn((l) => l.cash, (line) => line.cashFen),
];

class InvoiceLayout {
  private y = MARGIN;
  private readonly l: DocumentLabels;
  private readonly mark: { text: string; colour: string } | null;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly doc: InvoiceDocument,
    private readonly locale: DocumentLocale,
  ) {
    this.l = documentLabels(locale);
    if (doc.status === 'VOID') this.mark = { text: this.l.voidMark, colour: MARK_COLOUR.void };
    else if (doc.status === 'DRAFT' || doc.number === null) this.mark = { text: this.l.draftMark, colour: MARK_COLOUR.draft };
    else this.mark = null;
  }

  private get title(): string {
    return this.doc.kind === 'CREDIT_NOTE' ? this.l.creditNoteTitle : this.l.invoiceTitle;
  }

  private get numberText(): string {
    return this.doc.number ?? this.l.draftNumber;
  }

  render(): void {
    this.newPage();
    this.heading();
    this.linesTable();
    this.totals();
    this.footers();
  }

  /** Text in a box, clipped to `lines` lines with an ellipsis; never flows onto a new page. */
  private cell(text: string, x: number, y: number, width: number, options: { font?: string; size?: number; align?: Align; lines?: number; colour?: string } = {}): number {
    const { font = REGULAR, size = CELL_SIZE, align = 'left', lines = 1, colour = INK } = options;
    this.pdf.font(font).fontSize(size).fillColor(colour);
    const lineHeight = this.pdf.currentLineHeight(true);
    const height = lineHeight * lines + 0.5;
    this.pdf.text(text, x, y, { width, height, align, ellipsis: true, lineGap: 0 });
    return Math.min(this.pdf.heightOfString(text, { width, lineGap: 0 }), height);
  }

  /** Amounts are never cut: a too-long one is drawn smaller to fit its column. */
  private amount(text: string, x: number, y: number, width: number, font = REGULAR, size = CELL_SIZE): void {
    this.pdf.font(font).fontSize(size);
    const natural = this.pdf.widthOfString(text);
    const fitted = natural > width ? (size * width) / natural : size;
    this.cell(text, x, y + (size - fitted) / 2, width, { font, size: fitted, align: 'right' });
  }

  private newPage(): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.watermark();
    this.y = MARGIN;
  }

  private watermark(): void {
    if (!this.mark) return;
    const size = 96;
    this.pdf.save();
    this.pdf.font(BOLD).fontSize(size).fillColor(this.mark.colour).fillOpacity(0.12);
    const width = this.pdf.widthOfString(this.mark.text);
    this.pdf.rotate(-35, { origin: [PAGE_WIDTH / 2, PAGE_HEIGHT / 2] });
    this.pdf.text(this.mark.text, PAGE_WIDTH / 2 - width / 2, PAGE_HEIGHT / 2 - size / 2, { lineBreak: false });
    this.pdf.restore();
  }

  private heading(): void {
    const { doc, l } = this;
    const right = MARGIN + CONTENT_WIDTH;
    this.cell(doc.centreName, MARGIN, MARGIN, 260, { font: BOLD, size: 13 });
    this.cell(l.issuer, MARGIN, MARGIN + 20, 260, { size: 8, colour: MUTED });
    this.cell(this.title, right - 240, MARGIN - 4, 240, { font: BOLD, size: 22, align: 'right' });
    this.cell(this.numberText, right - 240, MARGIN + 26, 240, { font: BOLD, size: 10, align: 'right' });
    if (this.mark) this.stamp(this.mark, right, MARGIN + 44);

    const top = MARGIN + 80;
    this.cell(l.recipient, MARGIN, top, 250, { size: 8, colour: MUTED });
    this.cell(doc.organisationName, MARGIN, top + 13, 250, { font: BOLD, size: 12, lines: 2 });

    const meta: [string, string][] = [
      [l.number, this.numberText],
      [l.period, doc.periodMonth],
      [l.issuedAt, this.time(doc.issuedAt)],
      [l.dueAt, this.time(doc.dueAt)],
      [l.status, statusLabel(doc.status, this.locale)],
    ];
    if (doc.kind === 'CREDIT_NOTE') meta.push([l.corrects, doc.creditsInvoiceNumber ?? l.notYet]);
    const labelX = MARGIN + 290;
    meta.forEach(([label, value], index) => {
      const y = top + index * 15;
      this.cell(label, labelX, y, 70, { size: 8.5, colour: MUTED });
      this.cell(value, labelX + 72, y, right - labelX - 72, { size: 8.5 });
    });
    this.y = top + Math.max(meta.length * 15, 50) + 18;
  }

  /** A bordered DRAFT / VOID stamp under the number, right-aligned at `right`. */
  private stamp(mark: { text: string; colour: string }, right: number, y: number): void {
    this.pdf.font(BOLD).fontSize(12);
    const width = this.pdf.widthOfString(mark.text) + 16;
    this.pdf.save().lineWidth(1.2).strokeColor(mark.colour).rect(right - width, y, width, 20).stroke().restore();
    this.cell(mark.text, right - width + 8, y + 2, width - 16, { font: BOLD, size: 12, colour: mark.colour });
  }

  private time(at: Date | null): string {
    return at ? shanghaiMinute(at) + this.l.timeZoneSuffix : this.l.notYet;
  }

  private tableHeader(): void {
    this.pdf.save().rect(MARGIN, this.y, CONTENT_WIDTH, HEADER_HEIGHT).fill(HEADER_FILL).restore();
    let x = MARGIN;
    for (const column of COLUMNS) {
      this.cell(column.heading(this.l), x + PAD, this.y + PAD + 1, column.width - 2 * PAD, {
        font: BOLD,
        size: 7.5,
        align: column.align,
        lines: 2,
      });
      x += column.width;
    }
    this.y += HEADER_HEIGHT;
  }

  /** A later page, headed by which document this is. */
  private continuationPage(): void {
    this.newPage();
    this.cell(`${this.title} · ${this.numberText} · ${this.doc.organisationName}`, MARGIN, this.y, CONTENT_WIDTH, {
      size: 8,
      colour: MUTED,
    });
    this.y += 18;
  }

  private linesTable(): void {
    this.tableHeader();
    if (this.doc.lines.length === 0) {
      this.cell(this.l.noLines, MARGIN + PAD, this.y + 8, CONTENT_WIDTH - 2 * PAD, { colour: MUTED });
      this.y += ROW_HEIGHT;
      this.rule(this.y);
    }
    for (const line of this.doc.lines) {
      if (this.y + ROW_HEIGHT > CONTENT_BOTTOM) {
        this.continuationPage();
        this.tableHeader();
      }
      this.row(line);
    }
    this.y += 14;
  }

  private row(line: InvoiceDocumentLine): void {
    let x = MARGIN;
    const top = this.y + PAD + 1;
    for (const column of COLUMNS) {
      const width = column.width - 2 * PAD;
      const { main, sub, wrap } = column.content(line, this.l);
      if (wrap) this.cell(main, x + PAD, top, width, { lines: 2 });
      else this.amount(main, x + PAD, top, width);
      if (sub) this.cell(sub, x + PAD, top + 11, width, { size: SMALL_SIZE, align: column.align, colour: MUTED });
      x += column.width;
    }
    this.y += ROW_HEIGHT;
    this.rule(this.y);
  }

  private rule(y: number, x = MARGIN, width = CONTENT_WIDTH): void {
    this.pdf.save().lineWidth(0.5).strokeColor(RULE).moveTo(x, y).lineTo(x + width, y).stroke().restore();
  }

  private totals(): void {
    const { doc, l } = this;
    const rows: [string, bigint, boolean][] = [
      [l.total, doc.totalFen, true],
      [l.free, doc.freeFen, false],
      [l.voucher, doc.voucherFen, false],
      [l.equity, doc.equityFen, false],
      [l.cash, doc.cashFen, false],
      [l.paid, doc.paidFen, false],
      [l.balance, doc.balanceFen, true],
    ];
    const step = 16;
    const needed = rows.length * step + 44;
    if (this.y + needed > CONTENT_BOTTOM) this.continuationPage();
    const x = MARGIN + CONTENT_WIDTH - 250;
    rows.forEach(([label, fen, strong], index) => {
      if (index === 5) {
        this.y += 4;
        this.rule(this.y - 3, x, 250);
      }
      const font = strong ? BOLD : REGULAR;
      this.cell(label, x, this.y, 120, { font, size: 9.5 });
      this.amount(formatCny(fen), x + 120, this.y, 130, font, 9.5);
      this.y += step;
    });
    this.y += 10;
    this.cell(l.currencyNote, MARGIN, this.y, CONTENT_WIDTH, { size: 7.5, colour: MUTED, lines: 2 });
  }

  private footers(): void {
    const range = this.pdf.bufferedPageRange();
    for (let index = 0; index < range.count; index += 1) {
      this.pdf.switchToPage(range.start + index);
      const y = PAGE_HEIGHT - MARGIN;
      this.rule(y - 4);
      this.cell(`${this.doc.centreName} · ${this.title} ${this.numberText}`, MARGIN, y, CONTENT_WIDTH / 2, { size: 7, colour: MUTED });
      this.cell(this.l.page(index + 1, range.count), MARGIN + CONTENT_WIDTH / 2, y, CONTENT_WIDTH / 2, {
        size: 7,
        colour: MUTED,
        align: 'right',
      });
    }
  }
}

export async function renderInvoicePdf(doc: InvoiceDocument, locale: DocumentLocale): Promise<Buffer> {
  const { regular, bold } = await loadFonts();
  const labels = documentLabels(locale);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: locale,
    info: {
      Title: `${doc.kind === 'CREDIT_NOTE' ? labels.creditNoteTitle : labels.invoiceTitle} ${doc.number ?? labels.draftNumber}`,
      Author: doc.centreName,
      Subject: `${doc.organisationName} ${doc.periodMonth}`,
    },
  });
  pdf.registerFont(REGULAR, regular);
  pdf.registerFont(BOLD, bold);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  new InvoiceLayout(pdf, doc, locale).render();
  pdf.end();
  return finished;
}
