/**
 * Sessions, roles and languages around the main flow: bad credentials, a rejected token,
 * the consultant's read-only console, a founder's application, and a staff checklist tick.
 * Runs against BASE_URL with the demo data, which it only reads: the founder and the project in
 * adaptation are the scenarios' own (support/scenario.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser.js';
import { assert, runScenarios, type Scenario } from './support/harness.js';
import { signIn, textOf, waitVisible } from './support/pages.js';
import { createProject, createTenant, MANAGER } from './support/scenario.js';

const browser: Browser = await launchChromium();

async function freshPage(track: (page: Page) => void): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  track(page);
  return page;
}

const scenarios: Scenario[] = [
  {
    name: 'wrong password shows the error inline in Chinese',
    run: async (track) => {
      const page = await freshPage(track);
      await page.goto('/sign-in');
      await page.getByTestId('sign-in-email').fill('manager@suanli.dev');
      await page.getByTestId('sign-in-password').fill('not-the-password');
      await page.getByTestId('sign-in-submit').click();
      const error = page.getByTestId('sign-in-error');
      await waitVisible(error, 'the sign-in error');
      assert((await textOf(error)).includes('邮箱或密码错误'), `error reads 邮箱或密码错误, got "${await textOf(error)}"`);
    },
  },
  {
    name: 'a rejected token signs the user out to the sign-in page',
    run: async (track) => {
      const page = await freshPage(track);
      await page.goto('/sign-in');
      await page.evaluate(() => localStorage.setItem('suanli.token', 'not-a-valid-jwt'));
      await page.goto('/pipeline');
      await page.waitForURL(/\/sign-in$/);
      await waitVisible(page.getByTestId('sign-in-submit'), 'the sign-in form');
      const token = await page.evaluate(() => localStorage.getItem('suanli.token'));
      assert(token === null, 'the rejected token is forgotten');
    },
  },
  {
    name: 'a consultant gets a read-only console',
    run: async (track) => {
      const page = await freshPage(track);
      await signIn(page, 'consultant@suanli.dev');
      await page.waitForURL(/\/projects$/);
      assert((await page.getByTestId('nav-pipeline').count()) === 0, 'no pipeline entry for consultants');
      const first = page.getByTestId('projects-table').locator('a[href^="/projects/"]').first();
      await waitVisible(first, 'a project in the list');
      await first.click();
      await waitVisible(page.getByTestId('project-detail'), 'the project detail');
      assert((await page.getByTestId('project-transition').count()) === 0, 'no transition action for consultants');
      assert((await page.locator('.ant-checkbox').count()) === 0, 'no editable checklist for consultants');
      // Organisations, but not their people: a consultant has no USER_READ (issue 9 §5).
      await page.getByTestId('nav-organisations').click();
      const organisation = page.getByTestId('organisations-table').locator('[data-testid^="organisation-"]').first();
      await waitVisible(organisation, 'an organisation in the list');
      await organisation.click();
      await waitVisible(page.getByTestId('organisation-drawer'), 'the organisation drawer');
      const drawer = await textOf(page.getByTestId('organisation-drawer'));
      assert(!/@/.test(drawer), `no member emails for consultants, got "${drawer}"`);
    },
  },
  {
    name: 'a founder applies with a new project, then reads it in English',
    run: async (track) => {
      const tenant = await createTenant('申请');
      const page = await freshPage(track);
      const name = `e2e 申请 ${Date.now()}`;
      await signIn(page, tenant.founderEmail, tenant.password);
      await page.getByTestId('portal-apply').click();
      await page.getByTestId('apply-name').fill(name);
      await page.getByTestId('apply-summary').fill('浏览器测试提交的项目申请，用于检查表单。');
      await page.getByTestId('apply-modes').getByText('联合孵化').click();
      await page.getByTestId('apply-source').fill('NVIDIA A100 / CUDA 12');
      await page.getByTestId('apply-submit').click();
      await page.waitForURL(/\/portal\/projects\/[^/]+$/);
      assert((await textOf(page.getByTestId('project-name'))) === name, 'the new project opens');
      assert((await textOf(page.getByTestId('project-stage'))) === '已申请', 'a new project is 已申请');
      await page.getByTestId('language-switch').getByText('EN').click();
      await page.getByTestId('project-stage').filter({ hasText: 'Applied' }).waitFor();
      await page.reload();
      await page.getByTestId('project-stage').filter({ hasText: 'Applied' }).waitFor();
    },
  },
  {
    name: 'a manager ticks an adaptation checklist item and it stays ticked',
    run: async (track) => {
      const project = await createProject(await createTenant('适配清单'), 'ADAPTATION');
      const page = await freshPage(track);
      await signIn(page, MANAGER);
      await page.goto(`/projects/${project.id}`);
      const checklist = page.getByTestId('adaptation-checklist');
      await waitVisible(checklist, 'the adaptation checklist');
      const open = checklist.locator('[data-done="false"]').first();
      assert((await open.count()) === 1, 'an open checklist item to tick');
      const item = await open.getAttribute('data-testid');
      await open.locator('label').click();
      await page.locator(`[data-testid="${item}"][data-done="true"]`).waitFor();
      await page.reload();
      await page.locator(`[data-testid="${item}"][data-done="true"]`).waitFor();
    },
  },
];

try {
  await runScenarios(scenarios);
} finally {
  await browser.close();
}
