import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_HOST, XSS_CORPUS } from '../fixtures/xss/corpus';
import { launchChromium } from './support/chromium';
import { watchPage, type PageProblems } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';
import { ARTICLE_HOST, seedXssCorpus, type SeededVector } from './support/seed/seed-xss';
import { inspectLiveArticle, installXssHooks } from './support/xss-watch';

/**
 * Issue 7, hostile content: every vector of the shared XSS corpus is opened
 * in the real reading pane, in Chromium, through the preview. One page walks
 * through them all with `j` (one test per feed of 50), so the suite stays fast.
 */
const seeded: SeededVector[] = [];
const feeds = [...new Set(XSS_CORPUS.map((_, i) => `XSS corpus ${Math.floor(i / 50) + 1}`))];
let browser: Browser;
let preview: RunningPreview;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let appUrl: string;
let current = 'startup';
const requestsOut: string[] = [];
const totals = { vectors: 0, executed: 0, dangerous: 0 };

/** A request may go to the preview, to the image host the corpus names, or to the article's own site (relative images). */
function leaves(url: string, previewOrigin: string): boolean {
  if (url.startsWith(`${previewOrigin}/`)) return false;
  if (/^data:image\/(png|gif|jpe?g|webp|avif|bmp);base64,/i.test(url)) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return !((protocol === 'https:' || protocol === 'http:') && (hostname === IMAGE_HOST || hostname === ARTICLE_HOST));
  } catch {
    return true;
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ prepare: (dataDir) => seeded.push(...seedXssCorpus(dataDir, XSS_CORPUS)) });
  context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  page = await context.newPage();
  const previewOrigin = new URL(preview.url).origin;
  // Nothing outside the preview is ever contacted for real: requests are recorded, then refused.
  await context.route(
    (url) => url.origin !== previewOrigin,
    (route) => route.abort(),
  );
  page.on(
    'request',
    (request) => leaves(request.url(), previewOrigin) && requestsOut.push(`${current}: request ${request.url()}`),
  );
  page.on('websocket', (socket) => requestsOut.push(`${current}: websocket ${socket.url()}`));
  page.on('popup', (popup) => requestsOut.push(`${current}: popup ${popup.url()}`));
  problems = watchPage(page);
  await installXssHooks(page);
  await page.goto(preview.url);
  appUrl = page.url();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await preview?.stop();
});

describe('the XSS corpus in the real renderer', () => {
  it.each(feeds)(
    'runs nothing and leaves no dangerous node for the vectors in %s',
    async (feed) => {
      const vectors = seeded.filter((vector) => vector.feed === feed);
      const findings: string[] = [];
      await page
        .getByRole('navigation', { name: 'Library' })
        .getByRole('button', { name: new RegExp(`^${feed}( |$)`) })
        .click();
      await page.locator('.article-row', { hasText: vectors[0]!.title }).first().waitFor();
      for (const vector of vectors) {
        current = vector.title;
        await page.keyboard.press('j');
        // Over the article text, so mouse and pointer handlers would fire if any survived.
        await page.mouse.move(960 + (totals.vectors % 2) * 40, 520);
        const report = await inspectLiveArticle(page, vector.title);
        totals.vectors += 1;
        totals.executed += report.hits.length;
        totals.dangerous += report.dangerousAttributes.length + report.forbiddenElements.length;
        for (const what of [...report.hits, ...report.dangerousAttributes, ...report.forbiddenElements])
          findings.push(`${vector.title}: ${what}`);
        if (!report.pageIntact) findings.push(`${vector.title}: document globals clobbered`);
      }
      expect(findings).toEqual([]);
    },
    180_000,
  );

  it('sent nothing outside, navigated nowhere and broke no policy over the whole walk', async () => {
    current = 'after the last vector';
    const late = await inspectLiveArticle(page);
    totals.executed += late.hits.length;
    console.log(
      `xss corpus: ${totals.vectors} vectors, ${totals.executed} executed, ${totals.dangerous} dangerous nodes, ${requestsOut.length} outside requests`,
    );
    expect(totals.vectors).toBe(XSS_CORPUS.length);
    expect(late.hits).toEqual([]);
    expect(requestsOut).toEqual([]);
    expect(page.url()).toBe(appUrl);
    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
