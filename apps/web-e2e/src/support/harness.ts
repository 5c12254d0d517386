import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');

export interface Scenario {
  name: string;
  run: (track: (page: Page) => void) => Promise<void>;
}

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'scenario';
}

/**
 * Runs scenarios one after another, prints one line per scenario and a summary
 * (`1 passed, 0 failed`), screenshots every tracked page of a failed scenario, and sets the exit code.
 */
export async function runScenarios(scenarios: readonly Scenario[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const scenario of scenarios) {
    const pages: Page[] = [];
    const started = Date.now();
    try {
      await scenario.run((page) => pages.push(page));
      passed += 1;
      console.log(`✓ ${scenario.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.error(`✗ ${scenario.name} (${Date.now() - started} ms)`);
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      mkdirSync(RESULTS_DIR, { recursive: true });
      for (const [index, page] of pages.entries()) {
        if (page.isClosed()) continue;
        const file = join(RESULTS_DIR, `${slug(scenario.name)}-${index + 1}.png`);
        try {
          await page.screenshot({ path: file, fullPage: true });
          console.error(`  screenshot: ${file} (at ${page.url()})`);
        } catch (screenshotError) {
          console.error(`  could not save a screenshot: ${String(screenshotError)}`);
        }
      }
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
