/**
 * Screenshots of every main screen (zh-CN, plus the board in English) for a human to look at.
 * Writes to apps/web-e2e/test-results/screens/. Runs against BASE_URL like the e2e tests.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser.js';
import { RESULTS_DIR } from './support/harness.js';
import { signIn, signOut, waitVisible } from './support/pages.js';

const DIR = join(RESULTS_DIR, 'screens');
mkdirSync(DIR, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const file = join(DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`saved ${file}`);
}

const browser = await launchChromium();
try {
  const page = await (await newContext(browser)).newPage();
  await page.goto('/sign-in');
  await waitVisible(page.getByTestId('sign-in-submit'), 'sign-in form');
  await shot(page, '01-sign-in');

  await signIn(page, 'manager@suanli.dev');
  await waitVisible(page.getByTestId('pipeline-board'), 'pipeline board');
  await shot(page, '02-pipeline');

  const card = page.locator('[data-testid^="project-card-"]').first();
  await card.getByTestId('project-card-move').click();
  await waitVisible(page.getByTestId('transition-modal-body'), 'transition dialog');
  await shot(page, '03-transition-modal');
  await page.keyboard.press('Escape');

  const overdue = page.locator('[data-testid^="overdue-"] a').first();
  if (await overdue.count()) {
    await overdue.click();
  } else {
    await page.locator('[data-testid="project-card-link"]').first().click();
  }
  await waitVisible(page.getByTestId('project-detail'), 'project detail');
  await shot(page, '04-project-detail-staff');

  await page.getByTestId('nav-organisations').click();
  await waitVisible(page.getByTestId('organisations-table'), 'organisations table');
  await shot(page, '05-organisations');

  await page.getByTestId('nav-projects').click();
  await waitVisible(page.getByTestId('projects-table'), 'projects table');
  await shot(page, '06-projects');

  await page.getByTestId('nav-compute').click();
  await waitVisible(page.getByTestId('cluster-grid'), 'cluster grid');
  await shot(page, '06a-compute-cluster');
  await page.locator('[data-testid="grid-card-type"][data-card-type="Ascend 910B"] [data-card-id]').nth(37).hover();
  await waitVisible(page.getByTestId('grid-tooltip'), 'card tooltip');
  await page.screenshot({ path: join(DIR, '06b-compute-card-tooltip.png') });
  await page.locator('[data-testid^="grid-node-"] [data-testid="grid-node-open"]').first().click();
  await waitVisible(page.getByTestId('node-dialog'), 'node dialog');
  await shot(page, '06c-compute-node-dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('compute-tab-queue').click();
  await waitVisible(page.locator('[data-testid^="queue-row-"]'), 'queue rows');
  await shot(page, '06d-compute-queue');
  await page.getByTestId('compute-tab-organisations').click();
  await waitVisible(page.getByTestId('weights-table'), 'weights table');
  await page.getByTestId('weights-edit').first().click();
  await shot(page, '06e-compute-weights');

  await page.getByTestId('nav-pipeline').click();
  await page.getByTestId('language-switch').getByText('EN').click();
  await waitVisible(page.getByTestId('pipeline-board'), 'pipeline board');
  await shot(page, '07-pipeline-en');
  await page.getByTestId('language-switch').getByText('中文').click();

  await signOut(page);
  await signIn(page, 'founder@rongcheng-vision.example');
  await waitVisible(page.getByTestId('my-projects'), 'founder portal');
  await shot(page, '08-portal');

  await page.getByTestId('my-project-link').first().click();
  await waitVisible(page.getByTestId('project-detail'), 'founder project detail');
  await shot(page, '09-project-detail-founder');

  await page.getByTestId('nav-apply').click();
  await waitVisible(page.getByTestId('apply-submit'), 'apply form');
  await page.getByTestId('apply-submit').click();
  await page.waitForTimeout(300);
  await shot(page, '10-apply-validation');

  await page.getByTestId('nav-request-compute').click();
  await waitVisible(page.getByTestId('what-if-headline'), 'what-if estimate');
  await shot(page, '11-request-compute');
  await page.getByTestId('request-card-type').getByText('Ascend 310P', { exact: true }).click();
  await page.getByTestId('request-priority').getByText('适配', { exact: true }).click();
  await page.waitForTimeout(600);
  await shot(page, '12-request-compute-310p-adaptation');
  await page.getByTestId('language-switch').getByText('EN').click();
  await page.waitForTimeout(600);
  await shot(page, '13-request-compute-en');
  await page.getByTestId('language-switch').getByText('中文').click();
} finally {
  await browser.close();
}
