/**
 * Issue 13's browser flow: a founder asks about their voucher application from the voucher page
 * ("咨询此事"), the form arrives prefilled with the link; the demo consultant (the compute-voucher
 * group's lead) answers from the consulting queue and adds an internal note; the founder sees the
 * reply but not the note, resolves the question and rates it. The organisation, founder and
 * application are the scenario's own (support/scenario.ts); the founder works at 390 px, the consultant at 1280 px.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { E2eTicket, E2eVoucherProgrammes } from './support/operations/consulting.operations.js';
import { E2eApplyForVoucher } from './support/operations/notifications.operations.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createTenant, stamp } from './support/scenario.js';

const CONSULTANT = 'consultant@suanli.dev';
const noSideScroll = (page: Page, width: number) => page.evaluate((w) => document.documentElement.scrollWidth <= w, width);

await runScenarios([
  {
    name: 'a founder asks about a voucher application from the voucher page, the consultant replies, the founder resolves and rates it',
    run: async (track) => {
      const tenant = await createTenant('咨询');
      const programme = (await graphqlRequest(E2eVoucherProgrammes, {}, tenant.founderToken)).voucherProgrammes.find((p) => p.status === 'OPEN');
      assert(programme, 'the demo has an open voucher programme');
      const applied = (await graphqlRequest(E2eApplyForVoucher, { input: { programmeId: programme.id, amountFen: '2000000', purpose: `推理集群扩容 ${stamp()}` } }, tenant.founderToken)).applyForVoucher;
      expectNoUserErrors('applyForVoucher', applied);
      const applicationId = applied.application!.id;
      const subject = `算力券审批进度 ${stamp()}`;

      const browser = await launchChromium();
      try {
        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.goto('/portal/vouchers');
        await waitVisible(founder.getByTestId('my-applications'), 'my voucher applications');
        await founder.getByTestId('application-ask').first().click();
        await waitVisible(founder.getByTestId('new-ticket-page'), 'the question form');
        await waitVisible(founder.getByTestId('ticket-link-notice'), 'the form saying what the question is about');
        assert((await textOf(founder.getByTestId('ticket-category'))).includes('算力券'), 'the category is prefilled to compute vouchers');
        await founder.getByTestId('ticket-subject').fill(subject);
        await founder.getByTestId('ticket-body').fill('申请提交三天了，什么时候能审批？');
        await founder.getByTestId('ticket-submit').click();
        await waitVisible(founder.getByTestId('ticket-page'), 'the new question');
        const ticketId = founder.url().split('/').pop()!;
        const opened = (await graphqlRequest(E2eTicket, { id: ticketId }, tenant.founderToken)).ticket;
        assert(opened?.linkedKind === 'VOUCHER_APPLICATION' && opened.linkedId === applicationId, `the question is linked to the application, got ${JSON.stringify(opened)}`);
        await waitVisible(founder.getByTestId('sla-target-FIRST_RESPONSE'), 'the first-response deadline');
        assert(await noSideScroll(founder, 390), 'the question page does not scroll sideways at 390 px');

        // The consultant finds it in the queue and answers; the internal note stays internal.
        const consultant = await (await newContext(browser, { width: 1280, height: 900 })).newPage();
        track(consultant);
        await signIn(consultant, CONSULTANT);
        await consultant.goto('/consulting');
        const row = consultant.getByTestId('queue-table').locator('tr', { hasText: subject });
        await waitVisible(row, 'the question in the consultant’s queue');
        await waitVisible(row.getByTestId('ticket-countdown'), 'its time to breach');
        assert(await noSideScroll(consultant, 1280), 'the queue does not scroll sideways at 1280 px');
        await row.getByTestId('ticket-link').click();
        await waitVisible(consultant.getByTestId('ticket-page'), 'the question in the workspace');
        await consultant.getByTestId('reply-body').fill('内部：已催审批岗');
        await consultant.getByTestId('note-send').click();
        await waitVisible(consultant.getByTestId('ticket-note'), 'the internal note, marked as such');
        await consultant.getByTestId('reply-body').fill('已联系审批岗，预计本周五前完成审批。');
        await consultant.getByTestId('reply-send').click();
        await waitFor(async () => (await consultant.getByTestId('ticket-message').count()) === 2, 'the reply in the thread');
        await waitFor(async () => (await textOf(consultant.getByTestId('ticket-status'))).includes('等待客户'), 'the question waiting for the customer');

        // The founder reads the reply (no note), resolves and rates.
        await founder.reload();
        await waitFor(async () => (await founder.getByTestId('ticket-message').count()) === 2, 'the consultant’s reply in the founder’s thread');
        assert((await textOf(founder.getByTestId('ticket-thread'))).includes('预计本周五前完成审批'), 'the founder reads the reply');
        assert((await founder.getByTestId('ticket-note').count()) === 0 && !(await textOf(founder.getByTestId('ticket-thread'))).includes('催审批岗'), 'the internal note never reaches the founder');
        await founder.getByTestId('ticket-resolve').click();
        await waitFor(async () => (await textOf(founder.getByTestId('ticket-status'))).includes('已解决'), 'the question resolved');
        await waitVisible(founder.getByTestId('ticket-rating'), 'the rating form');
        await founder.getByTestId('rating-stars').locator('.ant-rate-star').nth(4).click();
        await founder.getByTestId('rating-comment').fill('回复很快');
        await founder.getByTestId('rating-submit').click();
        await waitVisible(founder.getByTestId('ticket-rated'), 'the rating shown');
        const rated = (await graphqlRequest(E2eTicket, { id: ticketId }, tenant.founderToken)).ticket;
        assert(rated?.status === 'RESOLVED' && rated.satisfaction === 5, `resolved and rated 5, got ${JSON.stringify(rated)}`);
        assert(rated.messages.every((m) => m.visibility === 'PUBLIC'), 'the API gives the founder public messages only');
        assert(await noSideScroll(founder, 390), 'the rated question does not scroll sideways at 390 px');
      } finally {
        await browser.close();
      }
    },
  },
]);
