/**
 * The console on a phone (390 × 844), in both languages: the menu is behind a button in a drawer,
 * the header fits (sign-out reachable), and nothing scrolls sideways. And a page the user may not
 * open says so instead of redirecting without a word. Runs against BASE_URL with the demo data.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { assert, runScenarios, type Scenario } from './support/harness.js';
import { signIn, signOut, textOf, waitVisible } from './support/pages.js';

const browser: Browser = await launchChromium();

async function phonePage(track: (page: Page) => void, language: 'zh-CN' | 'en'): Promise<Page> {
  const context = await newContext(browser, PHONE);
  await context.addInitScript((lng) => localStorage.setItem('suanli.language', lng), language);
  const page = await context.newPage();
  track(page);
  return page;
}

async function assertNoSidewaysScroll(page: Page, where: string, screen = PHONE.width): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= screen, `${where}: the page is ${width} px wide at a ${screen} px screen`);
}

const WORDS = {
  'zh-CN': { projects: '项目列表', organisations: '入驻机构', signOut: '退出登录' },
  en: { projects: 'Projects', organisations: 'Organisations', signOut: 'Sign out' },
} as const;

function phoneScenario(language: 'zh-CN' | 'en'): Scenario {
  const words = WORDS[language];
  return {
    name: `on a phone in ${language}: the menu button opens a drawer, navigation works, sign-out is on screen`,
    run: async (track) => {
      const page = await phonePage(track, language);
      await signIn(page, 'manager@suanli.dev');
      await page.waitForURL(/\/pipeline$/);
      await waitVisible(page.getByTestId('nav-menu-button'), 'the menu button');
      assert((await page.locator('.app-menu').count()) === 0, 'no squeezed horizontal menu on a phone');
      await assertNoSidewaysScroll(page, 'the pipeline');

      await page.getByTestId('nav-menu-button').click();
      const drawer = page.getByTestId('nav-drawer');
      await waitVisible(drawer, 'the menu drawer');
      const text = await textOf(drawer);
      assert(text.includes(words.projects) && text.includes(words.organisations), `the drawer lists the pages in ${language}, got "${text}"`);
      await drawer.getByTestId('nav-projects').click();
      await page.waitForURL(/\/projects$/);
      await drawer.waitFor({ state: 'hidden' });
      await waitVisible(page.getByTestId('projects-table'), 'the projects list');
      await assertNoSidewaysScroll(page, 'the projects list');

      // The queue's eight columns scroll inside their card, not the page.
      await page.goto('/compute');
      await page.getByTestId('compute-tab-queue').click();
      await waitVisible(page.getByTestId('queue-table').locator('[data-testid="queue-position"]').first(), 'the queue with the demo requests');
      await assertNoSidewaysScroll(page, 'the compute queue');

      const badge = await page.getByTestId('user-menu').boundingBox();
      assert(badge && badge.x >= 0 && badge.x + badge.width <= PHONE.width, `the account menu is on screen, got ${JSON.stringify(badge)}`);
      await page.getByTestId('user-menu').click();
      const signOutItem = page.getByTestId('sign-out');
      await waitVisible(signOutItem, 'the sign-out item');
      assert((await textOf(signOutItem)) === words.signOut, `sign-out reads ${words.signOut}`);
      const item = await signOutItem.boundingBox();
      assert(item && item.x >= 0 && item.x + item.width <= PHONE.width, `sign-out is on screen, got ${JSON.stringify(item)}`);
      await page.keyboard.press('Escape');
      await signOut(page);
    },
  };
}

const scenarios: Scenario[] = [
  phoneScenario('zh-CN'),
  phoneScenario('en'),
  {
    name: 'a 547 px window keeps the header on screen: no zoom-out, 退出登录 reachable',
    run: async (track) => {
      const width = 547;
      const page = await (await newContext(browser, { width, height: 900 })).newPage();
      track(page);
      await signIn(page, 'admin@suanli.dev');
      await page.waitForURL(/\/pipeline$/);
      await waitVisible(page.getByTestId('nav-menu-button'), 'the menu button');
      await assertNoSidewaysScroll(page, 'the pipeline', width);
      const badge = await page.getByTestId('user-menu').boundingBox();
      assert(badge && badge.x + badge.width <= width, `the account menu is on screen, got ${JSON.stringify(badge)}`);
      await page.getByTestId('user-menu').click();
      await waitVisible(page.getByTestId('sign-out'), 'the sign-out item');
      assert((await textOf(page.getByTestId('sign-out'))) === '退出登录', 'sign-out reads 退出登录');
    },
  },
  {
    name: 'a consultant sent to a manager’s page is told they have no access',
    run: async (track) => {
      const page = await (await newContext(browser)).newPage();
      track(page);
      await signIn(page, 'consultant@suanli.dev');
      await page.waitForURL(/\/projects$/);
      await page.goto('/pipeline');
      await page.waitForURL(/\/projects$/);
      const notice = page.getByTestId('access-denied');
      await waitVisible(notice, 'the no-access notice');
      const text = await textOf(notice);
      assert(text.includes('没有权限') && text.includes('/pipeline'), `the notice names the page, got "${text}"`);
      await page.getByTestId('nav-organisations').click();
      await page.waitForURL(/\/organisations$/);
      // The router keeps the previous screen while the next page's code loads, so wait for it to go.
      await notice.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
      assert((await page.getByTestId('access-denied').count()) === 0, 'the notice goes once the user moves on');
    },
  },
];

try {
  await runScenarios(scenarios);
} finally {
  await browser.close();
}
