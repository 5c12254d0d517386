import type { Browser, Locator, Page } from 'playwright-core';
import { newContext } from './browser.js';
import { assert } from './harness.js';

export const DEMO_PASSWORD = process.env['DEMO_PASSWORD'] ?? 'Suanli#2026';
const TIMEOUT = 15_000;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: TIMEOUT });
}

export async function signOut(page: Page): Promise<void> {
  // Wait for the server's answer to the sign-out, so a failure says which half went wrong.
  // On the embedded database under a loaded CI machine the answer can queue behind the page's own
  // queries; allow it four times the usual wait (retried clicks included), and say whether the
  // request went out at all.
  let sent = false;
  const onRequest = (r: { url(): string; postData(): string | null }) => { if (r.url().includes('/graphql') && (r.postData() ?? '').includes('signOut')) sent = true; };
  page.on('request', onRequest);
  // Caught at once: when a click below throws, nothing awaits it, and its timeout must not crash the run.
  const answered = page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('signOut'), { timeout: 4 * TIMEOUT }).catch(() => null);
  // Sign-out is an item of the account menu in the header. On a starved CI machine a click on it
  // has been lost (the menu closed with no request sent, in two CI runs); as a person would,
  // open the menu and click again, up to three times, while nothing has gone out.
  const item = page.getByTestId('sign-out');
  for (let attempt = 1; attempt <= 3 && !sent; attempt++) {
    // A menu left open or still closing (a caller pressed Escape) is let go first, then opened anew.
    await item.waitFor({ state: 'hidden', timeout: TIMEOUT }).catch(() => page.keyboard.press('Escape'));
    await page.getByTestId('user-menu').click();
    await item.waitFor({ state: 'visible', timeout: TIMEOUT });
    // A click that cannot land (the menu closing under it) is one more lost click.
    await item.click({ timeout: TIMEOUT }).catch(() => undefined);
    for (let waited = 0; waited < 10_000 && !sent; waited += 250) await page.waitForTimeout(250);
  }
  const response = await answered;
  page.off('request', onRequest);
  assert(response !== null, `the sign-out ${sent ? 'request got no answer' : 'item sent no request'} within ${4 * TIMEOUT} ms (at ${page.url()})`);
  await page.getByTestId('sign-in-submit').waitFor({ timeout: TIMEOUT });
  const token = await page.evaluate(() => localStorage.getItem('suanli.token'));
  assert(token === null, 'signing out must forget the token');
}

/** A project's card in one column of the pipeline board, found by its name. */
export function pipelineCard(page: Page, stage: string, projectName: string): Locator {
  return page.getByTestId(`pipeline-column-${stage}`).locator(`[data-project-name="${projectName}"]`);
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent({ timeout: TIMEOUT })) ?? '').trim();
}

export async function waitVisible(locator: Locator, what: string, timeout = TIMEOUT): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what} did not appear within ${timeout} ms`);
  }
}

/** Polls `check` until it holds, or fails naming `what`. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

/**
 * On the request-compute page: waits for the form, then picks the cluster (when named; else the
 * default one), the project (unless preselected) and the card type.
 */
export async function startRequest(page: Page, projectName: string, cardType: string, clusterName?: string): Promise<void> {
  await waitVisible(page.getByTestId('request-compute-page'), 'the request compute page');
  if (clusterName) {
    const cluster = page.getByTestId('request-cluster');
    await waitVisible(cluster, 'the cluster select');
    await cluster.click();
    await page.locator('.ant-select-item-option', { hasText: clusterName }).click();
    await waitFor(async () => (await textOf(cluster)).includes(clusterName), `the cluster select showing "${clusterName}"`);
  }
  const project = page.getByTestId('request-project');
  await waitVisible(project, 'the project select');
  if (!(await textOf(project)).includes(projectName)) {
    await project.click();
    await page.getByTestId('request-project-option').filter({ hasText: projectName }).first().click();
  }
  assert((await textOf(project)).includes(projectName), `the project select shows "${projectName}"`);
  await page.getByTestId('request-card-type').getByText(cardType, { exact: true }).click();
}

/** A fresh context's page, tracked for screenshots on failure, signed in as `email`. */
export async function signedInPage(browser: Browser, track: (page: Page) => void, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  track(page);
  await signIn(page, email, password);
  return page;
}

/**
 * Confirms an open Popconfirm and waits for the mutation it sends to be answered: the OK button
 * animates in, so wait until it is visible and enabled before clicking, and fail naming the
 * operation if no answer comes (rather than polling the outcome and blaming the server).
 */
export async function confirmPopconfirm(page: Page, ok: Locator, operationName: string, timeout = TIMEOUT): Promise<void> {
  await waitVisible(ok, 'the confirmation’s OK button', timeout);
  await waitFor(() => ok.isEnabled(), 'the confirmation’s OK button enabled', timeout);
  const answered = page
    .waitForResponse(
      (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(`"operationName":"${operationName}"`),
      { timeout },
    )
    .catch(() => {
      throw new Error(`confirming sent no ${operationName} answered within ${timeout} ms`);
    });
  await ok.click();
  const response = await answered;
  assert(response.ok(), `${operationName} answered HTTP ${response.status()}`);
}
