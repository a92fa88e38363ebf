import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeViolations } from './in-page';
import { watchPage, type PageProblems } from './page-watch';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const AXE_SOURCE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Opens the app in a fresh context with `window.alert` (and friends) hooked
 * before any page script runs, so a hostile article that managed to run code
 * would leave a trace in `window.__alerts`.
 */
export async function openReader(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, ...options });
  const page = await context.newPage();
  await page.addInitScript(
    "window.__alerts = []; for (const name of ['alert', 'confirm', 'prompt']) window[name] = (message) => { window.__alerts.push(name + ':' + String(message)); };",
  );
  const problems = watchPage(page);
  await page.goto(url);
  // The front page and the sidebar's sections come from separate calls: wait for both, as a reader would.
  await page.getByRole('region', { name: 'Front page' }).getByRole('heading', { name: 'World' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^World\b/ })
    .first()
    .waitFor();
  return { page, problems };
}

export async function alertsRaised(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__alerts')) as string[];
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page, readFileSync(AXE_SOURCE, 'utf8'))).toEqual([]);
}

export function expectHealthy(problems: PageProblems): void {
  expect(problems.cspViolations()).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.console).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The unread count a sidebar row shows right now (0 when it shows none). It
 * does not wait: poll it (`expect.poll`) for a count the app has yet to show.
 */
export async function sidebarCount(page: Page, name: string | RegExp): Promise<number> {
  const [text] = await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name })
    .first()
    .locator('.sidebar-item__count')
    .allTextContents();
  return text ? Number(text) : 0;
}
