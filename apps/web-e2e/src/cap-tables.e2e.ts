/**
 * Cap tables in the browser: a manager at 1280 px opens a new startup's cap table from the list,
 * adds a share class, two founders and their issuances through the dialogs (a bad share count
 * refused under its field), sees 75 % / 25 % and exports the OCF zip; the founder on a phone
 * (390 px) sees the same holders read-only in the portal and exports it too. No page scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createTenant, MANAGER } from './support/scenario.js';

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Picks an option of the antd Select inside the open dialog by its text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  const openList = page.locator('.ant-select-dropdown:visible');
  // On a busy machine a click can land while the list is still animating open and pick nothing,
  // leaving the list open: check the select shows the option, and pick again if it does not.
  for (let attempt = 1; ; attempt++) {
    if ((await openList.count()) === 0) await select.click();
    await openList.locator('.ant-select-item-option', { hasText: option }).first().click();
    try {
      await waitFor(async () => (await select.innerText()).includes(option), `the ${testId} showing ${option}`, 4_000);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  // The list closes with an animation; until it is gone it covers the next field.
  await waitFor(async () => (await openList.count()) === 0, `the ${testId} list closing`);
}

async function fillDialog(page: Page, testId: string, fill: () => Promise<void>): Promise<void> {
  await page.getByTestId(`cap-${testId}`).click();
  await waitVisible(page.getByTestId(`cap-${testId}-form`), `the ${testId} dialog`);
  await fill();
  await page.locator('.ant-modal:visible .ant-btn-primary').click();
}

async function exportsOcf(page: Page, organisationName: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ocf').click()]);
  assert(download.suggestedFilename().startsWith(`${organisationName}-OCF-`) && download.suggestedFilename().endsWith('.zip'), `the OCF zip is named for the company, got "${download.suggestedFilename()}"`);
}

await runScenarios([
  {
    name: 'a manager records a startup’s cap table and exports OCF; the founder reads it on a phone',
    run: async (track) => {
      const tenant = await createTenant('股权表');
      const browser = await launchChromium();
      try {
        const manager = await (await newContext(browser, { width: 1280, height: 900 })).newPage();
        track(manager);
        await signIn(manager, MANAGER);
        await manager.goto('/equity/cap-tables');
        await waitVisible(manager.getByTestId('cap-tables-page'), 'the cap-table list');
        await manager.getByTestId('cap-open-select').click();
        await manager.keyboard.type(tenant.organisationName);
        await manager.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: tenant.organisationName }).first().click();
        await manager.getByTestId('cap-open').click();
        await waitVisible(manager.getByTestId('cap-table'), 'the new startup’s (empty) cap table');

        await fillDialog(manager, 'add-share-class', async () => manager.locator('#add-share-class_name').fill('普通股'));
        await waitFor(async () => (await textOf(manager.getByTestId('cap-classes'))).includes('普通股'), 'the class on the page');
        for (const name of ['创始人甲', '创始人乙']) {
          await fillDialog(manager, 'add-stakeholder', async () => manager.locator('#add-stakeholder_name').fill(name));
          await waitFor(async () => (await textOf(manager.getByTestId('cap-holders'))).includes(name), `${name} on the page`);
        }
        const issue = async (holder: string, shares: string) =>
          fillDialog(manager, 'record-issuance', async () => {
            await choose(manager, 'cap-issuance-stakeholder', holder);
            await choose(manager, 'cap-issuance-class', '普通股');
            await manager.locator('#record-issuance_shares').fill(shares);
            await manager.locator('#record-issuance_price').fill('0.01');
            await manager.locator('#record-issuance_issuedOn').click();
            await manager.locator('#record-issuance_issuedOn').fill('2025-03-01');
            await manager.keyboard.press('Enter');
          });
        // A share count that is not whole is refused in the form and nothing is sent.
        await issue('创始人甲', '1.5');
        await waitVisible(manager.locator('.ant-modal:visible .ant-form-item-explain-error'), 'the share count refused');
        await manager.locator('.ant-modal:visible .ant-modal-close').click();
        await issue('创始人甲', '3,000,000');
        await waitFor(async () => (await textOf(manager.getByTestId('cap-outstanding'))).includes('3,000,000'), 'the first issuance counted');
        await issue('创始人乙', '1000000');
        await waitFor(async () => (await textOf(manager.getByTestId('cap-outstanding'))).includes('4,000,000'), 'both issuances counted');
        // No credit line: the outstanding and the fully diluted columns agree.
        for (const column of ['holder-outstanding-percent', 'holder-fully-diluted-percent']) {
          const percents = await manager.getByTestId(column).allTextContents();
          assert(JSON.stringify(percents) === JSON.stringify(['75.00%', '25.00%']), `${column} 75 % and 25 %, got ${JSON.stringify(percents)}`);
        }
        assert((await textOf(manager.getByTestId('cap-dilution-note'))).includes('完全稀释'), 'the note says what fully diluted counts');
        assert((await textOf(manager.getByTestId('cap-history'))).includes('创始人乙'), 'the history lists the issuances');
        assert(await noSidewaysScroll(manager), 'the manager’s page does not scroll sideways at 1280 px');
        await exportsOcf(manager, tenant.organisationName);

        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.goto('/portal/cap-table');
        await waitVisible(founder.getByTestId('cap-table'), 'the founder’s cap table');
        const names = await founder.getByTestId('holder-name').allTextContents();
        assert(names.length === 2 && names[0]!.includes('创始人甲'), `the founder sees both holders, largest first, got ${JSON.stringify(names)}`);
        assert((await founder.getByTestId('cap-actions').count()) === 0, 'the founder has no write actions');
        assert(await noSidewaysScroll(founder), 'the portal page does not scroll sideways at 390 px');
        await exportsOcf(founder, tenant.organisationName);
      } finally {
        await browser.close();
      }
    },
  },
]);
