/**
 * Page helpers for the compute-for-equity term-sheet screens, for any browser test that negotiates
 * terms (this one and the lead's that goes on to billing and the cap table). They drive the screens
 * as a person would (zh-CN, the default language) and wait for what the server answered.
 */
import type { Locator, Page } from 'playwright-core';
import { assert } from './harness.js';
import { graphqlRequest } from './graphql.js';
import { ProjectTermSheets } from './operations/equity.operations.js';
import { textOf, waitFor, waitVisible } from './pages.js';

export type ReleaseKind = 'ON_SIGNING' | 'PREVIOUS_DRAWN' | 'STAGE_REACHED' | 'DATE' | 'MILESTONE_ACCEPTED';

/** One tranche as typed: percent, and the field its release kind needs. */
export interface TrancheToType {
  percent: string;
  kind?: ReleaseKind;
  /** PREVIOUS_DRAWN: percent of the previous tranche drawn. */
  threshold?: string;
  /** STAGE_REACHED: a ProjectStage, e.g. INCUBATING. */
  stage?: string;
  /** DATE: YYYY-MM-DD (Shanghai day). */
  date?: string;
  /** MILESTONE_ACCEPTED. */
  milestoneKey?: string;
}

/** Terms as typed into the editor: amounts in yuan, shares whole, parts in percent. Omitted fields are left as they are. */
export interface TermsToType {
  credit?: string;
  preMoney?: string;
  preShares?: string;
  shareClass?: string;
  /** The credit's last day, YYYY-MM-DD. */
  expiresOn?: string;
  tranches?: TrancheToType[];
}

/** The editor's labels for the release kinds (zh-CN), to pick them in the select. */
const KIND_LABELS: Record<ReleaseKind, string> = {
  ON_SIGNING: '签署即释放',
  PREVIOUS_DRAWN: '上一期用到一定比例',
  STAGE_REACHED: '项目进入某阶段',
  DATE: '到达某日期',
  MILESTONE_ACCEPTED: '里程碑通过验收',
};
const STAGE_LABELS: Record<string, string> = { SCREENING: '筛选中', ADAPTATION: '适配中', INCUBATING: '孵化中', GRADUATED: '已毕业' };

/**
 * The centre's shares for these terms, computed here from the formula, independently of the app:
 * shares = ⌊credit × preShares ÷ preMoney⌋ (amounts in fen), and the stake credit ÷ post-money in
 * basis points rounded half up.
 */
export function expectedEquity(terms: { credit: string; preMoney: string; preShares: string }): { shares: bigint; percentBasisPoints: bigint } {
  const fen = (yuan: string) => BigInt(Math.round(Number(yuan.replace(/,/g, '')) * 100));
  const credit = fen(terms.credit);
  const preMoney = fen(terms.preMoney);
  const shares = (credit * BigInt(terms.preShares.replace(/,/g, ''))) / preMoney;
  const post = preMoney + credit;
  const percentBasisPoints = (credit * 10000n * 2n + post) / (post * 2n);
  return { shares, percentBasisPoints };
}

/** "777,777" → 777777n; "10.00%" → 1000n (basis points): numbers as the calculator shows them. */
export const sharesOf = (text: string): bigint => BigInt(text.replace(/[^\d]/g, '') || 'NaN');
export const basisPointsOf = (text: string): bigint => BigInt((/(\d+)\.(\d{2})%/.exec(text) ?? ['', 'NaN', '']).slice(1).join(''));

async function pick(page: Page, select: Locator, label: string): Promise<void> {
  if ((await textOf(select)) === label) return;
  await select.click();
  // Each select has its own dropdown, and a closed one may still be fading out: use the one open now.
  await page.locator('.ant-select-dropdown:visible').last().locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  await waitFor(async () => (await textOf(select)) === label, `the select showing "${label}"`);
}

