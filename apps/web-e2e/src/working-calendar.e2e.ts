/**
 * The working calendar at 1280 px and on a phone (390 px): an admin reads 2026 as chinese-days has
 * it (国庆节 with its make-up Saturday), is refused a make-up workday on a weekday, adds one on a
 * Saturday of 2028 (a year no package covers), sees the working-day count rise, and removes it
 * again; a manager reads the page without the controls. The header fits at 1280 px.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, PHONE } from './support/browser.js';
import { assert, runScenarios } from './support/harness.js';
import { confirmPopconfirm, signIn, textOf, waitFor, waitVisible } from './support/pages.js';
import { MANAGER } from './support/scenario.js';

const ADMIN = 'admin@suanli.dev';
/** A new page signed in as `email` on the calendar page, its table shown. */
async function calendarPage(browser: Browser, track: (page: Page) => void, viewport: { width: number; height: number }, email: string): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  track(page);
  await signIn(page, email);
  await page.goto('/settings/calendar');
  await waitVisible(page.getByTestId('calendar-days'), 'the days table');
  return page;
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function pickYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('calendar-year').click();
  await page.locator('.ant-select-dropdown').getByTitle(new RegExp(String(year))).first().click();
}

async function addDay(page: Page, day: string, kind: 'HOLIDAY' | 'MAKE_UP_WORKDAY', name: string): Promise<void> {
  await page.getByTestId('add-calendar-day').click();
  const picker = page.locator('.ant-modal .ant-picker input');
  await picker.click();
  await picker.fill(day);
  await page.keyboard.press('Enter');
  if (kind === 'MAKE_UP_WORKDAY') await page.locator('.ant-modal .ant-radio-button-wrapper').nth(1).click();
  await page.getByTestId('calendar-day-name').fill(name);
  await page.locator('.ant-modal .ant-btn-primary').click();
}

await runScenarios([
  {
    name: 'an admin reads 2026, adds and removes a make-up Saturday in 2028; bad input is refused; no sideways scroll',
    run: async (track) => {
      const browser = await launchChromium();
      try {
        for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
          const page = await calendarPage(browser, track, viewport, ADMIN);
          await pickYear(page, 2026);
          await waitVisible(page.getByTestId('calendar-day-2026-10-10'), 'the 国庆节 make-up Saturday of 2026');
          assert((await textOf(page.getByTestId('working-day-count'))).includes('248'), '2026 has 248 working days');
          assert((await page.getByTestId('holiday-period').allTextContents()).some((text) => text.includes('国庆节')), 'the 国庆节 period is listed');
          assert(await noSideScroll(page), `no sideways scroll at ${viewport.width} px`);
          if (viewport.width === 1280) {
            // Every header entry fits: antd's “…” overflow item stays invisible (opacity 0) unless entries fold into it.
            await waitVisible(page.getByTestId('nav-group-settings'), 'the settings submenu in the header');
            const folded = await page.evaluate(
              () =>
                Array.from(document.querySelectorAll('.ant-menu-overflow-item-rest')).filter((el) => {
                  const style = getComputedStyle(el);
                  return style.display !== 'none' && style.opacity !== '0' && (el as HTMLElement).offsetWidth > 0;
                }).length,
            );
            assert(folded === 0, 'no header entry is folded into “…” at 1280 px');
          }
        }

        const page = await calendarPage(browser, track, PHONE, ADMIN);
        await pickYear(page, 2028);
        await waitVisible(page.getByTestId('calendar-no-days'), 'the notice that 2028 has no package data');
        const before = Number((await textOf(page.getByTestId('working-day-count'))).replace(/\D/g, ''));

        // 2028-03-08 is a Wednesday: a make-up workday there is refused under the kind.
        await addDay(page, '2028-03-08', 'MAKE_UP_WORKDAY', '测试调休');
        await waitVisible(page.locator('.ant-modal .ant-form-item-explain-error'), 'the error under the field');
        assert((await textOf(page.locator('.ant-modal .ant-form-item-explain-error').first())).includes('周六或周日'), 'the error says it must be a weekend day');
        await page.locator('.ant-modal .ant-modal-close').click();

        await addDay(page, '2028-03-11', 'MAKE_UP_WORKDAY', '测试调休');
        await waitVisible(page.getByTestId('calendar-day-2028-03-11'), 'the new make-up Saturday');
        await waitFor(async () => Number((await textOf(page.getByTestId('working-day-count'))).replace(/\D/g, '')) === before + 1, 'one more working day');
        assert(await noSideScroll(page), 'no sideways scroll at 390 px with the table filled');

        await page.getByTestId('remove-calendar-day-2028-03-11').click();
        await confirmPopconfirm(page, page.locator('.ant-popconfirm .ant-btn-primary'), 'RemoveCalendarDay');
        await waitFor(async () => (await page.getByTestId('calendar-day-2028-03-11').count()) === 0, 'the day removed');
        assert(Number((await textOf(page.getByTestId('working-day-count'))).replace(/\D/g, '')) === before, 'the count is back');

        const manager = await calendarPage(browser, track, PHONE, MANAGER);
        assert((await manager.getByTestId('add-calendar-day').count()) === 0, 'a manager has no add button');
        assert((await manager.getByTestId('business-hours-form').count()) === 0, 'a manager cannot edit the hours');
      } finally {
        await browser.close();
      }
    },
  },
]);
