/**
 * Issue 10's lifecycle defects in the browser: the application form (platform, card need,
 * budget, what happens next), the first history entry, the pipeline board at 1,280 and 390 px
 * (every column reachable, cards not clipped, search and filters), the stage dialog's adaptation
 * gate, and the tenants list without the centre. Only the first scenario writes, and only to its
 * own organisation (support/scenario.ts): the demo data is only read.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser.js';
import { assert, runScenarios, type Scenario } from './support/harness.js';
import { pipelineCard, signIn, signOut, textOf, waitVisible } from './support/pages.js';
import { createProject, createTenant, MANAGER } from './support/scenario.js';

const browser: Browser = await launchChromium();
const STAGES = ['APPLIED', 'SCREENING', 'ADAPTATION', 'INCUBATING', 'GRADUATED', 'EXITED', 'REJECTED'];

async function freshPage(track: (page: Page) => void, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  track(page);
  return page;
}

/** antd puts the test id on the number input itself or on its wrapper, depending on the version. */
const cardCount = (page: Page) => page.locator('input[data-testid="apply-card-count"], [data-testid="apply-card-count"] input').first();

/** Whether the element lies wholly inside the window, sideways. */
async function inViewHorizontally(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.left >= -1 && box.right <= window.innerWidth + 1;
  });
}

/** Every column of the board can be brought into view, and no card is cut off. */
async function checkBoard(page: Page, width: number): Promise<void> {
  await waitVisible(page.getByTestId('pipeline-column-REJECTED'), `the REJECTED column at ${width} px`);
  assert((await page.getByTestId('pipeline-stages').locator('button').count()) === STAGES.length, 'the stage strip lists all seven stages');
  if (!(await inViewHorizontally(page, 'pipeline-column-REJECTED'))) {
    await waitVisible(page.getByTestId('pipeline-scroll-right'), `a scroll-right button while columns are off screen at ${width} px`);
  }
  for (const stage of ['REJECTED', 'APPLIED', 'EXITED']) {
    await page.getByTestId(`pipeline-jump-${stage}`).click();
    await page.waitForFunction(
      (id) => {
        const box = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        return box.left >= -1 && box.right <= window.innerWidth + 1;
      },
      `pipeline-column-${stage}`,
      { timeout: 5_000 },
    );
  }
  const clipped = await page.locator('.pipeline-card').evaluateAll((cards) =>
    cards.filter((card) => card.scrollHeight > card.clientHeight + 1).map((card) => card.getAttribute('data-project-name')),
  );
  assert(clipped.length === 0, `no card is cut off at ${width} px, got ${clipped.join(', ')}`);
  const overflow = await page.getByTestId('pipeline-column-INCUBATING').locator('.pipeline-column-body').evaluate((body) => getComputedStyle(body).overflowY);
  assert(overflow === 'auto', `a column scrolls its own cards, got overflow-y ${overflow}`);
}

