/**
 * Issue 13's browser flow: a founder asks about their voucher application from the voucher page
 * ("咨询此事"), the form arrives prefilled with the link, and sends a file with a follow-up (a
 * forbidden one is refused as it is picked); the demo consultant (the compute-voucher group's lead)
 * downloads it from the consulting queue, adds an internal note and answers with a knowledge-base
 * article linked; the founder sees the reply and the article (not the note), opens the article in
 * the help centre, resolves the question and rates it. The organisation, founder and
 * application are the scenario's own (support/scenario.ts); the founder works at 390 px, the consultant at 1280 px.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { apiSignIn, expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { E2eCreateKbArticle, E2eKbArticleCounters, E2ePublishKbArticle, E2eTicket, E2eTicketThread, E2eVoucherProgrammes } from './support/operations/consulting.operations.js';
import { E2eApplyForVoucher } from './support/operations/notifications.operations.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createTenant, stamp } from './support/scenario.js';

const CONSULTANT = 'consultant@suanli.dev';
/** A demo founder: their project and invoices come with the demo centre. */
const DEMO_FOUNDER = 'founder@rongcheng-vision.example';
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
      // The article the consultant will link, published by the consultant over the API.
      const consultantToken = await apiSignIn(CONSULTANT);
      const articleTag = stamp();
      const created = (await graphqlRequest(E2eCreateKbArticle, {
        input: {
          category: 'COMPUTE_VOUCHERS', slug: `voucher-review-${articleTag}`,
          titleZh: `算力券审批时限说明 ${articleTag}`, titleEn: `How long voucher review takes ${articleTag}`,
          bodyZh: '算力券申请提交后，审批岗一般在五个工作日内完成审核。', bodyEn: 'Voucher applications are usually reviewed within five working days.',
        },
      }, consultantToken)).createKbArticle;
      expectNoUserErrors('createKbArticle', created);
      const article = created.article!;
      expectNoUserErrors('publishKbArticle', (await graphqlRequest(E2ePublishKbArticle, { articleId: article.id }, consultantToken)).publishKbArticle);
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n% e2e\n'), Buffer.alloc(2048, 0x41)]);

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

        // A follow-up with a file: the limits are shown; an .exe is refused as it is picked, the PDF goes with the reply.
        assert((await textOf(founder.getByTestId('attachment-limits'))).includes('512 KB'), 'the size limit is shown before sending');
        const fileInput = founder.getByTestId('attachment-picker').locator('input[type=file]');
        await fileInput.setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
        await waitVisible(founder.locator('.ant-message-error', { hasText: 'setup.exe' }), 'the refusal of a forbidden file type');
        assert((await founder.getByTestId('attachment-picker').locator('.ant-upload-list-item').count()) === 0, 'the refused file is not listed for sending');
        await fileInput.setInputFiles({ name: '申请材料.pdf', mimeType: 'application/pdf', buffer: pdf });
        await waitVisible(founder.getByTestId('attachment-picker').locator('.ant-upload-list-item', { hasText: '申请材料.pdf' }), 'the PDF listed for sending');
        await founder.getByTestId('reply-body').fill('补充材料见附件。');
        await founder.getByTestId('reply-send').click();
        await waitVisible(founder.getByTestId('attachment-link').filter({ hasText: '申请材料.pdf' }), 'the PDF under the founder’s follow-up');
        const withFile = (await graphqlRequest(E2eTicketThread, { id: ticketId }, tenant.founderToken)).ticket!;
        assert(withFile.attachments.length === 1 && withFile.attachments[0]!.messageId === withFile.messages[1]!.id && withFile.attachments[0]!.sizeBytes === pdf.length,
          `the PDF is stored with the follow-up, got ${JSON.stringify(withFile)}`);

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
        // The founder's file downloads with the consultant's token, under its own name and bytes.
        const [download] = await Promise.all([consultant.waitForEvent('download'), consultant.getByTestId('attachment-link').filter({ hasText: '申请材料.pdf' }).click()]);
        assert(download.suggestedFilename() === '申请材料.pdf', `the download keeps the file name, got ${download.suggestedFilename()}`);
        const downloaded = await download.createReadStream().then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks);
        });
        assert(downloaded.equals(pdf), 'the downloaded bytes are the uploaded PDF');
        await consultant.getByTestId('reply-body').fill('内部：已催审批岗');
        await consultant.getByTestId('note-send').click();
        await waitVisible(consultant.getByTestId('ticket-note'), 'the internal note, marked as such');
        await consultant.getByTestId('reply-body').fill('已联系审批岗，预计本周五前完成审批。');
        // Link the article, found by a Chinese phrase from its title.
        await consultant.getByTestId('kb-article-picker').click();
        await consultant.getByTestId('kb-article-picker').locator('input').fill(`审批时限说明 ${articleTag}`);
        await consultant.locator('.ant-select-item-option', { hasText: `算力券审批时限说明 ${articleTag}` }).click();
        await consultant.keyboard.press('Escape');
        await consultant.getByTestId('reply-send').click();
        await waitFor(async () => (await consultant.getByTestId('ticket-message').count()) === 3, 'the reply in the thread');
        await waitVisible(consultant.getByTestId('linked-article').filter({ hasText: `算力券审批时限说明 ${articleTag}` }), 'the linked article under the reply');
        await waitFor(async () => (await textOf(consultant.getByTestId('ticket-status'))).includes('等待客户'), 'the question waiting for the customer');

        // The founder reads the reply (no note), resolves and rates.
        await founder.reload();
        await waitFor(async () => (await founder.getByTestId('ticket-message').count()) === 3, 'the consultant’s reply in the founder’s thread');
        assert((await textOf(founder.getByTestId('ticket-thread'))).includes('预计本周五前完成审批'), 'the founder reads the reply');
        assert((await founder.getByTestId('ticket-note').count()) === 0 && !(await textOf(founder.getByTestId('ticket-thread'))).includes('催审批岗'), 'the internal note never reaches the founder');
        const counters = (await graphqlRequest(E2eKbArticleCounters, { id: article.id }, consultantToken)).kbArticle;
        assert(counters?.linkedInReplies === 1, `the article counts one reply linking it, got ${JSON.stringify(counters)}`);
        // The linked article opens in the help centre.
        await founder.getByTestId('linked-article').filter({ hasText: `算力券审批时限说明 ${articleTag}` }).click();
        await waitFor(async () => founder.url().endsWith(`/portal/help/${article.slug}`), 'the help page of the linked article');
        await waitVisible(founder.getByTestId('kb-article-title').filter({ hasText: articleTag }), 'the linked article in the help centre');
        await founder.goBack();
        await waitVisible(founder.getByTestId('ticket-page'), 'back on the question');
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
  {
    name: 'a founder asks about a project, an invoice and a term sheet from each one’s page, and each question is linked to it and leads back to it',
    run: async (track) => {
      const browser = await launchChromium();
      try {
        const founders = new Map<string, { founder: Page; token: string }>();
        const as = async (email: string) => {
          if (!founders.has(email)) {
            const page = await (await newContext(browser, PHONE)).newPage();
            track(page);
            await signIn(page, email);
            founders.set(email, { founder: page, token: await apiSignIn(email) });
          }
          return founders.get(email)!;
        };
        // Rongcheng has a project and invoices in the demo centre, Tianfu a signed term sheet.
        const pages: { kind: 'PROJECT' | 'INVOICE' | 'TERM_SHEET'; email: string; list: string; link: string; page: string; idOf: (p: Page) => Promise<string> }[] = [
          { kind: 'PROJECT', email: DEMO_FOUNDER, list: '/portal', link: 'a[href^="/portal/projects/"]', page: 'project-detail', idOf: async (p) => (await p.getByTestId('project-detail').getAttribute('data-project-id'))! },
          { kind: 'INVOICE', email: DEMO_FOUNDER, list: '/portal/bills', link: '[data-testid="bill-link"]', page: 'invoice-page', idOf: async (p) => p.url().split('/').pop()! },
          { kind: 'TERM_SHEET', email: 'founder@tianfu-med.example', list: '/portal/term-sheets', link: '[data-testid="term-sheet-link"]', page: 'term-sheet-detail', idOf: async (p) => (await p.getByTestId('term-sheet-detail').getAttribute('data-term-sheet-id'))! },
        ];
        for (const { kind, email, list, link, page, idOf } of pages) {
          const { founder, token } = await as(email);
          await founder.goto(list);
          await waitVisible(founder.locator(link), `a link to the demo founder’s ${kind} on ${list}`);
          await founder.locator(link).first().click();
          await waitVisible(founder.getByTestId(page), `the ${kind} page`);
          const objectId = await idOf(founder);
          assert(await noSideScroll(founder, 390), `the ${kind} page with its ask button does not scroll sideways at 390 px`);
          await founder.getByTestId(`ask-about-${kind}`).click();
          await waitVisible(founder.getByTestId('ticket-link-notice'), `the form saying the question is about the ${kind}`);
          await founder.getByTestId('ticket-subject').fill(`关于这个对象的问题 ${kind} ${stamp()}`);
          await founder.getByTestId('ticket-body').fill('请顾问看一下。');
          await founder.getByTestId('ticket-submit').click();
          await waitVisible(founder.getByTestId('ticket-page'), `the new question about the ${kind}`);
          const opened = (await graphqlRequest(E2eTicket, { id: founder.url().split('/').pop()! }, token)).ticket;
          assert(opened?.linkedKind === kind && opened.linkedId === objectId, `the question is linked to the ${kind} ${objectId}, got ${JSON.stringify(opened)}`);
          // …and the question leads back to it.
          await founder.getByTestId('ticket-linked-object').click();
          await waitVisible(founder.getByTestId(page), `the ${kind} page, reached from the question`);
          assert((await idOf(founder)) === objectId, `the question's link opens the same ${kind}`);
        }
      } finally {
        await browser.close();
      }
    },
  },
]);
