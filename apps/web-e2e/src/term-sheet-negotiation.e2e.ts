/**
 * Compute for equity in the browser: a manager proposes terms in the editor (the live calculator
 * shows the centre's shares and stake the formula gives, computed here independently), a bad
 * proposal (tranches adding up to 90 %) is refused with the translated message and creates nothing;
 * the founder, on a phone, counter-offers a lower credit; the manager sees the credit change in the
 * diff of versions 1 and 2 and accepts; the founder accepts and both sides show SIGNED. Another
 * organisation's founder gets a plain "not found". Tenants and project are the scenario's own.
 */
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { createProject, createTenant, MANAGER, managerToken, stamp } from './support/scenario.js';
import {
  acceptCurrentVersion,
  assertNoSidewaysScroll,
  calculatorFigures,
  counterOffer,
  expectedEquity,
  fillTerms,
  negotiationState,
  proposeTerms,
  sharesOf,
  showDiff,
  submitTerms,
  termSheetsOf,
  waitForCentreShares,
  waitForNegotiationState,
  withdrawSheet,
  type TermsToType,
} from './support/term-sheets.js';

/** Numbers that do not divide evenly, so a rounding slip shows: ¥1,500,000 for 9,876,543 shares at ¥12,345,678. */
const PROPOSAL = { credit: '1500000', preMoney: '12345678', preShares: '9876543' };
const COUNTER_CREDIT = '1200000';

