/**
 * Clusters can be renamed and deleted (issue 10): a manager pastes a 5,000-character name and is
 * told it is too long (nothing cut, nothing created); creates a cluster, renames it, and deletes
 * it after confirming; the demo cluster, which has nodes, cannot be deleted.
 * Runs against BASE_URL with fresh demo data, which it only reads; works on a cluster of its own
 * and leaves no cluster behind.
 */
import { launchChromium } from './support/browser.js';
import { apiSignIn, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { Clusters } from './support/operations/scenario.operations.js';
import { signedInPage, textOf, waitFor, waitVisible } from './support/pages.js';

const MANAGER = 'manager@suanli.dev';

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
]);
await browser.close();
