/**
 * Issue 14's browser flow (资源嫁接): a founder posts a need for a customer; the demo manager adds a
 * customer resource owned by another organisation (the scenario's partner), runs the suggestions and
 * proposes the top-ranked resource for the need; the founder accepts for the startup and the
 * partner's member accepts for the resource (in their own portal, on a phone, from the notification);
 * the manager records the meeting and the outcome. Refusals (a negative capacity, a resource in
 * conflict, answering for the other side) are shown and change nothing. Both organisations, the
 * founders and the project are the scenario's own (support/scenario.ts); the one tag they share is
 * stamped, so the demo data never outranks them. zh-CN throughout, then the introduction and the
 * funnel once in English.
 */
import type { Locator, Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { apiSignIn, expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import {
  E2eAnswerIntroduction, E2eCreateMatchResource, E2eIntroductions, E2eMatchmakingSettings, E2eMatchNeeds, E2eMatchResources, E2eMe, E2ePostMatchNeed,
  E2eProposeIntroduction,
} from './support/operations/matchmaking.operations.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createProject, createTenant, managerToken, MANAGER, stamp } from './support/scenario.js';

const DESKTOP = { width: 1280, height: 900 };
const CONSULTANT = 'consultant@suanli.dev';
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Picks an option of an antd Select by its text, typing it first when the list is long. */
async function choose(page: Page, select: Locator, option: string, how: { type?: boolean; multiple?: boolean } = {}): Promise<void> {
  await select.click();
  if (how.type) await page.keyboard.type(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  // A multiple select stays open for the next choice.
  if (how.multiple) await page.keyboard.press('Escape');
  // The list closes with an animation; until it is gone it covers the next field.
  await waitFor(async () => (await page.locator('.ant-select-dropdown:visible').count()) === 0, 'the list closing');
}

/** Types free tags into a tags select (a comma ends each one) and closes its list. */
async function addTags(page: Page, select: Locator, tags: readonly string[]): Promise<void> {
  await select.click();
  for (const tag of tags) await page.keyboard.type(`${tag},`);
  await page.keyboard.press('Escape');
  for (const tag of tags) await waitVisible(select.locator('.ant-select-selection-item', { hasText: tag }), `the tag ${tag}`);
}

await runScenarios([
  {
    name: 'a founder posts a need, the manager proposes the top suggestion, both sides accept, the meeting and the outcome are recorded',
    run: async (track) => {
      const startup = await createTenant('嫁接');
      const partner = await createTenant('嫁接客户', 'E2E 客户代表');
      const project = await createProject(startup, 'SCREENING');
      const id = stamp();
      const industry = `e2e-${id}`;
      const description = `需要一家遥感行业的试点客户 ${id}`;
      const resourceName = `e2e 试点客户 ${id}`;

      const browser = await launchChromium();
      try {
        // 1. The founder posts the need (zh-CN, desktop).
        const founder = await (await newContext(browser, DESKTOP)).newPage();
        track(founder);
        await signIn(founder, startup.founderEmail, startup.password);
        await founder.goto('/portal/matchmaking/needs');
        await waitVisible(founder.getByTestId('my-needs-page'), 'my needs');
        await founder.getByTestId('need-new').click();
        await waitVisible(founder.getByTestId('need-form'), 'the need form');
        await choose(founder, founder.getByTestId('need-kind'), '客户');
        await choose(founder, founder.getByTestId('need-project'), project.name);
        await choose(founder, founder.getByTestId('need-urgency-select'), '高');
        await founder.getByTestId('need-description-input').fill(description);
        await addTags(founder, founder.getByTestId('tags-industries'), [industry, 'remote-sensing']);
        await addTags(founder, founder.getByTestId('tags-regions'), ['chengdu']);
        await founder.getByTestId('need-submit').click();
        const needRow = founder.getByTestId('my-needs-table').locator('tr', { hasText: description });
        await waitVisible(needRow, 'the posted need in my needs');
        assert((await textOf(needRow.getByTestId('need-state'))).includes('寻找中'), 'the new need is open (寻找中)');
        assert((await textOf(needRow)).includes('客户') && (await textOf(needRow)).includes('高'), 'the row shows the kind and the urgency');
        // Tags read as the explanations name them: known ones in Chinese, the spec's own slug as it is.
        const chips = await needRow.getByTestId('match-tag').allInnerTexts();
        assert(['遥感', '成都', industry].every((c) => chips.includes(c)) && !chips.includes('remote-sensing'), `the need's tags read 遥感, 成都 and ${industry}, got ${chips.join(', ')}`);
        const need = (await graphqlRequest(E2eMatchNeeds, {}, startup.founderToken)).matchNeeds.edges.map((e) => e.node).find((n) => n.description === description);
        assert(need && need.state === 'OPEN' && need.kind === 'CUSTOMER', `the need is stored open for a customer, got ${JSON.stringify(need)}`);

        // 2. The manager adds the partner's customer resource with the form.
        const manager = await (await newContext(browser, DESKTOP)).newPage();
        track(manager);
        await signIn(manager, MANAGER);
        await manager.goto('/matchmaking/resources/new');
        await waitVisible(manager.getByTestId('resource-form'), 'the resource form');
        await choose(manager, manager.getByTestId('resource-kind'), '客户');
        await manager.getByTestId('resource-name-input').fill(resourceName);
        await manager.getByTestId('resource-description').fill('愿意为遥感初创企业提供试点场景');
        await choose(manager, manager.getByTestId('resource-owner-organisation'), partner.organisationName, { type: true });
        await addTags(manager, manager.getByTestId('tags-industries'), [industry, 'remote-sensing']);
        await addTags(manager, manager.getByTestId('tags-regions'), ['chengdu']);
        await choose(manager, manager.getByTestId('resource-period'), '每季度');
        // A capacity below zero is the server's to refuse: under the field, in Chinese, and nothing is made.
        await manager.getByTestId('resource-capacity-input').fill('-1');
        await manager.getByTestId('resource-submit').click();
        await waitVisible(manager.locator('.ant-form-item-explain-error', { hasText: '容量须为 0 到 1000 的整数' }), 'the refusal of a negative capacity under the field');
        assert(manager.url().endsWith('/matchmaking/resources/new'), 'still on the new resource form');
        await manager.getByTestId('resource-capacity-input').fill('2');
        await manager.getByTestId('resource-submit').click();
        await waitFor(async () => /\/matchmaking\/resources\/[0-9a-f-]{36}$/.test(manager.url()), 'the new resource’s page');
        const resourceId = manager.url().split('/').pop()!;
        await waitFor(async () => (await manager.getByTestId('resource-capacity').getAttribute('data-taken')) === '0', 'the resource with none of its places taken');
        assert((await textOf(manager.getByTestId('resource-capacity'))).includes('0 / 2 · 本季度'), 'the capacity reads 0 / 2 this quarter');
        // Edited on its page: the form holds what was saved, and saves again.
        assert((await manager.getByTestId('resource-capacity-input').inputValue()) === '2', 'the edit form shows the saved capacity');
        await manager.getByTestId('resource-description').fill('愿意为遥感初创企业提供三个月试点场景');
        await manager.getByTestId('resource-submit').click();
        await waitVisible(manager.locator('.ant-message-notice', { hasText: '已保存' }), 'the saved message');

        // The need is among the open needs, found by the kind filter.
        await manager.goto('/matchmaking/needs');
        await waitVisible(manager.getByTestId('needs-table'), 'the needs list');
        await choose(manager, manager.getByTestId('filter-need-kind'), '客户', { multiple: true });
        await waitVisible(manager.getByTestId('needs-table').locator('tr', { hasText: description }), 'the founder’s need in the managers’ list');

        // A second customer with the same tags, in conflict with the startup (declared): never suggested, refused by hand.
        const conflicted = (await graphqlRequest(E2eCreateMatchResource, { input: {
          kind: 'CUSTOMER', name: `e2e 冲突客户 ${id}`, ownerOrganisationId: partner.organisationId, capacity: 2, capacityPeriod: 'QUARTER',
          tags: { industries: [industry, 'remote-sensing'], regions: ['chengdu'] }, conflicts: [{ organisationId: startup.organisationId, reason: 'DECLARED' }],
        } }, await managerToken())).createMatchResource;
        expectNoUserErrors('createMatchResource (in conflict)', conflicted);
        const conflictedId = conflicted.resource!.id;

        // 3. Suggestions: our resource ranks first for the need, with its reasons in Chinese; propose it.
        await manager.goto('/matchmaking/suggestions');
        await manager.getByTestId('suggestions-run').click();
        const summary = manager.getByTestId('suggestions-summary');
        await waitVisible(summary, 'the assignment’s summary', 30_000);
        const total = Number(await summary.getAttribute('data-total'));
        const greedy = Number(await summary.getAttribute('data-greedy'));
        assert(total >= greedy, `the assignment (${total}) is not below greedy (${greedy})`);
        const card = manager.locator(`[data-testid="need-suggestions"][data-need-id="${need.id}"]`);
        await waitVisible(card, 'the need’s suggestions');
        const top = card.getByTestId('ranked-match').first();
        assert((await top.getAttribute('data-resource-id')) === resourceId, `the partner's resource ranks first, got ${await top.getAttribute('data-resource-id')}`);
        const why = await textOf(top.getByTestId('ranked-explanation'));
        assert(/[\u4e00-\u9fff]/.test(why), `the reasons are in Chinese, got "${why}"`);
        assert((await card.locator('[data-chosen="true"]').count()) <= 1, 'at most one resource is the assignment’s choice');
        assert((await card.locator(`[data-resource-id="${conflictedId}"]`).count()) === 0, 'the resource in conflict is not among the suggestions');
        // Overriding with it is refused by the server, in Chinese, on the need's card; nothing is proposed.
        await card.getByTestId('override-open').click();
        await choose(manager, card.getByTestId('override-resource'), `e2e 冲突客户 ${id}`, { type: true });
        await card.getByTestId('override-propose').click();
        await waitVisible(card.getByTestId('suggestion-refusal'), 'the refusal on the need’s card');
        assert((await textOf(card.getByTestId('suggestion-refusal'))).includes('利益冲突'), `the refusal names the conflict of interest, got "${await textOf(card.getByTestId('suggestion-refusal'))}"`);
        const none = (await graphqlRequest(E2eIntroductions, {}, startup.founderToken)).introductions.edges.filter((e) => e.node.needId === need.id);
        assert(none.length === 0, 'the refused override proposed nothing');
        await top.getByTestId('suggestion-propose').click();
        await waitVisible(manager.getByTestId('proposed-introduction-link'), 'the proposed introduction');
        await waitFor(async () => (await card.count()) === 0, 'the need leaving the suggestions once proposed', 20_000);
        const introduction = (await graphqlRequest(E2eIntroductions, {}, startup.founderToken)).introductions.edges.map((e) => e.node).find((i) => i.needId === need.id);
        assert(introduction && introduction.status === 'PROPOSED' && introduction.resourceId === resourceId, `one proposed introduction, got ${JSON.stringify(introduction)}`);

        // 4. The founder accepts for the startup, and may not answer for the resource.
        await founder.goto('/portal/matchmaking/introductions');
        const founderCard = founder.getByTestId('startup-introductions').locator(`[data-introduction-id="${introduction.id}"]`);
        await waitVisible(founderCard, 'the introduction in the founder’s portal');
        assert((await textOf(founderCard.getByTestId('introduction-status'))).includes('待答复'), 'it waits for answers (待答复)');
        assert((await founderCard.getByTestId('accept-RESOURCE').count()) === 0, 'the founder has no button for the resource’s side');
        await founderCard.getByTestId('accept-STARTUP').click();
        await waitFor(async () => (await founderCard.getByTestId('startup-answer').getAttribute('data-answer')) === 'ACCEPT', 'the startup’s acceptance shown');
        assert((await founderCard.getByTestId('resource-answer').getAttribute('data-answer')) === 'NONE', 'the resource has not answered yet');
        assert((await founderCard.getAttribute('data-status')) === 'PROPOSED', 'one acceptance leaves it proposed');
        const onTheirBehalf = (await graphqlRequest(E2eAnswerIntroduction, { input: { introductionId: introduction.id, side: 'RESOURCE', answer: 'ACCEPT' } }, startup.founderToken)).answerIntroduction;
        assert(onTheirBehalf.userErrors[0]?.code === 'NOT_YOUR_SIDE' && onTheirBehalf.introduction === null, `answering for the other side is refused, got ${JSON.stringify(onTheirBehalf)}`);

        // 5. The partner's member accepts for the resource, on a phone, from the notification about it.
        const owner = await (await newContext(browser, PHONE)).newPage();
        track(owner);
        await signIn(owner, partner.founderEmail, partner.password);
        await owner.getByTestId('notification-bell').click();
        const notice = owner.locator('[data-testid="notification-item"][data-kind="INTRODUCTION_PROPOSED"]');
        await waitVisible(notice, 'the proposal in the owner’s notifications');
        assert((await textOf(notice.first())).includes(resourceName), 'the notification names the resource');
        await notice.first().click();
        await waitFor(async () => owner.url().endsWith(`/portal/matchmaking/introductions/${introduction.id}`), 'the notification leading to the introduction');
        const ownerCard = owner.getByTestId('introduction-page').getByTestId('introduction-card');
        await waitVisible(ownerCard, 'the introduction of the partner’s resource');
        assert((await ownerCard.getByTestId('accept-STARTUP').count()) === 0, 'the owner has no button for the startup’s side');
        assert(await noSideScroll(owner), 'the introduction does not scroll sideways at 390 px');
        await ownerCard.getByTestId('accept-RESOURCE').click();
        await waitFor(async () => (await ownerCard.getAttribute('data-status')) === 'ACCEPTED', 'the introduction accepted by both');
        assert((await textOf(ownerCard.getByTestId('introduction-status'))).includes('双方已接受'), 'it reads 双方已接受');
        await owner.goto('/portal/matchmaking/introductions');
        await waitVisible(owner.getByTestId('resource-introductions').locator(`[data-introduction-id="${introduction.id}"][data-status="ACCEPTED"]`), 'the accepted introduction among the partner’s resources’ ones');
        assert((await owner.getByTestId('startup-introductions').locator(`[data-introduction-id="${introduction.id}"]`).count()) === 0, 'it is not listed as the partner’s own startup introduction');
        const mine = owner.getByTestId('my-resources');
        await waitVisible(mine, 'the partner’s resources with their places');
        const mineRow = mine.locator('tr', { hasText: resourceName });
        await waitFor(async () => (await mineRow.getByTestId('resource-capacity').getAttribute('data-taken')) === '1', 'one of the resource’s places taken by the acceptance');
        assert(await noSideScroll(owner), 'the accepted introduction does not scroll sideways at 390 px');

        // 6. The manager records the meeting (today, Shanghai) and the outcome.
        await manager.goto(`/matchmaking/introductions/${introduction.id}`);
        await waitVisible(manager.getByTestId('introduction-page'), 'the introduction in the console');
        await manager.getByTestId('meeting-record').click();
        await waitFor(async () => (await manager.getByTestId('introduction-card').getAttribute('data-status')) === 'MET', 'the meeting recorded');
        assert((await textOf(manager.getByTestId('introduction-status'))).includes('已会面'), 'it reads 已会面');
        await choose(manager, manager.getByTestId('outcome-select'), '试点');
        await manager.getByTestId('outcome-notes').fill('三个月试点，下月启动');
        await manager.getByTestId('outcome-record').click();
        await waitFor(async () => (await manager.getByTestId('introduction-card').getAttribute('data-status')) === 'CONCLUDED', 'the outcome recorded');
        assert((await textOf(manager.getByTestId('introduction-outcome'))).includes('试点 · 三个月试点，下月启动'), 'the outcome and its notes are shown');
        const done = (await graphqlRequest(E2eIntroductions, {}, await managerToken())).introductions.edges.map((e) => e.node).find((i) => i.id === introduction.id);
        assert(done?.status === 'CONCLUDED' && done.outcome === 'PILOT' && done.metOn && done.startupAnswer === 'ACCEPT' && done.resourceAnswer === 'ACCEPT', `stored as concluded with a pilot, got ${JSON.stringify(done)}`);
        const resource = (await graphqlRequest(E2eMatchResources, {}, await managerToken())).matchResources.edges.map((e) => e.node).find((r) => r.id === resourceId);
        assert(resource?.capacityUse.taken === 1 && resource.capacityUse.left === 1, `a concluded introduction still holds its quarter's place, got ${JSON.stringify(resource)}`);

        // The founder's need is matched now.
        await founder.goto('/portal/matchmaking/needs');
        const matched = founder.getByTestId('my-needs-table').locator('tr', { hasText: description });
        await waitFor(async () => (await textOf(matched.getByTestId('need-state'))).includes('已对接'), 'the need matched (已对接)');

        // 7. Once in English: the introduction and the funnel.
        await manager.getByTestId('language-switch').getByText('EN').click();
        await waitFor(async () => (await textOf(manager.getByTestId('introduction-status'))) === 'Concluded', 'the status in English');
        const english = await textOf(manager.getByTestId('introduction-explanation'));
        assert(!/[\u4e00-\u9fff]/.test(english) && english.length > 0, `the reasons in English, got "${english}"`);
        assert((await textOf(manager.getByTestId('introduction-outcome'))).startsWith('Pilot'), 'the outcome in English');
        // The reminder interval on the managers' introductions page: changed, stored, and put back.
        await manager.goto('/matchmaking/introductions');
        const daysInput = manager.getByTestId('reminder-setting').locator('input');
        await waitFor(async () => (await daysInput.inputValue()) !== '', 'the reminder interval shown');
        const reminderDays = async () => (await graphqlRequest(E2eMatchmakingSettings, {}, await managerToken())).matchmakingSettings.reminderDays;
        const before = await reminderDays();
        assert((await daysInput.inputValue()) === String(before), `the page shows the stored interval ${before}, got ${await daysInput.inputValue()}`);
        const setDays = async (days: number) => {
          await daysInput.fill(String(days));
          await manager.getByTestId('reminder-save').click();
          await waitFor(async () => (await reminderDays()) === days, `the interval stored as ${days} days`);
        };
        await setDays((before % 30) + 1);
        await waitVisible(manager.locator('.ant-message-notice', { hasText: 'Reminder interval saved' }), 'the saved message in English');
        await setDays(before);
        await manager.goto('/matchmaking/funnel');
        const totals = manager.getByTestId('funnel-totals');
        await waitVisible(totals, 'the funnel');
        await waitFor(async () => Number(await totals.getAttribute('data-deals')) >= 1, 'the pilot counted as a deal in the funnel');
        assert(Number(await totals.getAttribute('data-proposed')) >= Number(await totals.getAttribute('data-accepted')), 'the funnel narrows: proposed ≥ accepted');
        assert((await textOf(manager.getByTestId('page-title'))) === 'Introductions funnel', 'the funnel’s title in English');
        await waitVisible(manager.getByTestId('funnel-by-kind').locator('td', { hasText: 'Customer' }), 'the customer row of the funnel by kind');
        await waitVisible(manager.getByTestId('funnel-by-kind-chart').locator('canvas'), 'the chart by kind');
        assert(await noSideScroll(manager), 'the funnel does not scroll sideways at 1280 px');
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'a consultant who owns a mentor resource answers its introduction in the console, for the resource only',
    run: async (track) => {
      const startup = await createTenant('导师对接');
      const project = await createProject(startup, 'SCREENING');
      const id = stamp();
      const consultant = (await graphqlRequest(E2eMe, {}, await apiSignIn(CONSULTANT))).me;
      const mentorName = `e2e 导师 ${id}`;
      const made = (await graphqlRequest(E2eCreateMatchResource, { input: {
        kind: 'MENTOR', name: mentorName, ownerUserId: consultant.id, capacity: 3, capacityPeriod: 'QUARTER', tags: { industries: [`e2e-${id}`] },
      } }, await managerToken())).createMatchResource;
      expectNoUserErrors('createMatchResource (a consultant’s)', made);
      const posted = (await graphqlRequest(E2ePostMatchNeed, { input: { kind: 'MENTOR', projectId: project.id, description: `需要政策导师 ${id}`, tags: { industries: [`e2e-${id}`] } } }, startup.founderToken)).postMatchNeed;
      expectNoUserErrors('postMatchNeed', posted);
      const proposed = (await graphqlRequest(E2eProposeIntroduction, { input: { needId: posted.need!.id, resourceId: made.resource!.id } }, await managerToken())).proposeIntroduction;
      expectNoUserErrors('proposeIntroduction', proposed);
      const introductionId = proposed.introduction!.id;

      const browser = await launchChromium();
      try {
        const page = await (await newContext(browser, DESKTOP)).newPage();
        track(page);
        await signIn(page, CONSULTANT);
        await page.goto('/matchmaking/introductions');
        await waitVisible(page.getByTestId('my-resources').locator('tr', { hasText: mentorName }), 'the consultant’s own resource above their introductions');
        const card = page.locator(`[data-testid="introduction-card"][data-introduction-id="${introductionId}"]`);
        await waitVisible(card, 'the introduction of the consultant’s resource');
        assert((await card.getByTestId('accept-STARTUP').count()) === 0, 'no button for the startup’s side');
        await card.getByTestId('accept-RESOURCE').click();
        await waitFor(async () => (await card.getByTestId('resource-answer').getAttribute('data-answer')) === 'ACCEPT', 'the resource’s acceptance shown');
        assert((await card.getAttribute('data-status')) === 'PROPOSED', 'still waiting for the startup');
        assert((await card.getByTestId('accept-RESOURCE').count()) === 0, 'the side answered once has no buttons left');
        assert(await noSideScroll(page), 'the console’s introductions do not scroll sideways at 1280 px');
        // The manager's pages stay closed to a consultant.
        await page.goto('/matchmaking/suggestions');
        await waitFor(async () => (await page.getByTestId('match-suggestions-page').count()) === 0 && !page.url().endsWith('/matchmaking/suggestions'), 'the consultant taken away from the suggestions');
      } finally {
        await browser.close();
      }
    },
  },
]);
