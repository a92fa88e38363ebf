import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { showTheme } from './support/in-page';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, expectHealthy, screenshot, SCREENSHOTS } from './support/reader-app';
import { watchPage } from './support/page-watch';
import { mkdirSync } from 'node:fs';

/**
 * Subscribing in the browser preview against a local site: the add-feed
 * dialog finds the site's feed, puts it in a new section, the refresh shows
 * its progress and the articles arrive; then the network goes away and the
 * app says so calmly. The preview runs online here (sync may fetch), unlike
 * the seeded tests whose feeds live at made-up addresses.
 */
const STORIES = [
  'Harbour opens new ferry line',
  'Lighthouse keeper retires after forty years',
  'Fish market moves to the old docks',
];

interface FeedSite {
  url: string;
  /** While closed, feed requests wait (so the refresh's progress can be seen); opening answers them. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

function rss(base: string): string {
  const items = STORIES.map(
    (title, i) =>
      `<item><title>${title}</title><link>${base}story/${i}</link><guid>${base}story/${i}</guid>` +
      `<pubDate>${new Date(Date.now() - i * 3_600_000).toUTCString()}</pubDate><description>${title}. A story from the harbour.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}</link><description>Local news</description>${items.join('')}</channel></rss>`;
}

async function startFeedSite(): Promise<FeedSite> {
  let held = false;
  const waiting: (() => void)[] = [];
  const server: Server = createServer((request, response: ServerResponse) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html><head><title>Harbour Gazette</title><link rel="alternate" type="application/rss+xml" title="Harbour Gazette" href="/feed.xml"></head><body><h1>Harbour Gazette</h1></body></html>`,
      );
      return;
    }
    if (request.url === '/feed.xml') {
      const answer = () => {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
        response.end(rss(base));
      };
      if (held) waiting.push(answer);
      else answer();
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hold: () => void (held = true),
    release: () => {
      held = false;
      for (const answer of waiting.splice(0)) answer();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let browser: Browser;
let preview: RunningPreview;
let site: FeedSite;
let siteClosed = false;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await startFeedSite();
  browser = await launchChromium();
  preview = await startPreview({ online: true });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  if (!siteClosed) await site?.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

describe('subscribing in Chromium', () => {
  it('adds a feed under a new section, shows the refresh, then goes offline calmly', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, colorScheme: 'light' });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(preview.url);

    // First run: the defaults are offered; this reader declines them.
    const offer = page.getByRole('region', { name: 'Start with a selection of news sources?' });
    await offer.waitFor();
    await screenshot(page, 'first-run-offer-light');
    await offer.getByRole('button', { name: 'No thanks' }).click();
    await offer.waitFor({ state: 'detached' });

    // The add-feed dialog: the site's address → its feed, with its title.
    await nav(page).getByRole('button', { name: 'Add feed', exact: true }).click();
    const add = dialog(page, 'Add a feed');
    await add.getByRole('textbox', { name: 'Site or feed address' }).fill(site.url);
    await add.getByRole('button', { name: 'Find feeds' }).click();
    await add
      .getByRole('group', { name: 'Feed found' })
      .getByRole('checkbox', { name: /Harbour Gazette/ })
      .waitFor();
    await add.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'New section…' });
    await add.getByRole('textbox', { name: 'New section name' }).fill('Harbour');
    await screenshot(page, 'add-feed-dialog-light');
    await expectAccessible(page);

    // The refresh waits on the feed server, so its progress stays on screen until released.
    site.hold();
    await add.getByRole('button', { name: 'Subscribe' }).click();
    await add.waitFor({ state: 'detached' });
    const progress = page
      .getByRole('region', { name: 'Refresh' })
      .getByRole('progressbar', { name: 'Refresh progress' });
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuetext')).toMatch(/^0 of 1 feeds/);
    await screenshot(page, 'subscribe-progress-light');
    site.release();

    // The new section is selected and its articles arrive.
    const list = page.getByRole('region', { name: 'Harbour' });
    for (const title of STORIES) await list.getByText(title, { exact: true }).waitFor();
    await progress.waitFor({ state: 'detached' });
    await nav(page)
      .getByRole('button', { name: /^Harbour/ })
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Refresh' }).getByText('Updated just now').isVisible()).toBe(true);
    await screenshot(page, 'subscribed-section-light');
    expectHealthy(problems);

    // The sections manager, light and dark.
    await nav(page).getByRole('button', { name: 'Manage sections' }).click();
    const manager = dialog(page, 'Manage sections');
    await manager.getByRole('button', { name: 'Rename Harbour' }).waitFor();
    await screenshot(page, 'sections-manager-light');
    await expectAccessible(page);
    await showTheme(page, 'dark');
    await screenshot(page, 'sections-manager-dark');
    await expectAccessible(page);
    await manager.getByRole('button', { name: 'Done' }).click();

    await nav(page).getByRole('button', { name: 'Add feed', exact: true }).click();
    await dialog(page, 'Add a feed').getByRole('textbox', { name: 'Site or feed address' }).fill(`${site.url}feed.xml`);
    await dialog(page, 'Add a feed').getByRole('button', { name: 'Find feeds' }).click();
    await dialog(page, 'Add a feed').getByRole('group', { name: 'Feed found' }).waitFor();
    await screenshot(page, 'add-feed-dialog-dark');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog(page, 'Add a feed').waitFor({ state: 'detached' });

    // The feed's menu, from the keyboard.
    const feedRow = nav(page).getByRole('button', { name: /Harbour Gazette/ });
    await feedRow.focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for Harbour Gazette' });
    await menu.waitFor();
    await screenshot(page, 'feed-menu-dark');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await showTheme(page, 'light');

    // Offline: the banner says so, and a refresh fails quietly with a clear status.
    await site.close();
    siteClosed = true;
    await context.setOffline(true);
    const messages = page.getByRole('region', { name: 'Messages' });
    await messages.getByText('You’re offline').waitFor();
    await page.keyboard.press('r');
    await page.getByRole('region', { name: 'Refresh' }).getByText('Offline: nothing was refreshed.').waitFor();
    expect(await messages.getByRole('alert').count()).toBe(0);
    for (const title of STORIES) expect(await list.getByText(title, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'offline-light');
    await context.close();
  });
});
