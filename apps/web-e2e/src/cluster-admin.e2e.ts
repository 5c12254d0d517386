/**
 * Clusters can be renamed and deleted (issue 10): a manager pastes a 5,000-character name and is
 * told it is too long (nothing cut, nothing created); creates a cluster, renames it, and deletes
 * it after confirming; the demo cluster, which has nodes, cannot be deleted. And the toasts follow
 * the language: a switch closes the open Chinese one and the next toasts are in English.
 * Runs against BASE_URL with fresh demo data, which it only reads; works on a cluster of its own
 * and leaves no cluster behind.
 */
import { launchChromium } from './support/browser.js';
import { apiSignIn, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { Clusters } from './support/operations/scenario.operations.js';
import { signedInPage, textOf, waitFor, waitVisible } from './support/pages.js';
import { createCluster, MANAGER, showCluster } from './support/scenario.js';

async function clusterNames(token: string): Promise<string[]> {
  return (await graphqlRequest(Clusters, {}, token)).clusters.map((c) => c.name);
}

const browser = await launchChromium();

await runScenarios([
  {
    name: 'a manager is told a pasted name is too long, then creates, renames and deletes an empty cluster',
    run: async (track) => {
      const page = await signedInPage(browser, track, MANAGER);
      await page.getByTestId('nav-compute').click();
      await waitVisible(page.getByTestId('compute-page'), 'the compute page');
      const token = await apiSignIn(MANAGER);
      const before = await clusterNames(token);
      const demo = await page.getByTestId('compute-page').getAttribute('data-cluster-name');
      assert(await page.getByTestId('cluster-delete').isDisabled(), `the demo cluster "${demo}", which has nodes, cannot be deleted`);

      await page.getByTestId('create-cluster-open').click();
      const name = page.getByTestId('create-cluster-name');
      await name.fill('成都智算中心'.repeat(834));
      assert((await name.inputValue()).length === 5004, 'the pasted name is kept whole, not cut to 60');
      await page.getByTestId('create-cluster-submit').click();
      const error = page.getByTestId('create-cluster-form').locator('.ant-form-item-explain-error');
      await waitVisible(error, 'the error under the name');
      assert((await textOf(error)).includes('2–60'), `the error gives the length, got "${await textOf(error)}"`);
      assert((await clusterNames(token)).length === before.length, 'nothing was created');

      const created = `E2E 待删集群 ${Date.now() % 1e6}`;
      await name.fill(created);
      await page.getByTestId('create-cluster-submit').click();
      await waitFor(async () => (await page.getByTestId('compute-page').getAttribute('data-cluster-name')) === created, 'the console switching to the new cluster');

      const renamed = `${created} · 改`;
      await page.getByTestId('cluster-rename-open').click();
      await page.getByTestId('cluster-rename-name').fill(renamed);
      await page.getByTestId('cluster-rename-submit').click();
      await waitFor(async () => (await page.getByTestId('compute-page').getAttribute('data-cluster-name')) === renamed, 'the console showing the new name');
      assert((await clusterNames(token)).includes(renamed), 'the API has the new name');

      await page.getByTestId('cluster-delete').click();
      await page.getByTestId('cluster-delete-confirm').click();
      await waitFor(async () => (await page.getByTestId('compute-page').getAttribute('data-cluster-name')) === demo, 'the console back on the demo cluster');
      assert(JSON.stringify(await clusterNames(token)) === JSON.stringify(before), 'the cluster is gone, the others stay');
    },
  },
  {
    name: 'toasts follow a language switch: the open Chinese one closes and the next ones are in English',
    run: async (track) => {
      const cluster = await createCluster('提示语言');
      const page = await signedInPage(browser, track, MANAGER);
      await page.goto('/compute');
      await waitVisible(page.getByTestId('compute-page'), 'the compute page');
      await showCluster(page, cluster);
      const toasts = page.locator('.ant-message-notice');
      const rename = async (name: string) => {
        await page.getByTestId('cluster-rename-open').click();
        await page.getByTestId('cluster-rename-name').fill(name);
        await page.getByTestId('cluster-rename-submit').click();
        await waitFor(async () => (await page.getByTestId('compute-page').getAttribute('data-cluster-name')) === name, `the console showing "${name}"`);
      };

      const chinese = `${cluster.name} 甲`;
      await rename(chinese);
      await waitVisible(toasts.filter({ hasText: `集群已改名为 ${chinese}` }), 'the toast in Chinese');
      await page.getByTestId('language-switch').getByText('EN').click();
      // Toasts stay 3 s: gone well before that, it was the switch that closed it.
      await waitFor(async () => (await toasts.count()) === 0, 'the Chinese toast closing on the switch', 1_500);

      const english = `${cluster.name} B`;
      await rename(english);
      const renamed = toasts.filter({ hasText: `Cluster renamed to ${english}` });
      await waitVisible(renamed, 'the toast in English after the switch');
      assert((await toasts.count()) === 1, `one toast, the English one, got ${JSON.stringify(await toasts.allTextContents())}`);

      // Deleting the (empty) cluster leaves nothing behind, and its toast is in English too.
      await page.getByTestId('cluster-delete').click();
      await page.getByTestId('cluster-delete-confirm').click();
      await waitVisible(toasts.filter({ hasText: `Cluster ${english} deleted` }), 'the deletion toast in English');
      assert(!(await toasts.allTextContents()).some((text) => text.includes('集群已')), 'no Chinese toast is left');
    },
  },
]);
await browser.close();
