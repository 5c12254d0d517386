/**
 * The notification bell, on the scenario's own tenant: the founder watches the portal while the
 * manager approves their voucher application (over the API); the bell's count rises without a
 * reload (the notificationAdded subscription; the bell's poll is a minute, longer than we wait),
 * the panel words it in Chinese with the amount in CNY, and "mark all read" clears the count. Then,
 * on a phone, the panel fits 390 px and the founder turns e-mail off for voucher decisions.
 */
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createTenant, managerToken } from './support/scenario.js';
import { E2eApplyForVoucher, E2eApproveVoucherApplication, E2eOpenProgrammes } from './support/operations/notifications.operations.js';

const DESKTOP = { width: 1280, height: 800 };

await runScenarios([
  {
    name: 'the bell counts a voucher decision live, lists it, and reading clears it; preferences on a phone',
    run: async (track) => {
      const tenant = await createTenant('通知');
      const staff = await managerToken();
      const programme = (await graphqlRequest(E2eOpenProgrammes, {}, staff)).voucherProgrammes.find((p) => p.status === 'OPEN');
      assert(programme !== undefined, 'the demo has an open voucher programme');
      const applied = (await graphqlRequest(E2eApplyForVoucher, { input: { programmeId: programme!.id, amountFen: '1500000', purpose: '通知测试用算力' } }, tenant.founderToken)).applyForVoucher;
      expectNoUserErrors('applyForVoucher', applied);

      const browser = await launchChromium();
      try {
        const founder = await (await newContext(browser, DESKTOP)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        const count = founder.getByTestId('notification-count');
        await waitVisible(founder.getByTestId('notification-bell'), 'the bell in the header');
        const shown = async () => Number((await count.getAttribute('data-count')) ?? 'NaN');
        await waitFor(async () => (await shown()) === 0, 'no unread notifications yet');
        await founder.waitForTimeout(1000); // let the subscription register before the event

        const approved = (await graphqlRequest(E2eApproveVoucherApplication, { input: { applicationId: applied.application!.id, amountFen: '1200000' } }, staff)).approveVoucherApplication;
        expectNoUserErrors('approveVoucherApplication', approved);
        await waitFor(async () => (await shown()) === 1, 'the bell counting the decision live', 15_000);

        await founder.getByTestId('notification-bell').click();
        const item = founder.getByTestId('notification-item').first();
        await waitVisible(item, 'the decision in the panel');
        const text = await textOf(item);
        assert(text.includes('算力券申请已批准') && text.includes(approved.voucher!.code) && text.includes('¥12,000.00'), `the panel words the decision, got "${text}"`);
        assert(text.includes('北京时间'), `the time is shown in Asia/Shanghai, got "${text}"`);
        assert((await item.getAttribute('data-unread')) === 'true', 'the new notification shows unread');
        await founder.getByTestId('notifications-mark-all').click();
        await waitFor(async () => (await shown()) === 0, 'mark all read clearing the count');
        await waitFor(async () => (await founder.getByTestId('notification-item').first().getAttribute('data-unread')) === 'false', 'the item shown read');

        // On a phone: the panel fits, and the preferences page turns e-mail off for good.
        const phone = await (await newContext(browser, PHONE)).newPage();
        track(phone);
        await signIn(phone, tenant.founderEmail, tenant.password);
        await phone.getByTestId('notification-bell').click();
        await waitVisible(phone.getByTestId('notification-panel'), 'the panel on a phone');
        await phone.waitForTimeout(500); // the popover's opening animation scales it
        const box = await phone.getByTestId('notification-panel').boundingBox();
        assert(box !== null && box.x >= 0 && box.x + box.width <= 390, `the panel fits 390 px, got ${JSON.stringify(box)}`);
        assert(await phone.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page does not scroll sideways at 390 px');
        await phone.getByTestId('notifications-settings').click();
        const emailSwitch = phone.getByTestId('pref-VOUCHER_DECIDED-email');
        await waitVisible(emailSwitch, 'the e-mail switch for voucher decisions');
        assert((await emailSwitch.getAttribute('aria-checked')) === 'true', 'voucher decisions are e-mailed by default');
        await emailSwitch.click();
        await waitFor(async () => (await emailSwitch.getAttribute('aria-checked')) === 'false', 'the switch turned off');
        assert(await phone.evaluate(() => document.documentElement.scrollWidth <= 390), 'the preferences page does not scroll sideways at 390 px');
        await phone.reload();
        await waitVisible(emailSwitch, 'the switch after a reload');
        await waitFor(async () => (await emailSwitch.getAttribute('aria-checked')) === 'false', 'the choice kept after a reload');
        assert((await phone.getByTestId('pref-VOUCHER_DECIDED-inApp').getAttribute('aria-checked')) === 'true', 'in-app stays on');
      } finally {
        await browser.close();
      }
    },
  },
]);
