/**
 * The failed-request check every browser test relies on (support/page-watch.ts):
 * a request the browser cancelled because the page navigated away is not a
 * failure of the app, and everything else that goes wrong with a request is.
 * The favicon is the witness: Chromium asks for it after the page has loaded,
 * and a route handler decides its fate here instead of the clock.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { watchPage, type PageProblems } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';

let preview: RunningPreview;
const browsers: Browser[] = [];

beforeAll(async () => {
  preview = await startPreview();
});

afterEach(async () => {
  while (browsers.length > 0) await browsers.pop()?.close();
});

afterAll(async () => {
  await preview?.stop();
});

const faviconUrl = () => new URL('/favicon.svg', preview.url).href;

async function openWithFavicon(
  answer: (route: Route) => Promise<void>,
): Promise<{ page: Page; problems: PageProblems }> {
  // A browser of its own: once a favicon has answered 404, Chromium never asks for it again, in any context.
  const browser = await launchChromium();
  browsers.push(browser);
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.route('**/favicon.svg', answer);
  await page.goto(preview.url);
  await page.getByText('No sections yet').waitFor();
  return { page, problems };
}

describe('the failed-request check of the browser tests', () => {
  it('does not count the favicon request that a reload aborted while it was still open', async () => {
    let markHeld: () => void;
    const held = new Promise<void>((resolve) => (markHeld = resolve));
    let faviconRequests = 0;
    const { page, problems } = await openWithFavicon(async (route) => {
      faviconRequests += 1;
      // The first page's favicon never answers; the reloaded page's does.
      if (faviconRequests === 1) markHeld();
      else await route.continue();
    });
    await held;

    const aborted = page.waitForEvent('requestfailed', (request) => request.url() === faviconUrl());
    await page.reload();
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');
    await page.getByText('No sections yet').waitFor();

    expect(problems.failedRequests).toEqual([]);
  });

  it.each([
    {
      fate: 'answers 404',
      answer: (route: Route) => route.fulfill({ status: 404, body: 'Not found' }),
      seen: 'HTTP 404',
    },
    {
      fate: 'is blocked',
      answer: (route: Route) => route.abort('blockedbyclient'),
      seen: 'net::ERR_BLOCKED_BY_CLIENT.Inspector',
    },
    {
      fate: 'is refused',
      answer: (route: Route) => route.abort('connectionrefused'),
      seen: 'net::ERR_CONNECTION_REFUSED',
    },
    {
      fate: 'is aborted with no navigation',
      answer: (route: Route) => route.abort('aborted'),
      seen: 'net::ERR_ABORTED',
    },
  ])('counts a favicon request that $fate', async ({ answer, seen }) => {
    const { problems } = await openWithFavicon(answer);
    await expect.poll(() => problems.failedRequests).toEqual([`${faviconUrl()}: ${seen}`]);
  });
});