async function setTranche(page: Page, row: Locator, tranche: TrancheToType): Promise<void> {
  await row.getByTestId('tranche-percent').fill(tranche.percent);
  const kind = tranche.kind ?? 'ON_SIGNING';
  await pick(page, row.getByTestId('tranche-kind'), KIND_LABELS[kind]);
  if (kind === 'PREVIOUS_DRAWN') await row.getByTestId('tranche-threshold').fill(tranche.threshold ?? '80');
  if (kind === 'STAGE_REACHED') await pick(page, row.getByTestId('tranche-stage'), STAGE_LABELS[tranche.stage ?? 'INCUBATING'] ?? tranche.stage!);
  if (kind === 'DATE') await row.getByTestId('tranche-date').fill(tranche.date!);
  if (kind === 'MILESTONE_ACCEPTED') await row.getByTestId('tranche-milestone').fill(tranche.milestoneKey ?? 'model-v1');
}

/** Types the terms into the open editor (proposal or counter-offer), the tranche table resized to fit. */
export async function fillTerms(page: Page, terms: TermsToType): Promise<void> {
  const editor = page.getByTestId('term-sheet-editor');
  await waitVisible(editor, 'the term-sheet editor');
  if (terms.credit !== undefined) await editor.getByTestId('term-credit').fill(terms.credit);
  if (terms.preMoney !== undefined) await editor.getByTestId('term-pre-money').fill(terms.preMoney);
  if (terms.preShares !== undefined) await editor.getByTestId('term-pre-shares').fill(terms.preShares);
  if (terms.shareClass !== undefined) await editor.getByTestId('term-share-class').fill(terms.shareClass);
  if (terms.expiresOn !== undefined) await editor.getByTestId('term-expires-on').fill(terms.expiresOn);
  if (terms.tranches) {
    const rows = editor.getByTestId('tranche-row');
    while ((await rows.count()) > terms.tranches.length) await rows.last().getByTestId('tranche-remove').click();
    while ((await rows.count()) < terms.tranches.length) await editor.getByTestId('tranche-add').click();
    for (const [index, tranche] of terms.tranches.entries()) await setTranche(page, rows.nth(index), tranche);
  }
}

/** What the live calculator shows now: the centre's shares and stake (basis points), and its tranche shares. */
export async function calculatorFigures(page: Page): Promise<{ shares: bigint; percentBasisPoints: bigint; pricePerShare: string; trancheShares: bigint[] }> {
  const calculator = page.getByTestId('live-calculator');
  await waitVisible(calculator.getByTestId('calc-centre-shares'), 'the calculator’s figures');
  return {
    shares: sharesOf(await textOf(calculator.getByTestId('calc-centre-shares'))),
    percentBasisPoints: basisPointsOf(await textOf(calculator.getByTestId('calc-centre-percent'))),
    pricePerShare: await textOf(calculator.getByTestId('calc-price-per-share')),
    trancheShares: (await calculator.getByTestId('tranche-shares').allTextContents()).map(sharesOf),
  };
}

/** Waits until the live calculator shows `shares` for the centre (it recomputes on every keystroke). */
export async function waitForCentreShares(page: Page, shares: bigint): Promise<void> {
  const cell = page.getByTestId('live-calculator').getByTestId('calc-centre-shares');
  await waitFor(async () => (await cell.count()) > 0 && sharesOf(await textOf(cell)) === shares, `the calculator showing ${shares} centre shares`);
}

/** Clicks submit and waits for the mutation's answer; true when the page moved on to the sheet. */
export async function submitTerms(page: Page, operationName: 'ProposeTermSheet' | 'CounterOfferTermSheet'): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(`"operationName":"${operationName}"`));
  await page.getByTestId('term-submit').click();
  await answered;
}

/** The id of the sheet the page shows, once the detail page is there. */
export async function shownSheetId(page: Page): Promise<string> {
  const detail = page.getByTestId('term-sheet-detail');
  await waitVisible(detail, 'the term sheet page');
  return (await detail.getAttribute('data-term-sheet-id'))!;
}

/**
 * A manager proposes terms for a project from its page ("propose terms" on the project's card) and
 * lands on the new sheet; returns its id. Fails naming the refusal if the editor showed one.
 */
