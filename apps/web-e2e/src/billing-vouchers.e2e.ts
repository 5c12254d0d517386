/**
 * Issue 11's browser flow: a founder applies for a city compute voucher; the manager approves it;
 * the month's billing run issues the founder's invoice with a voucher share; the founder opens the
 * bill, downloads its PDF (read back with pdftotext) and sees the voucher's balance drop by that share.
 * It bills the demo's last month, so it runs on a server of its own (fresh demo data), not BASE_URL's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, runScenarios } from './support/harness.js';
import { startOwnServer } from './support/own-server.js';

const server = await startOwnServer();
process.env['BASE_URL'] = server.url;
// After BASE_URL: the support modules read it when they load.
const { launchChromium, PHONE } = await import('./support/browser.js');
const { signedInPage, textOf, waitFor, waitVisible } = await import('./support/pages.js');

const FOUNDER = 'founder@rongcheng-vision.example';
const MANAGER = 'manager@suanli.dev';
/** ¥1,234.56 → 123456 fen, from what the page shows. */
const fenOf = (text: string) => BigInt((/¥\s*([\d,]+\.\d{2})/.exec(text)?.[1] ?? 'NaN').replace(/[,.]/g, ''));

const browser = await launchChromium();
try {
  await runScenarios([
    {
      name: 'a founder applies for a voucher, the manager approves it, the run bills it and the founder sees the voucher pay part of the bill',
      run: async (track) => {
        // The founder applies, on a phone.
        const founder = await signedInPage(browser, track, FOUNDER);
        await founder.setViewportSize(PHONE);
        await founder.goto('/portal/vouchers/apply');
        await waitVisible(founder.getByTestId('apply-voucher-form'), 'the voucher application form');
        await founder.getByTestId('apply-programme').click();
        await founder.locator('.ant-select-item-option').first().click();
        await waitVisible(founder.getByTestId('programme-terms'), 'the programme’s terms');
        await founder.getByTestId('apply-amount').fill('20000');
        await founder.getByTestId('apply-purpose').fill('工业质检大模型在昇腾 910B 上的训练');
        await founder.getByTestId('apply-submit').click();
        await waitVisible(founder.getByTestId('apply-submitted'), 'what happens next');

        // The manager approves it from the queue.
        const manager = await signedInPage(browser, track, MANAGER);
        await manager.goto('/vouchers/applications');
        await waitVisible(manager.getByTestId('voucher-queue'), 'the approval queue');
        const row = manager.getByTestId('voucher-queue').locator('tr', { hasText: '蓉城智眼科技' }).first();
        await waitVisible(row, 'the founder’s application in the queue');
        const approve = row.locator('[data-testid^="approve-"]').first();
        const approveId = (await approve.getAttribute('data-testid'))!;
        await approve.click();
        // Every row's dialog is rendered ahead (forceRender): confirm the one this row opened.
        await manager.getByTestId(`${approveId}-ok`).click();
        await waitFor(async () => (await row.count()) === 0, 'the application leaving the queue');

        // The voucher before the run.
        await founder.goto('/portal/vouchers');
        const card = founder.locator('[data-testid^="voucher-"]').filter({ has: founder.getByTestId('voucher-code') }).first();
        await waitVisible(card, 'the issued voucher');
        const before = fenOf(await textOf(card));
        assert(before === 2000000n, `the voucher holds ¥20,000.00, got "${await textOf(card)}"`);

        // The manager bills last month, issuing at once (the dialog's defaults).
        await manager.goto('/billing/invoices');
        await manager.getByTestId('run-billing').click();
        await manager.getByTestId('run-billing-ok').click();
        await waitVisible(manager.getByTestId('billing-run-result'), 'the finished run');

        // The founder's bill shows the voucher's share; the PDF says the same.
        await founder.goto('/portal/bills');
        await waitVisible(founder.getByTestId('bills-page'), 'my bills');
        await founder.getByTestId('bill-link').first().click();
        await waitVisible(founder.getByTestId('invoice-page'), 'the bill');
        const facts = await textOf(founder.getByTestId('invoice-page'));
        const voucherRow = founder.locator('.ant-descriptions-item', { hasText: '算力券' }).first();
        const share = fenOf(await textOf(voucherRow));
        assert(share > 0n, `the bill has a voucher share, got "${await textOf(voucherRow)}"`);
        const [download] = await Promise.all([founder.waitForEvent('download'), founder.getByTestId('invoice-pdf-zh-CN').click()]);
        const dir = mkdtempSync(join(tmpdir(), 'suanli-bill-'));
        const file = join(dir, 'bill.pdf');
        writeFileSync(file, Buffer.alloc(0));
        await download.saveAs(file);
        const number = /SL-\d{4}-\d{6}/.exec(facts)?.[0];
        assert(number, 'the bill has a number');
        if (existsSync('/usr/bin/pdftotext')) {
          const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
          assert(text.includes(number), `the PDF names the bill ${number}`);
          assert(text.includes('蓉城智眼科技') && text.includes('代金券'), 'the PDF is in Chinese with the voucher share');
        } else console.warn('billing-vouchers: the PDF text was not read back — install poppler-utils (pdftotext); CI does');

        // The voucher's balance dropped by exactly that share, and its history names the bill.
        await founder.goto('/portal/vouchers');
        await waitVisible(card, 'the voucher');
        await waitFor(async () => fenOf(await textOf(card)) === before - share, `the balance dropping by the share (¥${Number(share) / 100})`);
        assert((await textOf(card.getByTestId('voucher-redemptions'))).includes(number), 'the voucher’s history names the bill');
      },
    },
  ]);
} finally {
  await browser.close();
  await server.stop();
}
