import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SyncConfig } from '../../../electron/api/methods/sync';
import { imagesDir } from '../../../electron/core/images/cache-paths';
import { PREVIEW_IMAGE_ROUTE } from '../../../electron/core/images/cache-url';
import { createImageResolver } from '../../../electron/core/images/resolve-image';
import { FULL_TEXT_PICTURES_WAIT_MS } from '../../../electron/core/sync/sync-handlers';
import { rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';
import { solidPng } from '../../support/png';

/**
 * Pictures that only the fetched full text shows are kept offline as soon as
 * the text is stored — on demand, for imported bookmarks and during a refresh —
 * not at some later refresh. Against a local 127.0.0.1 server.
 */
let server: FeedServer;
let h: Harness;
const HARBOUR = solidPng(1, 1, [20, 90, 160]);
const MARKET = solidPng(1, 1, [160, 120, 20]);
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the photo essay, long enough that Readability treats it as the body of an article, with commas, clauses and harbour cranes.</p>`;

/** An article page whose two pictures (one relative, one absolute) appear only in its full text. */
function servePage(path: string): { page: string; pictures: [string, Buffer][] } {
  const harbour = `${path}-harbour.png`;
  const market = `${path}-market.png`;
  server.set(harbour, { contentType: 'image/png', body: HARBOUR });
  server.set(market, { contentType: 'image/png', body: MARKET });
  server.set(path, {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><title>Photo essay</title></head><body><article><h1>Photo essay</h1>
      ${paragraph(1)}<figure><img src="${harbour}" alt="The harbour at dawn"><figcaption>Dawn</figcaption></figure>
      ${paragraph(2)}${paragraph(3)}<figure><img src="${server.url(market)}" alt="The market"></figure>
      ${paragraph(4)}${paragraph(5)}</article></body></html>`,
  });
  return {
    page: server.url(path),
    pictures: [
      [server.url(harbour), HARBOUR],
      [server.url(market), MARKET],
    ],
  };
}

function configure(offlineImages: boolean): Promise<null> {
  const config: SyncConfig = {
    refreshIntervalMinutes: 30,
    proxy: '',
    offlineImages,
    offlineImagesDays: 14,
    imageCacheQuotaMB: 2048,
    accountUnreadDays: 90,
  };
  return call(h, 'sync.configure', config);
}

/** Each picture's cache URL from `images.map` must name a cached file holding exactly its bytes. */
async function expectCached(articleId: string, pictures: [string, Buffer][]): Promise<void> {
  const map = await call(h, 'images.map', articleId);
  const resolve = createImageResolver(imagesDir(h.dir));
  for (const [url, bytes] of pictures) {
    const cached = map[url];
    expect(cached, url).toMatch(new RegExp(`^${PREVIEW_IMAGE_ROUTE}`));
    const file = await resolve(cached!.slice(PREVIEW_IMAGE_ROUTE.length));
    expect(file).toMatchObject({ contentType: 'image/png' });
    expect(readFileSync(file!.path).equals(bytes)).toBe(true);
  }
}

/** A feed without "download full articles" whose one teaser links to `page`. */
async function teaserLinkingTo(page: string, feedPath: string): Promise<string> {
  server.set(feedPath, {
    body: rss('Teasers', [{ guid: `${feedPath}-1`, title: 'Photo essay', link: page, description: 'A teaser' }]),
  });
  const feedId = h.addFeed({ url: server.url(feedPath), title: 'Teasers' });
  await refreshAndWait(h, { kind: 'feed', id: feedId });
  await h.core.whenImagesIdle();
  const [article] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items;
  return article!.id;
}

describe('pictures of fetched full text are kept offline at once', () => {
  it('articles.fetchFullText returns only once images.map resolves the page’s pictures to cached files', async () => {
    h = createHarness();
    await configure(true);
    const { page, pictures } = servePage('/essay');
    const id = await teaserLinkingTo(page, '/teasers.xml');
    expect(await call(h, 'images.map', id)).toEqual({});

    const article = await call(h, 'articles.fetchFullText', id);
    expect(article.fullTextHtml).toContain('The harbour at dawn');
    await expectCached(id, pictures);
    expect(server.hits('/essay-harbour.png')).toBe(1);
  });

  it('answers with the text once the wait for pictures runs out when a picture host never answers', async () => {
    h = createHarness();
    await configure(true);
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const picture = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/never.png`;
    server.set('/slow', {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><article><h1>Slow pictures</h1>${paragraph(1)}<img src="${picture}" alt="Never">${paragraph(2)}${paragraph(3)}${paragraph(4)}</article></body></html>`,
    });
    const id = await teaserLinkingTo(server.url('/slow'), '/slow-teasers.xml');
    try {
      let answered = false;
      const answer = call(h, 'articles.fetchFullText', id).finally(() => (answered = true));
      const wait = () => h.timers.pending.find((timer) => timer.ms === FULL_TEXT_PICTURES_WAIT_MS);
      await vi.waitFor(() => expect(wait()).toBeDefined(), { timeout: 10_000 });
      expect(answered).toBe(false);
      wait()!.callback();
      expect((await answer).fullTextHtml).toContain('Paragraph 4 of the photo essay');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('downloads no picture when offline images are switched off', async () => {
    h = createHarness();
    await configure(false);
    const { page } = servePage('/plain');
    const id = await teaserLinkingTo(page, '/plain-teasers.xml');

    expect((await call(h, 'articles.fetchFullText', id)).fullTextHtml).toContain('The market');
    await h.core.whenImagesIdle();
    expect(server.hits('/plain-harbour.png') + server.hits('/plain-market.png')).toBe(0);
    expect(await call(h, 'images.map', id)).toEqual({});
  });

  it('keeps the pictures of an imported bookmark’s page when the pass that fetched it ends', async () => {
    h = createHarness();
    await configure(true);
    const { page, pictures } = servePage('/saved');
    // Online: the import starts the bookmark-page pass itself; no refresh (and so no image pass) runs.
    await call(h, 'imports.bookmarks', { text: `url,title\n${page},Photo essay\n` });
    await h.core.whenBackgroundIdle();

    const [saved] = (await call(h, 'articles.list', { scope: { kind: 'bookmarks' } })).items;
    expect((await call(h, 'articles.get', saved!.id)).fullTextHtml).toContain('The harbour at dawn');
    await expectCached(saved!.id, pictures);
  });

  it('keeps the pictures of full text downloaded during a refresh (feeds set to download full articles)', async () => {
    h = createHarness();
    await configure(true);
    const { page, pictures } = servePage('/full');
    server.set('/full.xml', {
      body: rss('Full', [{ guid: 'full-1', title: 'Photo essay', link: page, description: 'A teaser' }]),
    });
    const feedId = h.addFeed({ url: server.url('/full.xml'), title: 'Full', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id: feedId });
    await h.core.whenBackgroundIdle();

    const [article] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items;
    await expectCached(article!.id, pictures);
  });
});