export async function proposeTerms(page: Page, projectId: string, terms: TermsToType): Promise<string> {
  await page.goto(`/projects/${projectId}`);
  const propose = page.getByTestId('project-propose-terms');
  await waitVisible(propose, 'the project’s “propose terms” button');
  await propose.click();
  await fillTerms(page, terms);
  await submitTerms(page, 'ProposeTermSheet');
  const refused = page.getByTestId('editor-error');
  await Promise.race([page.getByTestId('term-sheet-detail').waitFor(), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`the proposal was refused: ${await textOf(refused)}`);
  return shownSheetId(page);
}

/** On a sheet's page (console or portal), answers the current version with a counter-offer of these changes. */
export async function counterOffer(page: Page, changes: TermsToType, check?: (page: Page) => Promise<void>): Promise<void> {
  const before = Number(await page.getByTestId('accept-version').getAttribute('data-version-no'));
  await page.getByTestId('counter-offer').click();
  await fillTerms(page, changes);
  if (check) await check(page);
  await submitTerms(page, 'CounterOfferTermSheet');
  await waitVisible(page.getByTestId('term-sheet-detail'), 'the term sheet after the counter-offer');
  await waitFor(async () => Number(await page.getByTestId('accept-version').getAttribute('data-version-no')) === before + 1, `version ${before + 1} becoming current`);
}

/** Accepts (signs) the current version on the sheet's page and waits for the server's answer. */
export async function acceptCurrentVersion(page: Page): Promise<void> {
  const accept = page.getByTestId('accept-version');
  await waitVisible(accept, 'the accept button');
  await accept.click();
  const ok = page.getByTestId('accept-confirm');
  await waitVisible(ok, 'the acceptance’s confirmation');
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"AcceptTermSheetVersion"'));
  await ok.click();
  await answered;
  const error = page.getByTestId('action-error');
  if (await error.isVisible()) throw new Error(`accepting was refused: ${await textOf(error)}`);
}

/** Withdraws the sheet on its page with `reason` and waits until the page shows it WITHDRAWN. */
export async function withdrawSheet(page: Page, reason: string): Promise<void> {
  await page.getByTestId('withdraw').click();
  await page.getByTestId('withdraw-reason').fill(reason);
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"WithdrawTermSheet"'));
  await page.getByTestId('withdraw-ok').click();
  await answered;
  await waitFor(async () => (await page.getByTestId('term-sheet-detail').getAttribute('data-status')) === 'WITHDRAWN', 'the sheet showing WITHDRAWN');
}

/** Chooses the two versions the diff compares ("第 N 版" in both selects); returns the changed fields' paths. */
export async function showDiff(page: Page, from: number, to: number): Promise<string[]> {
  await pick(page, page.getByTestId('diff-from'), `第 ${from} 版`);
  await pick(page, page.getByTestId('diff-to'), `第 ${to} 版`);
  await waitVisible(page.locator(`[data-testid="version-diff-state"][data-from="${from}"][data-to="${to}"][data-ready="true"]`), `the diff of versions ${from} and ${to}`);
  return (await page.getByTestId('version-diff').locator('tr[data-field]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field') ?? ''))).filter(Boolean);
}

/** Where the negotiation stands on the page: SIGNED, WITHDRAWN, OPEN, WAITING_FOR_OTHER or AWAITING_ME. */
export async function negotiationState(page: Page): Promise<string | null> {
  const banner = page.getByTestId('negotiation-state');
  await waitVisible(banner, 'the negotiation banner');
  return banner.getAttribute('data-state');
}

/** Waits until the page's sheet shows `state`, reloading (the other side acts in another browser). */
export async function waitForNegotiationState(page: Page, state: string): Promise<void> {
  await waitFor(
    async () => {
      if ((await negotiationState(page)) === state) return true;
      await page.reload();
      return false;
    },
    `the sheet showing ${state}`,
    15_000,
  );
}

/** The project's term sheets as the API has them (for checks that a refused proposal created nothing). */
export async function termSheetsOf(projectId: string, token: string) {
  return (await graphqlRequest(ProjectTermSheets, { projectId }, token)).termSheets;
}

/** Fails unless the page does not scroll sideways (tables scroll inside their cards). */
export async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `${where}: the page scrolls sideways by ${overflow} px`);
}
