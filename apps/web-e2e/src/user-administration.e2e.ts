/**
 * Sign-out from the account menu and the admins' 用户 page, at phone width. Runs against
 * BASE_URL with the demo data, which it only reads: the founder deactivated and reactivated is
 * the scenario's own (support/scenario.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchChromium } from './support/browser.js';
import { assert, runScenarios, type Scenario } from './support/harness.js';
import { signIn, signOut, textOf, waitVisible } from './support/pages.js';
import { createTenant } from './support/scenario.js';

const browser: Browser = await launchChromium();

/** A phone: 390 × 844, as the other contexts otherwise (zh-CN, UTC clock). */
async function phonePage(track: (page: Page) => void): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  track(page);
  return page;
}

/** What the API answers a token now (run in the page, as any script holding the token could). */
async function meWith(page: Page, token: string): Promise<string> {
  return page.evaluate(async (bearer) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await response.json()) as { data?: { me?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? (body.data?.me ? 'OK' : 'NO_ANSWER');
  }, token);
}

const scenarios: Scenario[] = [
  {
    name: 'repeated failed sign-ins are told to wait (TOO_MANY_ATTEMPTS), in the reader’s language',
    run: async (track) => {
      const page = await phonePage(track);
      await page.goto('/sign-in');
      // An email no account has: the limits treat it like any other, and no demo account is locked.
      const email = `nobody-${Date.now()}@suanli.dev`;
      const error = page.getByTestId('sign-in-error');
      for (let i = 0; i < 6; i++) {
        await page.getByTestId('sign-in-email').fill(email);
        await page.getByTestId('sign-in-password').fill(`wrong-${i}`);
        // One attempt at a time: wait for the server's answer, so no click lands while one is in flight.
        const answered = page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('SignIn'));
        await page.getByTestId('sign-in-submit').click();
        await answered;
        await waitVisible(error, 'the sign-in error');
        await page.getByTestId('sign-in-submit').and(page.locator(':not(.ant-btn-loading)')).waitFor();
      }
      await waitVisible(error.filter({ hasText: '登录失败次数过多' }), 'the wait-and-retry error');
      const text = await textOf(error);
      assert(/登录失败次数过多，请 \d+ 秒后再试/.test(text), `the error says to wait, got "${text}"`);
    },
  },
  {
    name: 'signing out from the account menu revokes the session: a copy of the token is refused',
    run: async (track) => {
      const page = await phonePage(track);
      await signIn(page, 'manager@suanli.dev');
      const token = (await page.evaluate(() => localStorage.getItem('suanli.token')))!;
      assert((await meWith(page, token)) === 'OK', 'the token works while signed in');
      await signOut(page);
      assert((await meWith(page, token)) === 'UNAUTHENTICATED', 'the signed-out token is refused by the API');
    },
  },
  {
    name: 'an admin finds a founder on 用户, deactivates them (their session ends) and reactivates them',
    run: async (track) => {
      const tenant = await createTenant('停用');
      const founderEmail = tenant.founderEmail;
      const founder = await phonePage(track);
      await signIn(founder, founderEmail, tenant.password);
      const founderToken = (await founder.evaluate(() => localStorage.getItem('suanli.token')))!;

      const page = await phonePage(track);
      await signIn(page, 'admin@suanli.dev');
      await page.goto('/users');
      assert((await textOf(page.getByTestId('page-title'))) === '用户', 'the page is 用户');
      // The founder's email is unique to this run: the search finds that one account.
      await page.getByTestId('users-search').locator('input').fill(founderEmail.split('@')[0]!);
      await page.getByTestId('users-search').locator('input').press('Enter');
      const row = page.getByTestId('users-table').locator('tr', { hasText: founderEmail });
      await waitVisible(row, 'the founder’s row');
      assert((await page.getByTestId('users-table').locator('tbody tr.ant-table-row').count()) === 1, 'the search finds one account');

      await page.getByTestId(`deactivate-${founderEmail}`).click();
      // The confirm's OK button (antd spaces two-character Chinese labels, so not found by name).
      await page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary').click();
      await waitVisible(row.getByText('已停用'), 'the deactivated tag');
      assert((await meWith(page, founderToken)) === 'UNAUTHENTICATED', 'the founder’s session ended at once');
      await founder.reload();
      await founder.waitForURL(/\/sign-in$/);

      await page.getByTestId(`reactivate-${founderEmail}`).click();
      await page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary').click();
      await waitVisible(row.getByText('正常'), 'the active tag');
      await signIn(founder, founderEmail, tenant.password);
    },
  },
  {
    name: 'the 用户 page is for admins only: a manager has no entry and is sent home',
    run: async (track) => {
      const page = await phonePage(track);
      await signIn(page, 'manager@suanli.dev');
      assert((await page.getByTestId('nav-users').count()) === 0, 'no 用户 entry for managers');
      await page.goto('/users');
      await page.waitForURL((url) => !url.pathname.startsWith('/users'));
    },
  },
];

try {
  await runScenarios(scenarios);
} finally {
  await browser.close();
}
