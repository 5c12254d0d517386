/**
 * A manager moves an application into screening on the pipeline board; the founder then sees the
 * new stage and the manager's reason on the project in the portal. The organisation, founder and
 * application are the scenario's own (support/scenario.ts): the demo data is only read.
 * Runs against BASE_URL (default http://127.0.0.1:3000: the API serving the built web app, with demo data).
 */
import { launchChromium, newContext } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { pipelineCard, signIn, signOut, textOf, waitVisible } from './support/pages.js';
import { createProject, createTenant, MANAGER, stamp } from './support/scenario.js';

await runScenarios([
  {
    name: 'manager moves an application to screening; the founder sees stage and reason',
    run: async (track) => {
      const tenant = await createTenant('筛选');
      const organisation = tenant.organisationName;
      const { name: projectName } = await createProject(tenant, 'APPLIED', `工业质检大模型 ${stamp()}`);
      const browser = await launchChromium();
      try {
        const page = await (await newContext(browser)).newPage();
        track(page);
        const reason = `材料齐全，进入筛选（e2e ${new Date().toISOString()}）`;

        await signIn(page, MANAGER);
        await waitVisible(page.getByTestId('pipeline-board'), 'the pipeline board');

        const applied = pipelineCard(page, 'APPLIED', projectName);
        await waitVisible(applied, `"${projectName}" in the APPLIED column`);
        assert((await textOf(applied)).includes(organisation), `the card shows its organisation "${organisation}"`);
        const cardTestId = await applied.getAttribute('data-testid');
        assert(cardTestId !== null && cardTestId.startsWith('project-card-'), 'the card carries its project id');
        const projectId = cardTestId.slice('project-card-'.length);

        await applied.getByTestId('project-card-move').click();
        await waitVisible(page.getByTestId('transition-modal-body'), 'the transition dialog');
        await page.getByTestId('transition-target-SCREENING').click();
        await page.getByTestId('transition-reason').fill(reason);
        await page.getByTestId('transition-submit').click();

        await waitVisible(pipelineCard(page, 'SCREENING', projectName), `"${projectName}" in the SCREENING column after the move`);
        assert((await pipelineCard(page, 'APPLIED', projectName).count()) === 0, 'the card left the APPLIED column');

        await signOut(page);
        await signIn(page, tenant.founderEmail, tenant.password);
        await page.waitForURL(/\/portal$/);

        const mine = page.getByTestId(`my-project-${projectId}`);
        await waitVisible(mine, `"${projectName}" in the founder's project list`);
        assert((await textOf(mine)).includes('筛选中'), 'the founder list shows stage 筛选中');
        await mine.getByTestId('my-project-link').click();

        await page.waitForURL(new RegExp(`/portal/projects/${projectId}$`));
        const stage = page.getByTestId('project-stage');
        await waitVisible(stage, 'the project stage');
        assert((await stage.getAttribute('data-stage')) === 'SCREENING', 'the project is in SCREENING');
        assert((await textOf(stage)) === '筛选中', `the stage reads 筛选中, got "${await textOf(stage)}"`);

        const reasons = page.getByTestId('history-reason').filter({ hasText: reason });
        await waitVisible(reasons, 'the manager\'s reason in the founder\'s history');
        const history = await textOf(page.getByTestId('project-history'));
        assert(history.includes('筛选中') && history.includes('已申请'), 'the history shows 已申请 → 筛选中');
        // The centre's manager shows to the founder by display name only, without a role (issue 9 §5).
        assert(history.includes('李娜') && !history.includes('李娜 · 孵化经理'), `the move names the manager only, got "${history}"`);
      } finally {
        await browser.close();
      }
    },
  },
]);
