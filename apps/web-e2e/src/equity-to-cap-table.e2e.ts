/**
 * Issue 12's whole flow in the browser: the manager proposes compute-for-equity terms for 蓉城智眼's
 * incubating project, the founder counter-offers on a phone, the manager accepts, the founder signs;
 * the next billing run (last month, still unbilled in a fresh demo) pays the project's compute from the
 * credit line and draws the first tranche in full, so the centre's shares appear on the startup's cap
 * table (for the manager and for the founder) and in the centre's portfolio. It bills the demo's last
 * month, so it runs on a server of its own (fresh demo data), not BASE_URL's.
 */
import { runScenarios, assert } from './support/harness.js';
import { startOwnServer } from './support/own-server.js';

const server = await startOwnServer();
process.env['BASE_URL'] = server.url;
// After BASE_URL: the support modules read it when they load.
const { launchChromium, PHONE } = await import('./support/browser.js');
const { signedInPage, textOf, waitFor, waitVisible } = await import('./support/pages.js');
const { apiSignIn, graphqlRequest } = await import('./support/graphql.js');
const { acceptCurrentVersion, assertNoSidewaysScroll, counterOffer, proposeTerms, sharesOf, waitForNegotiationState } = await import('./support/term-sheets.js');
const { E2eCentreHolding, E2eMyProjects } = await import('./support/operations/equity-flow.operations.js');

const FOUNDER = 'founder@rongcheng-vision.example';
const MANAGER = 'manager@suanli.dev';
const PROJECT = '仓储机器人视觉导航';
/** ¥10,000 of credit at ¥1,000,000 pre-money over 1,000,000 shares: ¥1 a share. A first tranche of 20 %. */
const PROPOSAL = {
  credit: '10000', preMoney: '1000000', preShares: '1000000', shareClass: 'A轮优先股',
  tranches: [{ percent: '20' }, { percent: '80', kind: 'PREVIOUS_DRAWN' as const, threshold: '100' }],
};
/** The founder asks for ¥12,000: 12,000 shares, 2,400 of them (and ¥2,400) in the first tranche. */
const COUNTER_CREDIT = '12000';
const FIRST_TRANCHE_SHARES = 2400n;

const browser = await launchChromium();
try {
  await runScenarios([
    {
      name: 'terms proposed, countered and signed; the billing run draws the first tranche; the centre’s shares are on the cap table and in the portfolio',
      run: async (track) => {
        const founderToken = await apiSignIn(FOUNDER);
        const project = (await graphqlRequest(E2eMyProjects, {}, founderToken)).projects.edges.map((e) => ({ id: e.node.id, name: e.node.name, organisationId: e.node.organisation.id })).find((p) => p.name === PROJECT);
        assert(project, `the demo has ${PROJECT}`);

        const manager = await signedInPage(browser, track, MANAGER);
        await manager.setViewportSize({ width: 1280, height: 900 });
        const sheetId = await proposeTerms(manager, project.id, PROPOSAL);

        const founder = await signedInPage(browser, track, FOUNDER);
        await founder.setViewportSize(PHONE);
        await founder.goto(`/portal/term-sheets/${sheetId}`);
        await waitVisible(founder.getByTestId('term-sheet-detail'), 'the proposal in the portal');
        await counterOffer(founder, { credit: COUNTER_CREDIT });
        await assertNoSidewaysScroll(founder, 'the countered sheet on a phone');

        await manager.goto(`/equity/term-sheets/${sheetId}`);
        await waitVisible(manager.getByTestId('term-sheet-detail'), 'the countered sheet');
        await acceptCurrentVersion(manager);
        await founder.goto(`/portal/term-sheets/${sheetId}`);
        await acceptCurrentVersion(founder);
        await waitForNegotiationState(founder, 'SIGNED');

        // Signed terms opened a credit line: the first tranche is released, nothing drawn yet.
        await manager.goto(`/equity/term-sheets/${sheetId}`);
        const line = manager.getByTestId('term-sheet-credit-line');
        await waitVisible(line, 'the credit line under the signed terms');
        const statuses = async () => line.getByTestId('tranche-table').getByTestId('tranche-status').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
        assert(JSON.stringify(await statuses()) === JSON.stringify(['RELEASED', 'LOCKED']), `after signing: tranche 1 released, 2 locked (${JSON.stringify(await statuses())})`);

        // The manager bills last month, issuing at once; the project's compute draws on the line.
        await manager.goto('/billing/invoices');
        await manager.getByTestId('run-billing').click();
        await manager.getByTestId('run-billing-ok').click();
        await waitVisible(manager.getByTestId('billing-run-result'), 'the finished run');
        await manager.goto(`/equity/term-sheets/${sheetId}`);
        await waitVisible(line, 'the credit line after the run');
        await waitFor(async () => (await statuses())[0] === 'FULLY_DRAWN', 'the first tranche drawn in full');
        assert((await line.locator('[data-testid^="draw-invoice-"]').count()) > 0, 'the draws are listed with their invoice');

        // The centre's shares on the cap table, for the manager and for the founder (phone).
        const holding = (await graphqlRequest(E2eCentreHolding, { organisationId: project.organisationId }, founderToken)).capTable!;
        const centre = holding.stakeholders.find((s) => s.kind === 'CENTRE');
        assert(centre && BigInt(centre.shares) >= FIRST_TRANCHE_SHARES, `the centre holds at least the first tranche's ${FIRST_TRANCHE_SHARES} shares (${centre?.shares})`);
        await manager.goto(`/equity/cap-tables/${project.organisationId}`);
        const centreRow = manager.getByTestId('cap-holders').locator('tr', { hasText: '算力中心' });
        await waitVisible(centreRow, 'the centre on the cap table');
        assert((await textOf(centreRow)).replace(/,/g, '').includes(centre.shares), `the manager's cap table shows the centre's ${centre.shares} shares: "${await textOf(centreRow)}"`);
        await founder.goto('/portal/cap-table');
        const founderRow = founder.getByTestId('cap-holders').locator('tr', { hasText: '算力中心' });
        await waitVisible(founderRow, 'the centre on the founder’s cap table');
        await assertNoSidewaysScroll(founder, 'the founder’s cap table on a phone');

        // And in the centre's portfolio.
        await manager.goto('/equity/portfolio');
        const row = manager.getByTestId('holdings-table').locator('tr', { has: manager.getByTestId(`holding-${project.organisationId}`) });
        await waitVisible(row, 'the startup in the portfolio');
        const shown = await row.getByTestId('holding-shares').getAttribute('data-shares');
        assert(shown === centre.shares, `the portfolio shows the centre's ${centre.shares} shares (${shown})`);
        assert(sharesOf(await textOf(row.getByTestId('holding-shares'))) === BigInt(centre.shares), 'and prints them');
      },
    },
  ]);
} finally {
  await browser.close();
  await server.stop();
}