const scenarios: Scenario[] = [
  {
    name: 'a founder applies with platform, card need and budget; a refused try keeps what was typed; then sees what happens next',
    run: async (track) => {
      const tenant = await createTenant('算力需求');
      const taken = await createProject(tenant, 'APPLIED', '工业质检大模型');
      const page = await freshPage(track);
      const name = `e2e 算力需求 ${Date.now()}`;
      await signIn(page, tenant.founderEmail, tenant.password);
      await page.getByTestId('portal-apply').click();
      // First a name the organisation already uses: refused by the API, nothing typed is lost.
      await page.getByTestId('apply-name').fill(taken.name);
      await page.getByTestId('apply-summary').fill('检测产线缺陷的视觉大模型，迁移到昇腾。');
      await page.getByTestId('apply-modes').getByText('直接租用').click();
      await page.getByTestId('apply-source').fill('NVIDIA A100 / CUDA 12');
      await page.getByTestId('apply-card-type').locator('input').fill('ascend-910b');
      await cardCount(page).fill('16');
      await page.getByTestId('apply-budget').fill('200000');
      await page.getByTestId('apply-submit').click();
      await waitVisible(page.locator('.ant-form-item-explain-error'), 'the duplicate-name error on the form');
      assert((await page.getByTestId('apply-source').inputValue()) === 'NVIDIA A100 / CUDA 12', 'the platform stays after a refused submit');
      assert((await cardCount(page).inputValue()) === '16', 'the card count stays');
      assert((await page.getByTestId('apply-budget').inputValue()) === '200000', 'the budget stays');

      await page.getByTestId('apply-name').fill(name);
      await page.getByTestId('apply-submit').click();
      await page.waitForURL(/\/portal\/projects\/[^/]+$/);
      await waitVisible(page.getByTestId('apply-next-steps'), 'the what-happens-next panel');
      assert((await textOf(page.getByTestId('project-source-platform'))) === 'NVIDIA A100 / CUDA 12', 'the project shows the platform');
      assert((await textOf(page.getByTestId('project-card-need'))).includes('16') && (await textOf(page.getByTestId('project-card-need'))).includes('ascend-910b'), 'the project shows the card need');
      assert((await textOf(page.getByTestId('project-budget'))) === '¥200,000.00', `the budget reads ¥200,000.00, got "${await textOf(page.getByTestId('project-budget'))}"`);
      const first = page.getByTestId('history-entry').last();
      const stages = await textOf(first.getByTestId('history-stages'));
      assert(stages === '已申请', `the application entry shows 已申请 alone, not a move, got "${stages}"`);
      assert((await textOf(first.getByTestId('history-reason'))) === '提交申请', 'the entry reads 提交申请');

      await page.getByTestId('language-switch').getByText('EN').click();
      await first.getByTestId('history-reason').filter({ hasText: 'Application submitted' }).waitFor();
      const english = await textOf(page.getByTestId('project-detail'));
      assert(!english.includes('：'), `no full-width colon in English, got "${english}"`);

      // Managers see the card need on the board and the budget on the project.
      await page.getByTestId('language-switch').getByText('中').click();
      await signOut(page);
      await signIn(page, MANAGER);
      const card = pipelineCard(page, 'APPLIED', name);
      await waitVisible(card, 'the new application on the board');
      assert((await textOf(card.getByTestId('project-card-need'))).includes('ascend-910b'), 'the board card shows the card need');
      await card.getByTestId('project-card-link').click();
      await waitVisible(page.getByTestId('project-budget'), 'the budget on the manager’s project page');
      assert((await textOf(page.getByTestId('project-budget'))) === '¥200,000.00', 'the manager sees the budget');
    },
  },
  {
    name: 'the pipeline board at 1,280 px: every column reachable, cards whole, search and filters',
    run: async (track) => {
      const page = await freshPage(track, { width: 1280, height: 800 });
      await signIn(page, MANAGER);
      await checkBoard(page, 1280);

      await page.getByTestId('pipeline-search').locator('input').fill('天府');
      await page.getByTestId('pipeline-matching').waitFor();
      await page.waitForFunction(() => {
        const cards = Array.from(document.querySelectorAll('.pipeline-card'));
        return cards.length > 0 && cards.every((card) => card.textContent!.includes('天府'));
      });
      await page.getByTestId('pipeline-clear-filters').click();
      await page.getByTestId('pipeline-overdue-only').click();
      await page.waitForFunction(() => {
        const cards = Array.from(document.querySelectorAll('.pipeline-card'));
        return cards.length > 0 && cards.every((card) => card.closest('[data-testid="pipeline-column-ADAPTATION"]') && card.querySelector('[data-testid="overdue-flag"]'));
      });
    },
  },
  {
    name: 'the pipeline board at 390 px: every column reachable and the filters fit',
    run: async (track) => {
      const page = await freshPage(track, { width: 390, height: 844 });
      await signIn(page, MANAGER);
      await page.goto('/pipeline');
      await checkBoard(page, 390);
      const search = await page.getByTestId('pipeline-search').evaluate((element) => element.getBoundingClientRect().right);
      assert(search <= 391, `the search box fits the phone width, right edge at ${search}`);
    },
  },
  {
    name: 'the stage dialog does not offer incubation for an unfinished, overdue adaptation and says why',
    run: async (track) => {
      const page = await freshPage(track);
      await signIn(page, MANAGER);
      const card = page.getByTestId('pipeline-column-ADAPTATION').locator('.pipeline-card', { has: page.getByTestId('overdue-flag') }).first();
      await waitVisible(card, 'an overdue adaptation on the board');
      await card.getByTestId('project-card-move').click();
      await waitVisible(page.getByTestId('transition-blocked'), 'the warning that incubation waits for the checklist');
      const warning = await textOf(page.getByTestId('transition-blocked'));
      assert(/\d\/3/.test(warning) && warning.includes('逾期'), `the warning gives the checklist count and says overdue, got "${warning}"`);
      const incubating = page.locator('label', { has: page.getByTestId('transition-target-INCUBATING') });
      assert((await incubating.getAttribute('class'))?.includes('disabled'), '孵化中 is shown but cannot be chosen');
      await waitVisible(page.getByTestId('transition-target-REJECTED'), 'rejecting stays possible');
    },
  },
  {
    name: 'the tenants list leaves out the centre, which is shown apart, with real joined dates',
    run: async (track) => {
      const page = await freshPage(track);
      await signIn(page, MANAGER);
      await page.getByTestId('nav-organisations').click();
      await waitVisible(page.getByTestId('organisations-table').locator('[data-testid^="organisation-"]'), 'the tenants');
      const table = await textOf(page.getByTestId('organisations-table'));
      assert(!table.includes('成都智算中心'), 'the centre is not listed among the tenants');
      assert((await textOf(page.getByTestId('centre-organisation'))).includes('成都智算中心'), 'the centre is shown apart');
      const dates = await page.getByTestId('organisations-table').locator('tbody tr td:nth-child(7)').allTextContents();
      assert(new Set(dates).size > 1, `joined dates differ between organisations, got ${dates.join(', ')}`);
    },
  },
];

try {
  await runScenarios(scenarios);
} finally {
  await browser.close();
}
