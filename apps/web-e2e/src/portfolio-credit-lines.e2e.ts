/**
 * The credit-line and portfolio screens, at 1280 px and on a phone: two startups sign terms (over
 * the API: the term-sheet screens are not what is tested); a founder sees their line with its
 * tranches and a clean not-found page for the other's; the manager finds both in the portfolio,
 * opens one's drill-down (its lines, usage and the cap-table link) and its credit-line page.
 */
import type { Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { expectNoUserErrors, graphqlRequest } from './support/graphql.js';
import { assert, runScenarios } from './support/harness.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { AcceptTerms, ProposeTerms } from './support/operations/portfolio.operations.js';
import { createProject, createTenant, MANAGER, managerToken, type Tenant } from './support/scenario.js';

const DESKTOP = { width: 1280, height: 900 };

/** ¥10,000 at ¥1,000,000 over 10,000,000 shares; half released on signing, half once that is drawn. */
async function signLine(tenant: Tenant): Promise<string> {
  const project = await createProject(tenant, 'ADAPTATION');
  const manager = await managerToken();
  const terms = {
    creditFen: '1000000',
    preMoneyValuationFen: '100000000',
    preMoneyFullyDilutedShares: '10000000',
    shareClass: 'A轮优先股',
    creditExpiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    buyBack: { months: 24, premiumBasisPoints: 800 },
    tranches: [
      { percentBasisPoints: 5000, release: { kind: 'ON_SIGNING' as const } },
      { percentBasisPoints: 5000, release: { kind: 'PREVIOUS_DRAWN' as const, thresholdBasisPoints: 10000 } },
    ],
  };
  const proposed = (await graphqlRequest(ProposeTerms, { input: { projectId: project.id, terms } }, manager)).proposeTermSheet;
  expectNoUserErrors('proposeTermSheet', proposed);
  const termSheetId = proposed.termSheet!.id;
  expectNoUserErrors('accept (centre)', (await graphqlRequest(AcceptTerms, { input: { termSheetId, versionNo: 1 } }, manager)).acceptTermSheetVersion);
  const signed = (await graphqlRequest(AcceptTerms, { input: { termSheetId, versionNo: 1 } }, tenant.founderToken)).acceptTermSheetVersion;
  expectNoUserErrors('accept (founder)', signed);
  return signed.termSheet!.creditLine!.id;
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

await runScenarios([
  {
    name: 'a founder reads their own credit line and not another’s; the manager drills into the portfolio, at 1280 px and 390 px',
    run: async (track) => {
      const mine = await createTenant('额度甲');
      const theirs = await createTenant('额度乙');
      const myLine = await signLine(mine);
      const theirLine = await signLine(theirs);
      const browser = await launchChromium();
      try {
        for (const viewport of [DESKTOP, PHONE]) {
          const founder = await (await newContext(browser, viewport)).newPage();
          track(founder);
          await signIn(founder, mine.founderEmail, mine.password);
          await founder.goto('/portal/credit-lines');
          await waitVisible(founder.getByTestId(`credit-line-link-${myLine}`), 'the founder’s line in their list');
          assert((await founder.getByTestId(`credit-line-link-${theirLine}`).count()) === 0, 'the other startup’s line is not listed');
          await founder.getByTestId(`credit-line-link-${myLine}`).click();
          await waitVisible(founder.getByTestId('tranche-table'), 'the tranche table');
          assert((await textOf(founder.getByTestId('credit-line-credit'))).includes('10,000.00'), 'the credit is ¥10,000.00');
          assert((await textOf(founder.getByTestId('credit-line-drawable'))).includes('10,000.00'), 'all of it is drawable (the second tranche releases on the way)');
          const statuses = await founder.getByTestId('tranche-table').locator('[data-status]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
          assert(JSON.stringify(statuses) === JSON.stringify(['RELEASED', 'LOCKED']), `tranche statuses RELEASED, LOCKED; got ${JSON.stringify(statuses)}`);
          assert(await noSideScroll(founder), `the line page does not scroll sideways at ${viewport.width} px`);

          await founder.goto(`/portal/credit-lines/${theirLine}`);
          await waitVisible(founder.getByTestId('credit-line-not-found'), 'a not-found page for another startup’s line');
          assert(!(await textOf(founder.locator('body'))).includes(theirs.organisationName), 'the other startup is not named');

          const manager = await (await newContext(browser, viewport)).newPage();
          track(manager);
          await signIn(manager, MANAGER);
          await manager.goto('/equity/portfolio');
          const holding = manager.getByTestId(`holding-${mine.organisationId}`);
          await waitVisible(holding, 'the startup in the holdings table');
          assert(await noSideScroll(manager), `the portfolio does not scroll sideways at ${viewport.width} px`);
          await holding.click();
          const drawer = manager.getByTestId('holding-drawer');
          await waitVisible(drawer, 'the drill-down');
          await waitVisible(drawer.getByTestId(`credit-line-link-${myLine}`), 'its credit line in the drill-down');
          await waitVisible(drawer.getByTestId('usage-chart'), 'its usage chart');
          const capTable = await drawer.getByTestId('holding-cap-table-link').getAttribute('href');
          assert(capTable === `/equity/cap-tables/${mine.organisationId}`, `the cap-table link, got ${capTable}`);
          await drawer.getByTestId(`credit-line-link-${myLine}`).click();
          await waitFor(async () => manager.url().endsWith(`/equity/credit-lines/${myLine}`), 'the staff credit-line page');
          await waitVisible(manager.getByTestId('credit-line-view'), 'the line view');
        }
      } finally {
        await browser.close();
      }
    },
  },
]);
