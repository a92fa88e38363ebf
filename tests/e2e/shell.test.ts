import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import {
  bodyBackground,
  luminance,
  focusedOutlineStyle,
  seriousAxeViolations,
  showTheme,
  waitForTheme,
} from './support/in-page';
import { watchPage, type PageProblems } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const AXE_SOURCE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let browser: Browser;
let preview: RunningPreview;
const pages: Page[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Chromium first: without it the failure message says how to install one.
  browser = await launchChromium();
  preview = await startPreview();
});

afterEach(async () => {
  while (pages.length > 0) await pages.pop()?.close();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function openApp(options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  pages.push(page);
  const problems = watchPage(page);
  await page.goto(preview.url);
  // The version arrives through app.getInfo, so it proves the API round trip too.
  await page.getByText(VERSION, { exact: true }).waitFor();
  await page.getByText('No sections yet').waitFor();
  return { page, problems };
}

function expectHealthy(problems: PageProblems): void {
  expect(problems.cspViolations()).toEqual([]);
  expect(problems.console).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
}

describe('the app in Chromium through the preview', () => {
  it('opens the three panes with their empty states and the version from app.getInfo', async () => {
    const { page, problems } = await openApp({ colorScheme: 'light' });
    expect(await page.title()).toBe('Broadsheet');

    const nav = page.getByRole('navigation', { name: 'Library' });
    for (const name of ['Front page', 'All unread', 'Today', 'Bookmarks']) {
      expect(await nav.getByRole('button', { name }).isVisible()).toBe(true);
    }
    expect(await nav.getByRole('heading', { name: 'Sections' }).isVisible()).toBe(true);
    await page.getByRole('region', { name: 'Front page' }).getByText('Nothing on the front page yet').waitFor();
    // The front page's broadsheet stands alone; a list has the reading pane beside it.
    expect(await page.getByRole('main', { name: 'Reading pane' }).count()).toBe(0);
    await nav.getByRole('button', { name: 'All unread' }).click();
    expect(
      await page.getByRole('main', { name: 'Reading pane' }).getByText('Select an article to read').isVisible(),
    ).toBe(true);
    expect(await page.getByText('Browser preview').isVisible()).toBe(true);

    await page.screenshot({ path: join(SCREENSHOTS, 'shell-light.png') });
    expectHealthy(problems);
  });

  it('follows a dark system theme', async () => {
    const { page, problems } = await openApp({ colorScheme: 'dark' });
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.2);
    await page.screenshot({ path: join(SCREENSHOTS, 'shell-dark.png') });
    expectHealthy(problems);
  });

  it('can be driven from the keyboard, with a visible focus ring', async () => {
    const { page, problems } = await openApp({ colorScheme: 'light' });
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Search articles');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Front page');
    expect(await focusedOutlineStyle(page)).toBe('solid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'All unread' }).getByText('You’re all caught up').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'shell-keyboard.png') });
    expectHealthy(problems);
  });

  it.each(['light', 'dark', 'sepia'])(
    'has no serious accessibility violations in the %s theme (axe-core)',
    async (theme) => {
      const { page, problems } = await openApp();
      await showTheme(page, theme);
      const violations = await seriousAxeViolations(page, readFileSync(AXE_SOURCE, 'utf8'));
      expect(violations).toEqual([]);
      expectHealthy(problems);
    },
  );

  // Last: it changes the stored theme for this preview's data folder.
  it('saves a theme chosen in the UI through settings.update and keeps it after a reload', async () => {
    const { page, problems } = await openApp({ colorScheme: 'light' });
    // The theme paints before the save answers; reloading earlier would abort the save.
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/call/settings.update'));
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('sepia');
    await waitForTheme(page, 'sepia');
    expect((await saved).ok()).toBe(true);
    await page.reload();
    await page.getByText(VERSION, { exact: true }).waitFor();
    await waitForTheme(page, 'sepia');
    await page.screenshot({ path: join(SCREENSHOTS, 'shell-sepia.png') });
    expectHealthy(problems);
  });
});
