import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { cutInternet } from './support/offline-internet';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, screenshot, SCREENSHOTS } from './support/reader-app';
import { watchPage } from './support/page-watch';
import { CACHED_IMAGES, seedCachedImages } from './support/seed/seed-cached-images';

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ prepare: (dataDir) => seedCachedImages(dataDir) });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('article pictures with the internet down', () => {
  it('come from the offline cache, and one never cached shows a placeholder', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    try {
      await cutInternet(context, preview.url);
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(preview.url);
      expect(await page.evaluate('navigator.onLine')).toBe(false);

      await page.locator('[data-article-id]', { hasText: CACHED_IMAGES.title }).first().click();
      const pane = page.getByRole('main', { name: 'Reading pane' });
      await pane.getByRole('heading', { level: 1, name: CACHED_IMAGES.title }).waitFor();

      const cached = pane.getByRole('img', { name: CACHED_IMAGES.cached.alt, exact: true });
      await cached.waitFor();
      expect(await cached.getAttribute('src')).toMatch(/^\/images\/[\w-]+$/);
      await expect
        .poll(() => cached.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBe(480);

      const placeholder = pane.getByRole('img', {
        name: `${CACHED_IMAGES.missing.alt}. This picture wasn’t saved for offline reading`,
      });
      expect(await placeholder.isVisible()).toBe(true);
      expect(await placeholder.textContent()).toContain('This picture wasn’t saved for offline reading');
      expect(await pane.locator('img').count()).toBe(1);

      await pane.getByRole('figure').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'article-offline-images-light');
      await expectAccessible(page);
      // Nothing tried the web: the missing picture was never requested, so nothing failed or broke.
      expect(problems.failedRequests).toEqual([]);
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