await runScenarios([
  {
    name: 'a manager proposes, the founder counters on a phone, both accept the same version and it is SIGNED',
    run: async (track) => {
      const tenant = await createTenant('股权条款');
      const stranger = await createTenant('别家股权');
      const project = await createProject(tenant, 'ADAPTATION', `股权项目 ${stamp()}`);
      const browser = await launchChromium();
      try {
        const manager = await (await newContext(browser, { width: 1280, height: 900 })).newPage();
        track(manager);
        await signIn(manager, MANAGER);

        // A bad proposal first: the tranches add up to 90 %. The calculator says so as it is typed…
        const bad: TermsToType = { ...PROPOSAL, shareClass: 'A轮优先股', tranches: [{ percent: '50' }, { percent: '40', kind: 'PREVIOUS_DRAWN', threshold: '80' }] };
        await manager.goto(`/projects/${project.id}`);
        await manager.getByTestId('project-propose-terms').click();
        await fillTerms(manager, bad);
        const problem = manager.getByTestId('problem-TRANCHES_NOT_100_PERCENT');
        await waitVisible(problem, 'the live “tranches must add up to 100 %” problem');
        assert((await textOf(problem)) === '各期比例之和必须恰好为 100%', `the live problem is translated: "${await textOf(problem)}"`);
        // …and the server refuses it with the translated code, creating nothing and losing nothing.
        await submitTerms(manager, 'ProposeTermSheet');
        const refused = manager.getByTestId('editor-error');
        await waitVisible(refused, 'the refusal');
        assert((await textOf(refused)).includes('各期比例之和必须恰好为 100%'), `the refusal is translated: "${await textOf(refused)}"`);
        assert((await termSheetsOf(project.id, await managerToken())).length === 0, 'a refused proposal creates no term sheet');
        assert((await manager.getByTestId('term-credit').inputValue()) === PROPOSAL.credit, 'the form keeps what was typed');
        assert((await manager.getByTestId('tranche-row').count()) === 2, 'the form keeps both tranches');

        // Fixed to 50 % + 50 %: the calculator shows what the formula gives.
        await fillTerms(manager, { tranches: [{ percent: '50' }, { percent: '50', kind: 'PREVIOUS_DRAWN', threshold: '80' }] });
        const expected = expectedEquity(PROPOSAL);
        await waitForCentreShares(manager, expected.shares);
        const figures = await calculatorFigures(manager);
        assert(figures.percentBasisPoints === expected.percentBasisPoints, `the centre's stake is ${expected.percentBasisPoints} bp (shown ${figures.percentBasisPoints})`);
        assert(figures.trancheShares.length === 2 && figures.trancheShares[0]! + figures.trancheShares[1]! === expected.shares, `the tranches' shares add up to ${expected.shares}: ${figures.trancheShares.join(' + ')}`);
        assert(await manager.getByTestId('problem-TRANCHES_NOT_100_PERCENT').count() === 0, 'the problem is gone once the tranches add up');
        await submitTerms(manager, 'ProposeTermSheet');
        await waitVisible(manager.getByTestId('term-sheet-detail'), 'the new term sheet');
        const sheetId = (await manager.getByTestId('term-sheet-detail').getAttribute('data-term-sheet-id'))!;
        assert((await negotiationState(manager)) === 'OPEN', 'a new sheet is open');
        assert(sharesOf(await textOf(manager.getByTestId('fact-centre-shares'))) === expected.shares, 'the server derived the same shares as the calculator');

        // Another organisation's founder cannot open it.
        const outsider = await (await newContext(browser, PHONE)).newPage();
        track(outsider);
        await signIn(outsider, stranger.founderEmail, stranger.password);
        await outsider.goto(`/portal/term-sheets/${sheetId}`);
        await waitVisible(outsider.getByTestId('term-sheet-not-found'), 'the not-found page for another organisation’s sheet');
        await outsider.close();

        // The founder, on a phone, finds it in the portal and counter-offers a lower credit.
        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.goto('/portal/term-sheets');
        const link = founder.locator(`[data-testid="term-sheet-link"][data-project-id="${project.id}"]`);
        await waitVisible(link, 'the sheet in the founder’s list');
        await assertNoSidewaysScroll(founder, 'the founder’s term-sheet list at 390 px');
        await link.click();
        await waitVisible(founder.getByTestId('term-sheet-detail'), 'the founder’s review page');
        assert((await negotiationState(founder)) === 'OPEN', 'the founder sees the sheet open');
        await assertNoSidewaysScroll(founder, 'the founder’s review page at 390 px');
        const countered = expectedEquity({ ...PROPOSAL, credit: COUNTER_CREDIT });
        await counterOffer(founder, { credit: COUNTER_CREDIT }, async (page) => {
          await waitForCentreShares(page, countered.shares);
          await assertNoSidewaysScroll(page, 'the counter-offer editor at 390 px');
        });

        // The manager sees what changed between version 1 and 2 (chosen in the diff), and accepts version 2.
        await manager.reload();
        assert((await showDiff(manager, 2, 2)).length === 0, 'a version compared with itself shows no change');
        const changed = await showDiff(manager, 1, 2);
        assert(changed.join() === 'creditFen', `only the credit changed from version 1 to 2: ${changed.join()}`);
        const creditChange = manager.getByTestId('version-diff').locator('[data-field="creditFen"]');
        await waitVisible(creditChange, 'the credit change in the diff of versions 1 and 2');
        assert((await textOf(creditChange.getByTestId('diff-before'))).includes('1,500,000.00'), `the diff shows the credit before: ${await textOf(creditChange)}`);
        assert((await textOf(creditChange.getByTestId('diff-after'))).includes('1,200,000.00'), `the diff shows the credit after: ${await textOf(creditChange)}`);
        await acceptCurrentVersion(manager);
        await waitFor(async () => (await negotiationState(manager)) === 'WAITING_FOR_OTHER', 'the manager’s page waiting for the founder');
        assert((await textOf(manager.getByTestId('negotiation-state'))).includes('等待创始人签署'), 'it says the centre waits for the founder');

        // The founder accepts the same version: signed, on both sides.
        await waitForNegotiationState(founder, 'AWAITING_ME');
        await acceptCurrentVersion(founder);
        await waitFor(async () => (await founder.getByTestId('term-sheet-detail').getAttribute('data-status')) === 'SIGNED', 'the founder’s page showing SIGNED');
        assert((await textOf(founder.getByTestId('term-sheet-status'))) === '已签署', 'the founder sees the signed tag');
        await waitForNegotiationState(manager, 'SIGNED');
        assert((await textOf(manager.getByTestId('term-sheet-status'))) === '已签署', 'the manager sees the signed tag');
        const [sheet] = await termSheetsOf(project.id, await managerToken());
        assert(sheet?.status === 'SIGNED' && sheet.signedVersionNo === 2, `the API has version 2 signed: ${JSON.stringify(sheet)}`);
        assert(sheet.currentVersion.derived.centreShares === countered.shares.toString(), 'the signed shares are the formula’s');
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'a second open sheet for a project is refused; the founder withdraws the open one with a reason, both sides show it withdrawn and it takes no counter-offer',
    run: async (track) => {
      const tenant = await createTenant('撤回条款');
      const project = await createProject(tenant, 'ADAPTATION', `撤回项目 ${stamp()}`);
      const browser = await launchChromium();
      try {
        const manager = await (await newContext(browser, { width: 1280, height: 900 })).newPage();
        track(manager);
        await signIn(manager, MANAGER);
        const terms: TermsToType = { ...PROPOSAL, shareClass: '普通股', tranches: [{ percent: '100', kind: 'STAGE_REACHED', stage: 'INCUBATING' }] };
        const sheetId = await proposeTerms(manager, project.id, terms);

        // One open sheet per project: the project page links to it instead of offering a second, and the server refuses one.
        await manager.goto(`/projects/${project.id}`);
        await waitVisible(manager.getByTestId('project-term-sheet-link'), 'the link to the open sheet on the project page');
        assert((await manager.getByTestId('project-propose-terms').count()) === 0, 'no “propose terms” while a sheet is open');
        await manager.goto(`/equity/term-sheets/new?projectId=${project.id}`);
        await fillTerms(manager, terms);
        await submitTerms(manager, 'ProposeTermSheet');
        await waitVisible(manager.getByTestId('editor-error'), 'the refusal of a second open sheet');
        assert((await textOf(manager.getByTestId('editor-error'))).includes('这个项目已有谈判中的条款书'), `the refusal names the open sheet: ${await textOf(manager.getByTestId('editor-error'))}`);
        assert((await termSheetsOf(project.id, await managerToken())).length === 1, 'the refused proposal created no second sheet');

        const founder = await (await newContext(browser, PHONE)).newPage();
        track(founder);
        await signIn(founder, tenant.founderEmail, tenant.password);
        await founder.goto(`/portal/term-sheets/${sheetId}`);
        await withdrawSheet(founder, '估值与预期不符');
        assert((await textOf(founder.getByTestId('negotiation-state'))).includes('估值与预期不符'), 'the founder sees the reason');
        await assertNoSidewaysScroll(founder, 'the withdrawn sheet at 390 px');

        await manager.goto(`/equity/term-sheets/${sheetId}`);
        await waitForNegotiationState(manager, 'WITHDRAWN');
        assert((await textOf(manager.getByTestId('negotiation-state'))).includes('创始人已撤回'), 'the manager sees the founder withdrew');
        assert((await manager.getByTestId('accept-version').count()) === 0, 'a withdrawn sheet offers no acceptance');
        await manager.goto(`/equity/term-sheets/${sheetId}/counter`);
        await waitVisible(manager.getByTestId('term-sheet-closed'), 'the counter-offer page saying the sheet is closed');
        const [sheet] = await termSheetsOf(project.id, await managerToken());
        assert(sheet?.status === 'WITHDRAWN', `the API has the sheet withdrawn: ${JSON.stringify(sheet)}`);
      } finally {
        await browser.close();
      }
    },
  },
]);
