import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { showTheme } from './support/in-page';
import { watchPage, type PageProblems } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { seedTeasers, teaserPage, TEASERS, walledPage } from './support/seed/seed-teasers';

/**
 * Reading a feed that sends teasers, from the keyboard: the article says it is a summary, `f` brings the
 * whole article from its web page (served here, so the core really downloads and extracts it), and Space
 * pages through it and, at its end, into the next unread article.
 */
let browser: Browser;
let preview: RunningPreview;
let site: Server;

beforeAll(async () => {
  site = createServer((request, response) => {
    if (request.url === '/story/ferry') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(teaserPage());
      return;
    }
    if (request.url === '/story/moorings') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(walledPage());
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  preview = await startPreview({ online: true, prepare: (dataDir) => seedTeasers(dataDir, siteUrl) });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  site?.closeAllConnections();
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
});

const readingPane = (page: Page) => page.getByRole('main', { name: 'Reading pane' });
const openedTitle = async (page: Page) =>
  (await readingPane(page).getByRole('heading', { level: 1 }).textContent())?.trim();

async function openHarbour(colorScheme: 'light' | 'dark'): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, colorScheme });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(preview.url);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^Harbour\b/ })
    .first()
    .click();
  await page.getByRole('list', { name: `Articles in ${TEASERS.section}` }).waitFor();
  return { page, problems };
}

describe('reading a feed that sends teasers', () => {
  it('offers the full text, fetches it with f, and walks on with Space into the next unread', async () => {
    const { page, problems } = await openHarbour('light');
    await page.keyboard.press('j');
    await readingPane(page).getByRole('heading', { level: 1, name: TEASERS.teaserTitle }).waitFor();
    const offer = readingPane(page).getByRole('complementary', { name: 'This is the feed’s summary.' });
    await offer.getByRole('button', { name: /Show full text/ }).waitFor();
    await offer.getByRole('checkbox', { name: 'Always for this feed' }).waitFor();
    await screenshot(page, 'teaser-offer-light');
    await expectAccessible(page);

    await page.keyboard.press('f');
    await readingPane(page).getByText(TEASERS.fullTextSentence).first().waitFor();
    await offer.waitFor({ state: 'detached' });
    // The page's byline, in the article's header.
    await readingPane(page).locator('.article__byline', { hasText: TEASERS.byline }).waitFor();
    expect(await readingPane(page).getByRole('button', { name: 'Full text' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // Space pages through the long text (the title scrolls away), then at the end opens the next unread.
    const scroller = readingPane(page).locator('.reading-pane__scroll');
    const scrolled = () => scroller.evaluate((element) => (element as unknown as { scrollTop: number }).scrollTop);
    // The focus is still on the section the reader clicked in the sidebar: Space reads on from there too.
    await page.keyboard.press('Space');
    await expect.poll(scrolled).toBeGreaterThan(0);
    for (let press = 0; press < 30 && (await openedTitle(page)) === TEASERS.teaserTitle; press += 1) {
      const before = await scrolled();
      await page.keyboard.press('Space');
      await expect
        .poll(async () => (await openedTitle(page)) !== TEASERS.teaserTitle || (await scrolled()) > before)
        .toBe(true);
    }
    await readingPane(page).getByRole('heading', { level: 1, name: TEASERS.nextTitle }).waitFor();
    expect(await scrolled()).toBe(0);
    expectHealthy(problems);
    await page.context().close();
  });

  it('says so when the page holds only the site’s chrome, and keeps the feed’s text', async () => {
    const { page, problems } = await openHarbour('light');
    await page.getByRole('button', { name: new RegExp(TEASERS.walledTitle) }).click();
    await readingPane(page).getByRole('heading', { level: 1, name: TEASERS.walledTitle }).waitFor();
    await readingPane(page)
      .getByRole('complementary', { name: 'This is the feed’s summary.' })
      .getByRole('button', { name: /Show full text/ })
      .click();
    const note = readingPane(page).getByRole('complementary', {
      name: 'The full text couldn’t be extracted from this page.',
    });
    await note.getByRole('button', { name: 'Open in browser' }).waitFor();
    await note.getByRole('button', { name: 'Try again' }).waitFor();
    await readingPane(page).getByText('Owners of private moorings will pay a fifth more').waitFor();
    expect(await readingPane(page).getByText('Sign in').count()).toBe(0);
    expect(await readingPane(page).getByRole('alert').count()).toBe(0);
    await screenshot(page, 'full-text-not-extracted-light');
    await expectAccessible(page);
    expectHealthy(problems);
    await page.context().close();
  });

  it('looks calm in the dark and in sepia', async () => {
    const { page, problems } = await openHarbour('dark');
    // Another teaser than the first test's, whose full text that test has kept.
    await page.getByRole('button', { name: new RegExp(TEASERS.secondTeaserTitle) }).click();
    await readingPane(page)
      .getByRole('complementary', { name: 'This is the feed’s summary.' })
      .getByRole('checkbox', { name: 'Always for this feed' })
      .waitFor();
    await screenshot(page, 'teaser-offer-dark');
    await expectAccessible(page);
    // And in sepia, the third palette.
    await showTheme(page, 'sepia');
    await screenshot(page, 'teaser-offer-sepia');
    await expectAccessible(page);
    expectHealthy(problems);
    await page.context().close();
  });
});
