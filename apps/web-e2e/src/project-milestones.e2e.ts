/**
 * Milestones on a phone (390 px): a manager sets a milestone already past due (flagged overdue),
 * the founder submits evidence in the portal, the manager returns it with a note, the founder
 * resubmits, the manager accepts; every step shows in the project's history. The organisation,
 * founder and project are the scenario's own (support/scenario.ts).
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createProject, createTenant, MANAGER, stamp } from './support/scenario.js';

const statusOf = (page: Page, key: string) => page.getByTestId(`milestone-${key}`).getAttribute('data-status');

await runScenarios([
  {
    name: 'a milestone goes planned → submitted → returned → resubmitted → accepted, in the history, on a phone',
    run: async (track) => {
      const tenant = await createTenant('里程碑');
      const project = await createProject(tenant, 'ADAPTATION', `里程碑项目 ${stamp()}`);
      const browser = await launchChromium();
      try {
        const manager = await (await newContext(browser, PHONE)).newPage();
        track(manager);
        await signIn(manager, MANAGER);
        await manager.goto(`/projects/${project.id}`);
        await waitVisible(manager.getByTestId('milestones-card'), 'the milestones card');

        await manager.getByTestId('milestone-add').click();
        await manager.locator('.ant-modal input#title').fill('Model adapted');
        await waitFor(async () => (await manager.locator('.ant-modal input#key').inputValue()) === 'model-adapted', 'the key suggested from the title');
        await manager.locator('.ant-modal .ant-picker input').click();
        await manager.locator('.ant-modal .ant-picker input').fill('2026-01-15');
        await manager.keyboard.press('Enter');
        await manager.locator('.ant-modal textarea#evidenceRequested').fill('昇腾上的精度对比报告');
        await manager.getByTestId('milestone-add-submit').click();
        const item = manager.getByTestId('milestone-model-adapted');
        await waitVisible(item, 'the new milestone');
        assert((await item.getAttribute('data-overdue')) === 'true', 'a milestone past its due date is flagged overdue');
        assert((await textOf(manager.getByTestId('milestones-overdue-count'))).includes('1'), 'the card counts one overdue');
        assert(await manager.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page does not scroll sideways at 390 px');

        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        const submit = async (evidence: string) => {
          await founder.goto(`/portal/projects/${project.id}`);
          await founder.getByTestId('milestone-model-adapted').getByTestId('milestone-submit').click();
          await founder.locator('.ant-modal textarea#evidence').fill(evidence);
          await founder.locator('.ant-modal input#evidenceUrl').fill('https://example.com/report.pdf');
          await founder.getByTestId('milestone-submit-confirm').click();
          await waitFor(async () => (await statusOf(founder, 'model-adapted')) === 'SUBMITTED', 'the evidence submitted');
        };
        await submit('模型已在昇腾上运行');

        const decide = async (button: 'milestone-return' | 'milestone-accept', status: string, note?: string) => {
          await manager.reload();
          await manager.getByTestId('milestone-model-adapted').getByTestId('milestone-decide').click();
          if (note) await manager.locator('.ant-modal textarea#note').fill(note);
          await manager.getByTestId(button).click();
          await waitFor(async () => (await statusOf(manager, 'model-adapted')) === status, `the milestone ${status}`);
        };
        await decide('milestone-return', 'RETURNED', '缺少精度对比');
        await submit('补充了精度对比');
        await decide('milestone-accept', 'ACCEPTED');
        assert((await manager.getByTestId('milestone-model-adapted').getAttribute('data-overdue')) === 'false', 'an accepted milestone is not overdue');

        await founder.reload();
        const steps = founder.getByTestId('history-milestone-step');
        await waitFor(async () => (await steps.count()) === 5, 'five milestone steps in the history');
        const kinds = await steps.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
        assert(JSON.stringify(kinds) === JSON.stringify(['ACCEPTED', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'CREATED']), `the steps newest first, got ${JSON.stringify(kinds)}`);
        assert((await textOf(founder.getByTestId('project-history'))).includes('缺少精度对比'), 'the return note is in the history');
      } finally {
        await browser.close();
      }
    },
  },
]);
