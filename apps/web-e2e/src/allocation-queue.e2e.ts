/**
 * Compute allocation end to end on an idle "Ascend 310P" pool (8 nodes × 8 cards) of the
 * scenario's own cluster, so the outcome depends on nothing else:
 *  1. the manager fills the pool with a 64-card, 4-hour request for a project of one scenario
 *     tenant (over the API: the console has no request form for staff) — it starts at once;
 *  2. a second tenant's founder requests 8 × Ascend 310P for their project in the portal, sees the
 *     in-browser what-if estimate (waiting) before submitting, and the queued request with an
 *     estimated start after;
 *  3. the manager sees that request in the queue screen;
 *  4. the manager stops the 64-card allocation from a node of the cluster grid;
 *  5. the founder sees the request RUNNING.
 * A second scenario drains a node from the cluster grid with a reason and restores it; a third adds
 * inference nodes to the cluster from the console; both on a cluster of their own.
 * Runs against BASE_URL with fresh demo data, which it only reads: organisations, founders,
 * projects and clusters are the scenarios' own (support/scenario.ts); the first scenario stops
 * both its allocations at the end.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { confirmPopconfirm, signIn, startRequest, textOf, waitFor, waitVisible } from './support/pages.js';
import { allocationState, cancelRequest, createCluster, createProject, createTenant, fillPool, MANAGER, managerToken, showCluster, stamp, type ScenarioCluster } from './support/scenario.js';

const CARD_TYPE = 'Ascend 310P';

async function fillRequestForm(page: Page, projectName: string, clusterName: string): Promise<void> {
  await startRequest(page, projectName, CARD_TYPE, clusterName);
  await page.getByTestId('request-cards').fill('8');
  await page.getByTestId('request-hours').fill('4');
}

/** Adds nodes of CARD_TYPE to the cluster shown, through the console's 添加节点 dialog. */
async function addNodesInConsole(page: Page, count: number, namePrefix: string): Promise<void> {
  await page.getByTestId('add-nodes-open').click();
  const form = page.getByTestId('add-nodes-form');
  await waitVisible(form, 'the add-nodes form');
  await form.locator('#cardType').fill(CARD_TYPE);
  await form.locator('#count').fill(String(count));
  await form.locator('#memoryGb').fill('24');
  await form.locator('#namePrefix').fill(namePrefix);
  await page.getByTestId('add-nodes-submit').click();
}

// One browser for the file, closed after the run, so a failed scenario's pages can still be screenshot.
const browser = await launchChromium();

/** A manager's page on the compute console, with the cluster grid shown (of `cluster` when given). */
async function openComputeConsole(track: (page: Page) => void, cluster?: ScenarioCluster): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  track(page);
  await signIn(page, MANAGER);
  await page.goto('/compute');
  await waitVisible(page.getByTestId('cluster-grid'), 'the cluster grid');
  if (cluster) {
    await showCluster(page, cluster);
    await waitVisible(page.getByTestId('cluster-grid'), `the grid of ${cluster.name}`);
  }
  return page;
}

