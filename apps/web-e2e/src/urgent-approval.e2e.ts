/**
 * Urgent requests need a manager (issue 9 §6), at phone width for the founder:
 *  1. the founder picks 紧急 in the request form and is told it needs approval (the organisation
 *     has no urgent budget); after submitting, "我的算力" shows 加急待审批;
 *  2. the manager finds it under 加急待审批 in the queue tab and approves it;
 *  3. the request is now scheduled as URGENT (checked over the API) and leaves the approvals list.
 * Runs against BASE_URL with fresh demo data, which it only reads: the founder, organisation,
 * project and a one-node cluster that another tenant's allocation fills are the scenario's own
 * (support/scenario.ts); both requests are cancelled at the end.
 */
import { launchChromium, newContext } from './support/browser.js';
import { graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { AllocationRequest } from './support/operations/scenario.operations.js';
import { signIn, startRequest, textOf, waitVisible } from './support/pages.js';
import { cancelRequest, createCluster, createProject, createTenant, fillPool, MANAGER } from './support/scenario.js';
// The scenario's 910B pool is full: the request waits, where urgency matters.
const CARD_TYPE = 'Ascend 910B';

async function requestOf(token: string, id: string): Promise<{ state: string; priority: string; urgency: string | null }> {
  const data = await graphqlRequest(AllocationRequest, { id }, token);
  assert(data.allocationRequest, `request ${id} exists`);
  return data.allocationRequest;
}

const browser = await launchChromium();

await runScenarios([
  {
    name: 'a founder’s urgent request waits for approval and the manager approves it in the console',
    run: async (track) => {
      const tenant = await createTenant('加急');
      const project = await createProject(tenant, 'ADAPTATION');
      const cluster = await createCluster('加急', { cardType: CARD_TYPE, count: 1 });
      const other = await createProject(await createTenant('占满加急池'), 'ADAPTATION');
      const fillerId = await fillPool({ projectId: other.id, clusterId: cluster.id, cardType: CARD_TYPE, cards: 8 });
      const founder = await (await newContext(browser)).newPage();
      track(founder);
      await founder.setViewportSize({ width: 390, height: 844 });
      await signIn(founder, tenant.founderEmail, tenant.password);
      await founder.goto('/portal/compute');
      await startRequest(founder, project.name, CARD_TYPE, cluster.name);
      await founder.getByTestId('request-cards').fill('1');
      await founder.getByTestId('request-hours').fill('2');
      // antd puts the radio's test id on its hidden input: click the visible label.
      await founder.getByTestId('request-priority').getByText('紧急', { exact: true }).click();

      const notice = founder.getByTestId('urgency-notice');
      await waitVisible(notice, 'the urgency notice under the priority choice');
      assert((await notice.getAttribute('data-effective')) === 'false', 'without a budget the urgency is not effective');
      const noticeText = await textOf(notice);
      assert(noticeText.includes('需管理员审批') && noticeText.includes('剩余 0 / 0 卡时'), `the notice says approval is needed and shows the budget, got "${noticeText}"`);

      await founder.getByTestId('request-submit').click();
      const submitted = founder.getByTestId('request-submitted');
      await waitVisible(submitted, 'the submitted confirmation');
      assert((await textOf(submitted)).includes('加急待审批'), `the confirmation says urgent awaiting approval, got "${await textOf(submitted)}"`);
      const mine = founder.locator(`[data-testid^="my-allocation-"][data-card-type="${CARD_TYPE}"]`).filter({ has: founder.getByTestId('urgency-tag') });
      await waitVisible(mine.first(), 'the request in 我的算力 with its urgency tag');
      assert((await textOf(mine.first().getByTestId('urgency-tag'))) === '加急待审批', 'my allocations show 加急待审批');
      const requestId = (await mine.first().getAttribute('data-testid'))!.slice('my-allocation-'.length);
      const founderToken = tenant.founderToken;
      const before = await requestOf(founderToken, requestId);
      assert(before.priority === 'STANDARD' && before.urgency === 'AWAITING_APPROVAL', `before approval it is scheduled at STANDARD, got ${JSON.stringify(before)}`);

      const manager = await (await newContext(browser)).newPage();
      track(manager);
      await signIn(manager, MANAGER);
      await manager.goto('/compute?tab=queue');
      const approvals = manager.getByTestId('urgent-approvals');
      await waitVisible(approvals, 'the urgent approvals card in the queue tab');
      const row = manager.getByTestId(`urgent-row-${requestId}`);
      await waitVisible(row, 'the founder’s urgent request awaiting approval');
      assert((await textOf(row)).includes(tenant.organisationName), 'the row names the organisation');
      await row.getByTestId('urgent-approve').click();
      await row.waitFor({ state: 'detached', timeout: 10_000 });

      const after = await requestOf(founderToken, requestId);
      assert(after.priority === 'URGENT' && after.urgency === 'APPROVED', `after approval it is scheduled as URGENT, got ${JSON.stringify(after)}`);
      await cancelRequest(requestId, founderToken);
      await cancelRequest(fillerId);
    },
  },
]);

await browser.close();
