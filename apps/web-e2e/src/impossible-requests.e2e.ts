/**
 * Impossible requests are named, not clamped (issue 10):
 *  1. a founder types 100,000 cards and −5 hours: each field says what is wrong, the what-if
 *     gives no estimate and says why, and nothing is sent; a possible request is then submitted
 *     and the form starts afresh (no double submit);
 *  2. a manager types a 100,000-card quota and a weight of −5: each cell says what is wrong and
 *     nothing is saved.
 * Runs against BASE_URL with fresh demo data, which it only reads: the founder, project and the
 * cluster asked of (24 × Ascend 910B) are the scenario's own (support/scenario.ts); the one request
 * it makes is cancelled at the end.
 */
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './support/browser.js';
import { graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { AllocationRequestCount, CentreCards, OpenAllocationRequests } from './support/operations/scenario.operations.js';
import { signedInPage, startRequest, textOf, waitFor, waitVisible } from './support/pages.js';
import { cancelRequest, createCluster, createProject, createTenant, MANAGER, managerToken } from './support/scenario.js';

const CARD_TYPE = 'Ascend 910B';
/** The scenario's cluster: 3 nodes × 8 cards of CARD_TYPE. */
const CLUSTER_CARDS = 24;

const fieldError = (page: Page, testId: string): Locator =>
  page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error');

async function myRequestCount(token: string): Promise<number> {
  return (await graphqlRequest(AllocationRequestCount, {}, token)).allocationRequests.totalCount;
}

const browser = await launchChromium();

await runScenarios([
  {
    name: 'the request form names impossible cards and hours, the what-if refuses to estimate them, and a sent form starts afresh',
    run: async (track) => {
      const tenant = await createTenant('不可能的申请');
      const project = await createProject(tenant, 'ADAPTATION');
      const cluster = await createCluster('不可能的申请', { cardType: CARD_TYPE, count: CLUSTER_CARDS / 8 });
      const page = await signedInPage(browser, track, tenant.founderEmail, tenant.password);
      await page.goto('/portal/compute');
      await startRequest(page, project.name, CARD_TYPE, cluster.name);
      const token = tenant.founderToken;
      const before = await myRequestCount(token);

      await page.getByTestId('request-cards').fill('100000');
      await page.getByTestId('request-hours').fill('-5');
      await waitVisible(fieldError(page, 'request-cards'), 'the error under 卡数');
      const cardsError = await textOf(fieldError(page, 'request-cards'));
      assert(cardsError.includes(String(CLUSTER_CARDS)) && cardsError.includes('永远无法'), `卡数 says the cluster has ${CLUSTER_CARDS} and it can never be given, got "${cardsError}"`);
      await waitVisible(fieldError(page, 'request-hours'), 'the error under 时长');
      assert((await textOf(fieldError(page, 'request-hours'))).includes('10 分钟到 30 天'), '时长 gives the bounds');
      // The value stays as typed: nothing clamps 100000 to the cluster's size behind the user's back.
      await page.getByTestId('request-hours').blur();
      assert((await page.getByTestId('request-cards').inputValue()).replace(/,/g, '') === '100000', 'the cards stay as typed');
      assert((await page.getByTestId('request-hours').inputValue()) === '-5', 'the hours stay as typed');

      const whatIf = page.getByTestId('what-if');
      await waitFor(async () => (await whatIf.getAttribute('data-kind')) === 'invalid', 'the what-if refusing to estimate');
      assert((await page.getByTestId('what-if-headline').count()) === 0, 'the what-if shows no start time');
      // Debounced: wait for the verdict on both fields.
      await waitFor(async () => (await textOf(page.getByTestId('what-if-invalid'))).includes('分钟'), 'the what-if naming the time limit too');
      const reasons = await textOf(page.getByTestId('what-if-invalid'));
      assert(reasons.includes('无法估算') && reasons.includes(String(CLUSTER_CARDS)) && reasons.includes('分钟'), `the what-if says why, got "${reasons}"`);

      await page.getByTestId('request-submit').click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert((await myRequestCount(token)) === before, 'an impossible request is not sent');

      await page.getByTestId('request-cards').fill('2');
      await page.getByTestId('request-hours').fill('3');
      await waitFor(async () => (await fieldError(page, 'request-cards').count()) === 0 && (await fieldError(page, 'request-hours').count()) === 0, 'the errors clearing');
      await page.getByTestId('request-submit').click();
      await waitVisible(page.getByTestId('request-submitted'), 'the submitted confirmation');
      assert((await myRequestCount(token)) === before + 1, 'the possible request is sent once');
      assert((await page.getByTestId('request-cards').inputValue()) === '8', 'the form starts afresh (cards back to 8)');
      assert((await page.getByTestId('request-hours').inputValue()) === '4', 'the form starts afresh (hours back to 4)');

      const mine = await graphqlRequest(OpenAllocationRequests, {}, token);
      for (const { node } of mine.allocationRequests.edges) await cancelRequest(node.id, token);
    },
  },
  {
    name: 'the weights table names a quota above the centre and a negative weight, and saves nothing',
    run: async (track) => {
      const page = await signedInPage(browser, track, MANAGER);
      await page.getByTestId('nav-compute').click();
      await waitVisible(page.getByTestId('compute-page'), 'the compute page');
      await page.getByTestId('compute-tab-organisations').click();
      await waitVisible(page.getByTestId('weights-table'), 'the weights table');
      const row = page.locator('[data-testid^="weights-row-"]').first();
      const quotaBefore = await textOf(row.getByTestId('quota-value'));
      const weightBefore = await textOf(row.getByTestId('weight-value'));
      await row.getByTestId('weights-edit').click();
      await row.getByTestId('quota-input').fill('100000');
      await waitVisible(row.getByTestId('quota-input-error'), 'the error under the quota');
      const quotaError = await textOf(row.getByTestId('quota-input-error'));
      const { organisationScheduling } = await graphqlRequest(CentreCards, {}, await managerToken());
      const centre = String(organisationScheduling.centreCards);
      assert(quotaError.includes(centre) && quotaError.includes('100000'), `the quota error names the centre's ${centre} cards, got "${quotaError}"`);
      await row.getByTestId('weight-input').fill('-5');
      await waitVisible(row.getByTestId('weight-input-error'), 'the error under the weight');
      assert((await textOf(row.getByTestId('weight-input-error'))).includes('0.1'), 'the weight error gives the bounds');
      await row.getByTestId('weights-save').click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert((await row.getByTestId('weight-input').inputValue()) === '-5', 'the weight stays as typed, not clamped to 0.1');
      await row.getByTestId('weights-cancel').click();
      assert((await textOf(row.getByTestId('quota-value'))) === quotaBefore && (await textOf(row.getByTestId('weight-value'))) === weightBefore, 'nothing was saved');
    },
  },
]);
await browser.close();
