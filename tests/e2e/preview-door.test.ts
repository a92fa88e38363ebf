import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { watchPage } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';

/**
 * The preview's door as a reader meets it in a browser: the printed address lets the browser in and leaves no
 * token behind in the address bar or the page; a browser that never opened it gets a page saying where the way in
 * is, not the app.
 */
let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const token = () => new URL(preview.url).searchParams.get('token')!;

describe('the preview’s door in Chromium', () => {
  it('lets in a browser that opens the printed address, and keeps the token out of sight', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(preview.url);
      await page.getByText('Browser preview').waitFor();
      expect(page.url()).toBe(`http://127.0.0.1:${preview.port}/`);
      expect(await page.content()).not.toContain(token());
      // HttpOnly: the page's scripts (and anything that ran in them) cannot read the cookie.
      expect(await page.evaluate('document.cookie')).toBe('');
      expect(await context.cookies()).toEqual([
        expect.objectContaining({
          name: `broadsheet_preview_${preview.port}`,
          path: '/',
          httpOnly: true,
          sameSite: 'Strict',
          expires: -1,
        }),
      ]);
      await page.reload();
      await page.getByText('Browser preview').waitFor();
      expect(problems.failedRequests).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a browser that did not open it where the way in is, not the app', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`http://127.0.0.1:${preview.port}/`);
      expect(response?.status()).toBe(403);
      await page.getByRole('heading', { name: 'Open the address the preview printed' }).waitFor();
      expect(await page.getByText('npm run preview').isVisible()).toBe(true);
      expect(await page.getByText('Browser preview').count()).toBe(0);
      expect(await context.cookies()).toEqual([]);

      const wrong = await page.goto(`http://127.0.0.1:${preview.port}/?token=${'A'.repeat(token().length)}`);
      expect(wrong?.status()).toBe(403);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
