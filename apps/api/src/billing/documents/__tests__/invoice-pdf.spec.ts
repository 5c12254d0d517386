import { renderInvoicePdf } from '../index.js';
import { CENTRE, HAS_POPPLER, invoice, line, manyLines, ORGANISATION, pdfPages, pdfText, pdfWords } from './document-fixtures.js';

const describeWithPoppler = HAS_POPPLER ? describe : describe.skip;
if (!HAS_POPPLER) console.warn('invoice-pdf: not run — install poppler-utils (pdftotext, pdfinfo); CI does');

describeWithPoppler('renderInvoicePdf', () => {
  describe('an issued invoice in zh-CN', () => {
    let text: string;
    let pdf: Buffer;
    beforeAll(async () => {
      pdf = await renderInvoicePdf(invoice(), 'zh-CN');
      text = pdfText(pdf);
    });

    it('is a PDF naming issuer, recipient, number and period', () => {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(text).toContain(ORGANISATION);
      expect(text).toContain(CENTRE);
      expect(text).toContain('SL-2026-000123');
      expect(text).toMatch(/账期\s+2026-11/);
    });

    it('prints the lines and the exact totals with their split, paid and balance', () => {
      expect(text).toContain('遥感影像智能解译平台');
      expect(text).toContain('100.00'); // card-hours
      expect(text).toContain('360,000 卡秒');
      expect(text).toContain('¥12.50');
      expect(text).toContain('¥1,250.00');
      expect(text).toMatch(/合计\s+¥12,345\.67/);
      expect(text).toMatch(/免费\s+¥100\.00/);
      expect(text).toMatch(/代金券\s+¥2,345\.67/);
      expect(text).toMatch(/权益\s+¥1,000\.00/);
      expect(text).toMatch(/现金\s+¥8,900\.00/);
      expect(text).toMatch(/已支付\s+¥5,000\.00/);
      expect(text).toMatch(/应付余额\s+¥7,345\.67/);
    });

    it('labels in Chinese and shows times in Beijing time', () => {
      expect(text).toContain('发票');
      expect(text).toContain('卡型');
      expect(text).toContain('2026-12-01 09:30（北京时间）');
      expect(text).toContain('2026-12-31 23:59（北京时间）');
      expect(text).toContain('生效 2026-10-01');
      expect(text).toMatch(/第\s*1\s*\/\s*1\s*页/); // pdftotext drops the spaces between CJK and digits
      expect(text).not.toContain('Balance due');
    });

    it('has no draft or void mark', () => {
      expect(text).not.toContain('草稿');
      expect(text).not.toContain('已作废');
    });
  });

  describe('the same invoice in English', () => {
    let text: string;
    beforeAll(async () => {
      text = pdfText(await renderInvoicePdf(invoice(), 'en'));
    });

    it('keeps the Chinese names and the exact amounts', () => {
      expect(text).toContain(ORGANISATION);
      expect(text).toContain(CENTRE);
      expect(text).toContain('遥感影像智能解译平台');
      expect(text).toContain('SL-2026-000123');
      expect(text).toMatch(/Voucher\s+¥2,345\.67/);
      expect(text).toMatch(/Total\s+¥12,345\.67/);
      expect(text).toMatch(/Balance due\s+¥7,345\.67/);
    });

    it('labels in English', () => {
      expect(text).toMatch(/^\s*Invoice\b/m);
      expect(text).toContain('Bill to');
      expect(text).toContain('Card type');
      expect(text).toContain('360,000 card-s');
      expect(text).toContain('2026-12-01 09:30 (Asia/Shanghai)');
      expect(text).toContain('Page 1 of 1');
      expect(text).not.toContain('应付余额');
      expect(text).not.toContain('账期');
    });
  });

  it('marks a draft 草稿 / DRAFT and prints no number', async () => {
    const draft = invoice({ number: null, status: 'DRAFT', issuedAt: null, dueAt: null });
    const zh = pdfText(await renderInvoicePdf(draft, 'zh-CN'));
    const en = pdfText(await renderInvoicePdf(draft, 'en'));
    expect(zh).toContain('草稿（未编号）');
    expect(zh).not.toContain('SL-2026');
    expect(en).toContain('DRAFT (not numbered)');
    expect(en).not.toContain('SL-2026');
  });

  it('marks a void invoice', async () => {
    const voided = invoice({ status: 'VOID' });
    expect(pdfText(await renderInvoicePdf(voided, 'zh-CN'))).toContain('已作废');
    expect(pdfText(await renderInvoicePdf(voided, 'en'))).toContain('VOID');
  });

  it('titles a credit note and names the invoice it corrects', async () => {
    const note = invoice({ kind: 'CREDIT_NOTE', number: 'SL-2026-000130', creditsInvoiceNumber: 'SL-2026-000100' });
    const zh = pdfText(await renderInvoicePdf(note, 'zh-CN'));
    const en = pdfText(await renderInvoicePdf(note, 'en'));
    expect(zh).toContain('信用票据');
    expect(zh).toMatch(/更正发票\s+SL-2026-000100/);
    expect(en).toContain('Credit note');
    expect(en).toMatch(/Corrects invoice\s+SL-2026-000100/);
  });

  it('cuts a long project name with an ellipsis inside its column', async () => {
    const long = `${'超长项目名称'.repeat(20)}尾巴标记`;
    const pdf = await renderInvoicePdf(invoice({ lines: [line({ projectName: long })] }), 'zh-CN');
    const text = pdfText(pdf);
    expect(text).toContain('超长项目名称');
    expect(text).toContain('…');
    expect(text).not.toContain('尾巴标记');
    const words = pdfWords(pdf).filter((w) => w.text.includes('超长'));
    expect(words.length).toBeGreaterThan(0);
    // The project column spans x 40..140 (pt).
    for (const word of words) expect(word.xMax).toBeLessThanOrEqual(140.5);
    expect(pdfPages(pdf)).toBe(1);
  });

  it('paginates 60 lines, repeating the table header, losing no line', async () => {
    const pdf = await renderInvoicePdf(invoice({ lines: manyLines(60) }), 'zh-CN');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text.match(/卡型/g)).toHaveLength(pages);
    for (let i = 1; i <= 60; i += 1) expect(text.match(new RegExp(`训练任务-${String(i).padStart(2, '0')}`, 'g'))).toHaveLength(1);
    expect(text).toMatch(new RegExp(`第\\s*${pages}\\s*/\\s*${pages}\\s*页`));
    expect(text).toMatch(/应付余额\s+¥7,345\.67/);
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('never splits the totals block across pages', async () => {
    const movedToOwnPage: number[] = [];
    for (const count of [17, 18, 19, 20, 21]) {
      const pdf = await renderInvoicePdf(invoice({ lines: manyLines(count) }), 'zh-CN');
      const pages = pdfText(pdf).split('\f');
      const withTotal = pages.filter((page) => /合计\s+¥12,345\.67/.test(page));
      expect(withTotal).toHaveLength(1);
      expect(withTotal[0]).toMatch(/应付余额\s+¥7,345\.67/);
      expect(withTotal[0]).toContain('金额单位');
      if (!withTotal[0]!.includes('训练任务-')) movedToOwnPage.push(count);
    }
    // At least one count fills the first page so the totals must move on (else this test proves nothing).
    expect(movedToOwnPage.length).toBeGreaterThan(0);
  });

  it('keeps a 10-line invoice small (subset font)', async () => {
    const pdf = await renderInvoicePdf(invoice({ lines: manyLines(10) }), 'zh-CN');
    expect(pdf.length).toBeLessThan(200 * 1024);
    expect(pdfPages(pdf)).toBe(1);
  });

  it('shrinks, never cuts, an amount wider than its column', async () => {
    const huge = 123_456_789_012n;
    const text = pdfText(await renderInvoicePdf(invoice({ lines: [line({ amountFen: huge, cashFen: huge })] }), 'en'));
    expect(text.match(/¥1,234,567,890\.12/g)).toHaveLength(2);
  });
});