await runScenarios([
  {
    name: 'a founder sees the what-if estimate, queues behind a full pool and starts when it frees up',
    run: async (track) => {
      // Another tenant's project fills the pool, so the founder competes with someone else.
      const other = await createProject(await createTenant('占满算力池'), 'ADAPTATION');
      const tenant = await createTenant('排队创始人');
      const founderProject = (await createProject(tenant, 'ADAPTATION')).name;
      const founderOrganisation = tenant.organisationName;
      const cluster = await createCluster('排队', { cardType: CARD_TYPE, count: 8 });
      const token = await managerToken();
      const fillerId = await fillPool({ projectId: other.id, clusterId: cluster.id, cardType: CARD_TYPE, cards: 64 });

      {
        // Founder: the what-if says "waiting" before submitting, the list says QUEUED with an estimate after.
        const founder = await (await newContext(browser)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.getByTestId('nav-request-compute').click();
        await founder.waitForURL(/\/portal\/compute$/);
        await fillRequestForm(founder, founderProject, cluster.name);

        const whatIf = founder.getByTestId('what-if');
        // The what-if is debounced and may first show the estimate of the form's previous choice
        // (the default cluster's Ascend 910B): wait for the estimate of the card type chosen.
        await waitFor(
          async () =>
            (await whatIf.getAttribute('data-kind')) === 'wait' && (await textOf(founder.getByTestId('what-if-position'))).includes(CARD_TYPE),
          `the what-if estimate saying a ${CARD_TYPE} request would wait`,
          15_000,
        );
        const headline = await textOf(founder.getByTestId('what-if-headline'));
        assert(/预计 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 开始/.test(headline), `the what-if shows an estimated start, got "${headline}"`);
        const position = await textOf(founder.getByTestId('what-if-position'));
        assert(position.includes('第 1 位') && position.includes(CARD_TYPE), `the what-if puts the request first for ${CARD_TYPE}, got "${position}"`);
        assert((await textOf(founder.getByTestId('what-if-reason'))).startsWith('等待'), 'the what-if explains the wait in Chinese');

        await founder.getByTestId('request-submit').click();
        const submitted = founder.getByTestId('request-submitted');
        await waitVisible(submitted, 'the submitted confirmation');
        assert((await textOf(submitted)).includes('已进入队列'), `the confirmation says queued, got "${await textOf(submitted)}"`);

        const mine = founder.locator(`[data-testid^="my-allocation-"][data-card-type="${CARD_TYPE}"][data-state="QUEUED"]`);
        await waitVisible(mine, 'the queued request in "我的算力"');
        const testId = await mine.first().getAttribute('data-testid');
        assert(testId, 'the allocation item carries its id');
        const requestId = testId.slice('my-allocation-'.length);
        assert((await mine.first().getAttribute('data-project-name')) === founderProject, 'the queued request is for the founder\'s project');
        const estimate = await textOf(mine.first().getByTestId('allocation-estimate'));
        assert(/预计 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 开始/.test(estimate), `the queued request shows an estimated start, got "${estimate}"`);
        // ...with its uncertainty in plain words: a likely range and a time most requests start by.
        const range = await textOf(mine.first().getByTestId('allocation-estimate-range'));
        assert(/这只是估计：约一半的请求在 .+ 至 .+ 之间开始，约十之八在 .+ 之前开始/.test(range), `the estimate says how sure it is, got "${range}"`);
        assert((await textOf(mine.first().getByTestId('allocation-state'))) === '排队中', 'the state reads 排队中');

        // Manager: the request is in the queue screen with organisation, project and reason.
        const manager = await (await newContext(browser)).newPage();
        track(manager);
        await signIn(manager, MANAGER);
        await manager.getByTestId('nav-compute').click();
        await waitVisible(manager.getByTestId('compute-page'), 'the compute page');
        await showCluster(manager, cluster);
        await waitFor(async () => (await manager.locator('[data-card-id]').count()) > 0, 'the grid of the scenario\'s cluster');
        const cards = await manager.locator('[data-card-id]').count();
        assert(cards === 64, `the grid shows every card of the cluster, got ${cards}`);
        await manager.getByTestId('compute-tab-queue').click();
        const row = manager.getByTestId(`queue-row-${requestId}`);
        await waitVisible(row, 'the founder\'s request in the manager\'s queue');
        const rowText = await textOf(row);
        assert(rowText.includes(founderOrganisation) && rowText.includes(founderProject), `the queue row names organisation and project, got "${rowText}"`);
        assert(rowText.includes(`8 × ${CARD_TYPE}`), 'the queue row shows 8 × Ascend 310P');
        assert((await textOf(row.getByTestId('queue-reason'))).startsWith('等待'), 'the queue row gives the reason in Chinese');
        assert(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(await textOf(row.getByTestId('queue-estimate'))), 'the queue row shows the estimated start');

        // The manager stops the 64-card allocation from a 310P node in the grid; the founder's request starts.
        await manager.getByTestId('compute-tab-cluster').click();
        const poolNode = manager.locator(`[data-testid="grid-card-type"][data-card-type="${CARD_TYPE}"] [data-testid^="grid-node-"]`).first();
        await poolNode.getByTestId('grid-node-open').click();
        const holding = manager.getByTestId('node-dialog').getByTestId(`node-allocation-${fillerId}`);
        await waitVisible(holding, 'the 64-card allocation in the node dialog');
        await holding.getByTestId('node-allocation-stop').click();
        await confirmPopconfirm(manager, manager.getByTestId('node-allocation-stop-confirm'), 'CancelAllocationRequest');
        await waitFor(async () => (await allocationState(fillerId, token)) === 'CANCELLED', 'the 64-card allocation stopping', 10_000);
        await manager.getByTestId('compute-tab-queue').click();

        const running = founder.locator(`[data-testid="my-allocation-${requestId}"][data-state="RUNNING"]`);
        await waitVisible(running, 'the founder\'s request RUNNING', 20_000);
        assert((await textOf(running.getByTestId('allocation-state'))) === '运行中', 'the state reads 运行中');
        await waitVisible(running.getByTestId('allocation-time-left'), 'the time left of the running allocation');

        await waitFor(async () => !(await row.isVisible()), 'the request leaving the manager\'s queue', 20_000);
        // The pool goes back as it was: the founder's allocation is stopped too.
        await cancelRequest(requestId, tenant.founderToken);
      }
    },
  },
  {
    name: 'a manager drains a node from the cluster grid with a reason and restores it',
    run: async (track) => {
      {
        const cluster = await createCluster('停用节点', { cardType: CARD_TYPE, count: 2 });
        const page = await openComputeConsole(track, cluster);
        const node = page.locator(`[data-testid="grid-card-type"][data-card-type="${CARD_TYPE}"] [data-testid^="grid-node-"][data-drained="false"]`).last();
        const nodeName = await node.getAttribute('data-node-name');
        assert(nodeName, 'a node in service carries its name');

        await node.getByTestId('grid-node-open').click();
        await waitVisible(page.getByTestId('node-dialog'), 'the node dialog');
        await page.getByTestId('node-drain-reason').fill('更换电源模块（e2e）');
        await page.getByTestId('node-drain').click();
        const drained = page.locator(`[data-node-name="${nodeName}"][data-drained="true"]`);
        await waitVisible(drained, `${nodeName} shown drained in the grid`);

        await drained.getByTestId('grid-node-open').click();
        await waitVisible(page.getByTestId('node-dialog'), 'the node dialog');
        assert((await textOf(page.getByTestId('node-dialog'))).includes('更换电源模块（e2e）'), 'the dialog shows the drain reason');
        await page.getByTestId('node-restore').click();
        await waitVisible(page.locator(`[data-node-name="${nodeName}"][data-drained="false"]`), `${nodeName} back in service`);
      }
    },
  },
  {
    name: 'a manager adds two inference nodes to the cluster from the console',
    run: async (track) => {
      const cluster = await createCluster('推理节点', { cardType: CARD_TYPE, count: 2 });
      const page = await openComputeConsole(track, cluster);
      const nodes = page.locator(`[data-testid="grid-card-type"][data-card-type="${CARD_TYPE}"] [data-testid^="grid-node-"][data-node-name]`);
      const before = await nodes.count();
      await addNodesInConsole(page, 2, 'e2e-310p');
      const added = page.locator('[data-node-name^="e2e-310p-"]');
      await waitVisible(added.last(), 'the added nodes in the grid');
      assert((await added.count()) === 2, 'both added nodes are in the grid');
      assert((await nodes.count()) === before + 2, `two more ${CARD_TYPE} nodes (${before} before)`);
    },
  },
  {
    name: 'a manager sets up a new cluster, adds a node, drains and retires it',
    run: async (track) => {
      const page = await openComputeConsole(track);
      const firstCluster = await page.getByTestId('compute-page').getAttribute('data-cluster-id');

      await page.getByTestId('create-cluster-open').click();
      const form = page.getByTestId('create-cluster-form');
      await waitVisible(form, 'the new-cluster form');
      await form.locator('#name').fill(`  e2e 边缘集群 ${stamp()}  `);
      await page.getByTestId('create-cluster-submit').click();
      await waitFor(async () => (await page.getByTestId('compute-page').getAttribute('data-cluster-id')) !== firstCluster, 'the console switching to the new cluster', 10_000);
      await waitVisible(page.getByTestId('cluster-empty'), 'the empty-cluster hint');

      await addNodesInConsole(page, 1, 'e2e-edge');
      const node = page.locator('[data-node-name^="e2e-edge-"]');
      await waitVisible(node, 'the new node in the new cluster');

      // Retiring is refused in the dialog until the node is drained.
      await node.getByTestId('grid-node-open').click();
      await waitVisible(page.getByTestId('node-dialog'), 'the node dialog');
      assert(await page.getByTestId('node-retire').isDisabled(), 'retire is disabled while the node is in service');
      await page.getByTestId('node-drain-reason').fill('机房搬迁（e2e）');
      await page.getByTestId('node-drain').click();
      const drained = page.locator('[data-node-name^="e2e-edge-"][data-drained="true"]');
      await waitVisible(drained, 'the node shown drained');

      await drained.getByTestId('grid-node-open').click();
      await waitVisible(page.getByTestId('node-dialog'), 'the node dialog');
      await waitFor(async () => !(await page.getByTestId('node-retire').isDisabled()), 'retire enabled for a drained idle node', 10_000);
      await page.getByTestId('node-retire').click();
      await page.getByTestId('node-retire-confirm').click();
      await waitFor(async () => (await page.locator('[data-node-name^="e2e-edge-"]').count()) === 0, 'the retired node leaving the grid', 10_000);
      await waitVisible(page.getByTestId('cluster-empty'), 'the cluster empty again');
    },
  },
]);
await browser.close();
