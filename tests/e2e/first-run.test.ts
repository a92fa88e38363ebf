import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startPreview, type RunningPreview } from './support/preview';
import { watchPage } from './support/page-watch';
import { expectAccessible, expectHealthy, screenshot, SCREENSHOTS } from './support/reader-app';

/**
 * A reader's very first start: an empty library offers the default news
 * sources, and accepting puts them in their sections in the sidebar. The
 * preview runs offline here, so the well-known feeds are never fetched.
 */
const DEFAULT_SECTIONS = ['World', 'Asia', 'Middle East', 'Europe', 'Business', 'Technology', 'Science'];

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  preview = await startPreview();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('first run in Chromium', () => {
  it('offers the default sources and, once accepted, shows their sections', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, colorScheme: 'light' });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(preview.url);
    const offer = page.getByRole('region', { name: 'Start with a selection of news sources?' });
    await offer.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'first-run-offer-light');
    // The reader's own feeds from another app: offered on the empty front page and beside the suggestions.
    await page
      .getByRole('region', { name: 'Front page' })
      .getByRole('button', { name: 'Import subscriptions (OPML)…' })
      .click();
    const importDialog = page.getByRole('dialog', { name: 'Import subscriptions' });
    await importDialog.getByRole('button', { name: 'Import OPML…' }).waitFor();
    await screenshot(page, 'first-run-import-light');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await importDialog.waitFor({ state: 'detached' });
    expect(await offer.getByRole('button', { name: 'Import OPML…' }).isVisible()).toBe(true);
    await offer.getByRole('button', { name: 'Add suggested feeds' }).click();
    await offer.waitFor({ state: 'detached' });

    const nav = page.getByRole('navigation', { name: 'Library' });
    for (const name of DEFAULT_SECTIONS)
      await nav
        .getByRole('button', { name: new RegExp(`^${name}\\b`) })
        .first()
        .waitFor();
    await screenshot(page, 'first-run-defaults-light');
    expectHealthy(problems);

    // A reload does not offer them again: the library is no longer empty.
    await page.reload();
    await nav
      .getByRole('button', { name: /^World\b/ })
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Start with a selection of news sources?' }).count()).toBe(0);
    await context.close();
  });
});
