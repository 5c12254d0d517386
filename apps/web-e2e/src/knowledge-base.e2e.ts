/**
 * Issue 13's knowledge base in the browser: the demo consultant writes an article in Chinese and
 * English and publishes it; a founder of the scenario's own organisation finds it in the help
 * centre by a Chinese phrase and, typing a question into the ticket form, among the suggestions,
 * where "这解决了我的问题" ends the question without a ticket; the article's deflection count rises
 * in the consultant's list. The founder works at 390 px, the consultant at 1280 px.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { apiSignIn, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { E2eKbArticleBySlug, E2eMyTicketCount } from './support/operations/consulting.operations.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createTenant, stamp } from './support/scenario.js';

const CONSULTANT = 'consultant@suanli.dev';
const noSideScroll = (page: Page, width: number) => page.evaluate((w) => document.documentElement.scrollWidth <= w, width);

/** Two Han characters picked at random: makes this run's article the best match of a Chinese query. */
function hanWord(): string {
  const pool = '甲乙丙丁戊己庚辛壬癸青赤黄白黑松柏梅兰竹菊';
  return Array.from({ length: 2 }, () => pool[Math.floor(Math.random() * pool.length)]).join('');
}

/** Picks an option of an antd Select by its visible label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

await runScenarios([
  {
    name: 'a consultant publishes a bilingual article; a founder finds it by a Chinese query and from the ticket form, and it deflects the ticket',
    run: async (track) => {
      const tenant = await createTenant('知识库');
      const tag = stamp();
      const word = hanWord();
      const slug = `rent-subsidy-${tag}`;
      const titleZh = `${word}园区人才公寓租金补贴申领指南`;

      const browser = await launchChromium();
      try {
        const consultant = await (await newContext(browser, { width: 1280, height: 900 })).newPage();
        track(consultant);
        await signIn(consultant, CONSULTANT);
        await consultant.goto('/kb');
        await consultant.getByTestId('kb-new').click();
        await choose(consultant, 'kb-edit-category', '人才政策');
        await consultant.getByTestId('kb-edit-slug').fill(slug);
        await consultant.getByTestId('kb-edit-title-zh').fill(titleZh);
        await consultant.getByTestId('kb-edit-body-zh').fill(`入驻${word}园区的企业员工可申领人才公寓租金补贴，每月最高 1500 元。\n\n申领时提交劳动合同和租赁合同。`);
        await consultant.getByTestId('kb-edit-title-en').fill(`Talent apartment rent subsidy (${tag})`);
        await consultant.getByTestId('kb-edit-body-en').fill('Employees of companies in the park may claim a rent subsidy of up to 1,500 yuan a month.');
        await consultant.getByTestId('kb-publish').click();
        await waitFor(async () => /\/kb\/[0-9a-f-]{36}$/.test(consultant.url()), 'the editor moving to the saved article');
        const consultantToken = await apiSignIn(CONSULTANT);
        await waitFor(async () => (await graphqlRequest(E2eKbArticleBySlug, { slug }, consultantToken)).kbArticle?.status === 'PUBLISHED', 'the article published');
        const published = (await graphqlRequest(E2eKbArticleBySlug, { slug }, consultantToken)).kbArticle!;
        assert(published.category === 'TALENT' && published.published?.version === 1 && published.published.titleZh === titleZh && published.published.bodyEn.includes('1,500 yuan'),
          `published in both languages as version 1, got ${JSON.stringify(published)}`);
        assert(published.deflectionCount === 0, 'no deflection yet');

        // The founder finds it in the help centre by a Chinese phrase (no spaces, so bigrams, not words, must match).
        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.goto('/portal/help');
        await founder.getByTestId('kb-search').fill(`${word}人才公寓补贴`);
        const hit = founder.getByTestId(`kb-hit-${slug}`);
        await waitVisible(hit, 'the article among the help centre’s results');
        assert((await textOf(hit)).includes('人才公寓'), 'the hit shows the Chinese title');
        assert(await noSideScroll(founder, 390), 'the help centre does not scroll sideways at 390 px');
        await hit.getByRole('link').first().click();
        await waitVisible(founder.getByTestId('kb-article-title').filter({ hasText: titleZh }), 'the article page');

        // Typing the question into the ticket form suggests it; "this answered my question" ends it without a ticket.
        await founder.goto('/portal/consulting/new');
        await choose(founder, 'ticket-category', '人才政策');
        await founder.getByTestId('ticket-subject').fill(`${word}园区的人才公寓租金补贴怎么申领？`);
        const suggestion = founder.getByTestId('kb-suggestions').getByTestId(`kb-hit-${slug}`);
        await waitVisible(suggestion, 'the article suggested while typing the question');
        assert(await noSideScroll(founder, 390), 'the ticket form with suggestions does not scroll sideways at 390 px');
        // At 390 px the button goes under the snippet; beside it, it squeezed the text into a column about 100 px wide.
        const snippetWidth = (await suggestion.locator('.ant-list-item-meta-description').boundingBox())?.width ?? 0;
        assert(snippetWidth >= 250, `the suggested article's snippet uses the card's width at 390 px, got ${snippetWidth} px`);
        await founder.getByTestId(`kb-helpful-${published.id}`).click();
        await waitFor(async () => founder.url().endsWith('/portal/consulting'), 'back on my questions after the answer helped');
        const tickets = (await graphqlRequest(E2eMyTicketCount, {}, tenant.founderToken)).tickets.totalCount;
        assert(tickets === 0, `no ticket was opened, got ${tickets}`);

        // The deflection shows in the consultant's list.
        await consultant.goto('/kb');
        await waitFor(async () => (await textOf(consultant.getByTestId(`kb-deflections-${slug}`))) === '1', 'the deflection counted in the consultant’s list');
        assert((await graphqlRequest(E2eKbArticleBySlug, { slug }, consultantToken)).kbArticle?.deflectionCount === 1, 'the API counts one deflection');
      } finally {
        await browser.close();
      }
    },
  },
]);
