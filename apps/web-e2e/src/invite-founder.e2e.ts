/**
 * Accounts in the browser: a manager creates an organisation and invites its founder; the server
 * has no SMTP (the normal demo server), so the link is shown to the manager, who passes it on. The
 * founder opens it in a fresh browser, sets a password with the strength meter and lands signed in
 * in the portal. Once more at phone width, ending with the founder inviting a colleague.
 * Runs against BASE_URL with the demo data, like pipeline-to-portal.e2e.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser.js';
import { apiSignIn, expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios, type Scenario } from './support/harness.js';
import { CreateOrganisation, InviteUser } from './support/operations/scenario.operations.js';
import { signIn, textOf, waitVisible } from './support/pages.js';
import { SCENARIO_PASSWORD } from './support/scenario.js';

const browser: Browser = await launchChromium();
const PASSWORD = SCENARIO_PASSWORD;
const PHONE = { width: 390, height: 844 };

async function freshPage(track: (page: Page) => void, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  if (viewport) await page.setViewportSize(viewport);
  track(page);
  return page;
}

/** The invitation page: name, a weak password refused by the meter's rules, then a strong one. */
async function acceptInBrowser(page: Page, link: string, organisation: string, email: string, name: string): Promise<void> {
  const url = new URL(link);
  await page.goto(`${url.pathname}`);
  await waitVisible(page.getByTestId('invite-organisation'), 'the invitation page');
  assert((await textOf(page.getByTestId('invite-organisation'))) === organisation, `the page names the organisation "${organisation}"`);
  assert((await textOf(page.getByTestId('invite-email'))) === email, `the page shows the invited email ${email}`);
  await page.getByTestId('invite-display-name').fill(name);
  await page.getByTestId('invite-password').fill('password123');
  await page.locator('[data-testid="invite-password-strength"][data-score="0"], [data-testid="invite-password-strength"][data-score="1"]').waitFor();
  await page.getByTestId('invite-submit').click();
  await page.getByText('太容易被猜到').first().waitFor();
  assert(page.url().includes('/invite/'), 'a weak password keeps the person on the invitation page');
  await page.getByTestId('invite-password').fill(PASSWORD);
  await page.locator('[data-testid="invite-password-strength"][data-score="4"]').waitFor();
  await page.getByTestId('invite-submit').click();
  await page.waitForURL(/\/portal$/);
  assert((await textOf(page.getByTestId('current-user'))) === name, `signed in as ${name}`);
}

const scenarios: Scenario[] = [
  {
    name: 'a manager creates an organisation and invites its founder, who sets a password and lands signed in',
    run: async (track) => {
      const stamp = Date.now();
      const organisation = `e2e 新机构 ${stamp}`;
      const email = `founder-${stamp}@e2e.example`;
      const manager = await freshPage(track);
      await signIn(manager, 'manager@suanli.dev');
      await manager.getByTestId('nav-organisations').click();
      await manager.getByTestId('create-organisation-open').click();
      await manager.getByTestId('create-organisation-name').fill(`  ${organisation}  `);
      await manager.getByTestId('create-organisation-industry').click();
      await manager.locator('.ant-select-item-option', { hasText: '人工智能服务' }).click();
      await manager.getByTestId('create-organisation-submit').click();
      const created = manager.getByTestId('organisation-created');
      await waitVisible(created, 'the created-organisation notice');
      await created.getByRole('button', { name: /邀请创始人/ }).click();
      await manager.getByTestId('invite-email-input').fill(email);
      await manager.getByTestId('invite-send').click();
      const linkText = manager.getByTestId('invite-link');
      await waitVisible(linkText, 'the invitation link (no SMTP on the demo server)');
      const link = await textOf(linkText);
      assert(/\/invite\/[A-Za-z0-9_-]{43}$/.test(link), `a one-time link is shown, got "${link}"`);

      const founder = await freshPage(track);
      await acceptInBrowser(founder, link, organisation, email, '陈 创始');
      await waitVisible(founder.getByTestId('nav-members'), 'the members entry in the founder menu');

      // The link is spent: opening it again shows nothing of the organisation.
      const again = await freshPage(track);
      await again.goto(new URL(link).pathname);
      await waitVisible(again.getByTestId('invite-invalid'), 'the invalid-link notice');

      // The admin's audit log shows what happened, with the organisation's name.
      const admin = await freshPage(track);
      await signIn(admin, 'admin@suanli.dev');
      // The audit log sits in the header's settings submenu now; open the page directly.
      await waitVisible(admin.getByTestId('nav-group-settings'), 'the settings submenu in the header');
      await admin.goto('/audit');
      const log = admin.getByTestId('audit-table');
      for (const action of ['新建机构', '发送邀请', '接受邀请']) {
        await waitVisible(log.locator('tr', { hasText: organisation }).filter({ hasText: action }), `"${action}" for ${organisation} in the audit log`);
      }
    },
  },
  {
    name: 'at phone width: the invited founder sets a password, then invites a colleague from 成员',
    run: async (track) => {
      const stamp = Date.now();
      const organisation = `e2e 手机机构 ${stamp}`;
      const email = `phone-${stamp}@e2e.example`;
      const token = await apiSignIn('manager@suanli.dev');
      const created = (await graphqlRequest(CreateOrganisation, { input: { name: organisation, kind: 'STARTUP', industry: 'HEALTHCARE' } }, token)).createOrganisation;
      expectNoUserErrors('createOrganisation', created);
      const organisationId = created.organisation!.id;
      const invited = (await graphqlRequest(InviteUser, { input: { email, organisationId } }, token)).inviteUser;
      expectNoUserErrors('inviteUser', invited);
      assert(invited.inviteUrl, 'a link is returned (no SMTP on the demo server)');
      const page = await freshPage(track, PHONE);
      await acceptInBrowser(page, invited.inviteUrl, organisation, email, 'Phone Founder');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the portal fits the phone width (overflows by ${overflow}px)`);

      await page.goto('/portal/members');
      await waitVisible(page.getByTestId('members-table').getByText(email), 'the founder among the members');
      await page.getByTestId(`invite-open-${organisationId}`).click();
      const colleague = `colleague-${stamp}@e2e.example`;
      await page.getByTestId('invite-email-input').fill(colleague);
      await page.getByTestId('invite-send').click();
      await waitVisible(page.getByTestId('invite-link'), 'the colleague’s invitation link');
      await page.getByTestId('invite-done').click();
      await page.getByTestId('invitations-table').getByText(colleague).waitFor();

      // From the user menu: change the password (the current one is required).
      await page.getByTestId('user-menu').click();
      await page.getByTestId('nav-change-password').click();
      await page.getByTestId('current-password').fill('not-the-password');
      await page.getByTestId('new-password').fill('Lantern-Harbor-Violet-58#');
      await page.getByTestId('confirm-password').fill('Lantern-Harbor-Violet-58#');
      await page.getByTestId('change-password-submit').click();
      await page.getByText('当前密码不正确').first().waitFor();
      await page.getByTestId('current-password').fill(PASSWORD);
      await page.getByTestId('change-password-submit').click();
      await page.getByText('密码已修改').first().waitFor();
    },
  },
];

try {
  await runScenarios(scenarios);
} finally {
  await browser.close();
}
