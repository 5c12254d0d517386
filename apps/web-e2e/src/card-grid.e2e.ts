/**
 * The card grid (issue 10): an 8-card node is one row of cards at 1,280 and at 390 px (it was
 * drawn 7 + 1); hovering a held card names organisation, project, since when and health; the
 * node dialog names the node as the grid does. Read-only: changes no data.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { signedInPage, textOf, waitVisible } from './support/pages.js';

const MANAGER = 'manager@suanli.dev';

/** Per node of 8 cards: how many distinct rows its cards sit on. */
async function rowsPerEightCardNode(page: Page): Promise<number[]> {
  return page.locator('[data-testid^="grid-node-"][data-node-name]').evaluateAll((nodes) =>
    nodes
      .map((node) => Array.from(node.querySelectorAll('[data-card-id]')).map((card) => Math.round(card.getBoundingClientRect().top)))
      .filter((tops) => tops.length === 8)
      .map((tops) => new Set(tops).size),
  );
}

const browser = await launchChromium();

await runScenarios([
  {
    name: 'a manager sees each 8-card node as one row at 1,280 and 390 px, with hover details and one node label',
    run: async (track) => {
      const page = await signedInPage(browser, track, MANAGER);
      await page.getByTestId('nav-compute').click();
      await waitVisible(page.getByTestId('cluster-grid'), 'the cluster grid');
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        const rows = await rowsPerEightCardNode(page);
        assert(rows.length > 0, `the demo has 8-card nodes at ${width} px`);
        assert(rows.every((n) => n === 1), `every 8-card node is one row at ${width} px, got rows ${JSON.stringify([...new Set(rows)])}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });

      // "1,200 / 1,264": spaced on both sides of the slash, both numbers grouped alike.
      const busy = await textOf(page.getByTestId('compute-stats').locator('.ant-statistic').first().locator('.ant-statistic-content'));
      assert(/^[\d,]+\s\/\s[\d,]+$/.test(busy.replace(/\u00a0/g, ' ')) && !/\d{4}/.test(busy), `busy cards read "n / total", got "${busy}"`);

      const held = page.locator('[data-card-id][data-status="busy"]').first();
      await held.hover();
      const tooltip = page.getByTestId('grid-tooltip');
      await waitVisible(tooltip, 'the card tooltip');
      const tip = await textOf(tooltip);
      for (const label of ['机构', '开始于', '到期', '状态']) assert(tip.includes(label), `the tooltip shows ${label}, got "${tip}"`);

      const node = page.locator('[data-testid^="grid-node-"][data-node-name]').first();
      const label = await textOf(node.getByTestId('grid-node-open'));
      assert(label === (await node.getAttribute('data-node-name')), `the grid labels the node by its name, got "${label}"`);
      await node.getByTestId('grid-node-open').click();
      const dialog = page.getByTestId('node-dialog');
      await waitVisible(dialog, 'the node dialog');
      const title = await textOf(page.locator('.ant-modal-title'));
      assert(title.includes(label), `the dialog names the node as the grid does ("${label}"), got "${title}"`);
    },
  },
]);
await browser.close();
