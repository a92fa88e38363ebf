import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { cutInternet } from './support/offline-internet';
import { watchPage } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, screenshot, SCREENSHOTS } from './support/reader-app';
import { LIST_PICTURES, seedListPictures } from './support/seed/seed-list-pictures';

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ prepare: (dataDir) => seedListPictures(dataDir) });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** The row's picture once it has loaded: its address and the size of what the browser decoded. */
async function loadedPicture(row: Locator, selector: string) {
  const img = row.locator(selector);
  await img.waitFor();
  await expect
    .poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth))
    .toBeGreaterThan(0);
  return {
    src: await img.getAttribute('src'),
    width: await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth),
  };
}

/**
 * In a list a row holds its picture; on the front page's broadsheet a story does, and its lead story (the kept
 * picture's) shows the full cached picture rather than the small copy.
 */
async function expectRows(page: Page, where: Locator, on: 'list' | 'front page') {
  const row = (title: string) =>
    on === 'list'
      ? where.locator('.article-row', { hasText: title })
      : where.locator('.front-story', { hasText: title });
  const kept = await loadedPicture(row(LIST_PICTURES.kept.title), on === 'list' ? 'img.article-row__image' : 'img');
  expect(kept.src).toMatch(/^\/images\/[\w-]{64}$/);
  expect(kept.width).toBeGreaterThan(0);
  // The small copy in a list, the 1600-pixel picture as the front page's lead.
  if (on === 'list') expect(kept.width).toBeLessThanOrEqual(400);
  else expect(kept.width).toBe(LIST_PICTURES.photo.width);

  // The article view's placeholder (its wording is checked in the renderer tests).
  const notKept = row(LIST_PICTURES.notKept.title);
  const placeholder = notKept.locator('.image-placeholder');
  await placeholder.waitFor();
  expect((await placeholder.textContent())?.trim()).not.toBe('');
  expect(await notKept.locator('img').count()).toBe(0);

  expect(await row(LIST_PICTURES.bare.title).locator('img, .image-placeholder').count()).toBe(0);
  expect(await page.locator('img[src^="http"]').count()).toBe(0);
}

describe('pictures in lists with the internet down', () => {
  it('come from the offline cache on the front page and in a section, and nothing asks the web', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    try {
      await cutInternet(context, preview.url);
      const page = await context.newPage();
      const problems = watchPage(page);
      const origin = new URL(preview.url).origin;
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) elsewhere.push(url);
      });
      await page.goto(preview.url);
      expect(await page.evaluate('navigator.onLine')).toBe(false);

      const front = page.getByRole('region', { name: 'Front page' });
      await front.getByRole('heading', { name: LIST_PICTURES.section }).waitFor();
      await expectRows(page, front, 'front page');
      await screenshot(page, 'list-pictures-front-page-offline');

      await page.getByRole('button', { name: `See all in ${LIST_PICTURES.section}` }).click();
      const list = page.getByRole('list', { name: `Articles in ${LIST_PICTURES.section}` });
      await list.waitFor();
      await expectRows(page, list, 'list');
      await screenshot(page, 'list-pictures-section-offline-light');
      await expectAccessible(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page, 'list-pictures-section-offline-dark');
      await expectAccessible(page);

      expect(elsewhere).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
