import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const BASE_URL = (process.env['BASE_URL'] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

/** Debian's Chromium, headless; flags keep it from phoning home or needing a GPU in CI containers. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh context per user: empty localStorage (so zh-CN, the default language) and a UTC
 * browser clock, which proves times are shown in Asia/Shanghai whatever the machine's zone.
 */
export async function newContext(browser: Browser, viewport = { width: 1600, height: 1000 }): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'UTC',
    viewport,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** A phone in portrait: 390 × 844. */
export const PHONE = { width: 390, height: 844 };
