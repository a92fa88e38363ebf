import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { all } from '../../../electron/core/db/sql';
import { fetchPendingFullText, MAX_ATTEMPTS } from '../../../electron/core/sync/imported-full-text';
import { queueFullTextOf } from '../../../electron/core/sync/queue-full-text';
import {
  blurbPhrase,
  clientRenderedStory,
  storyFeedText,
  storyLastSentence,
} from '../sync/support/client-rendered-story';
import { rss, startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from '../sync/support/sync-harness';

/** Imported bookmarks' pages, fetched and extracted by the pass after a refresh, against a local server. */
let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the saved essay, long enough that Readability treats it as the body of an article, with commas, clauses and quinces.</p>`;
const page = `<!doctype html><html><head><title>Saved essay</title></head><body><article><h1>Saved essay</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></body></html>`;

function pass(): ReturnType<typeof fetchPendingFullText> {
  const network = h.core.network;
  return fetchPendingFullText({
    db: () => h.core.library.db(),
    fetcher: network.fetcher(),
    limiter: network.limiter,
    signal: new AbortController().signal,
    now: () => h.clock.now,
  });
}

describe('imported bookmarks get their full text', () => {
  it('reads an imported bookmark’s language from its page once the page arrives', async () => {
    h = createHarness();
    h.core.sync.engine.setOnline(false);
    const arabic = `<p>${'نص المقال الكامل مع تفاصيل كثيرة لا يذكرها العنوان، وجمل طويلة تكفي لكي يعدّه المستخرج متن المقال. '.repeat(3)}</p>`;
    server.set('/ar', {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><title>Saved page</title></head><body><article><h1>Saved page</h1>${arabic.repeat(6)}</article></body></html>`,
    });
    server.set('/feed-ar.xml', { body: rss('Any', []) });
    await call(h, 'imports.bookmarks', { text: `url,title\n${server.url('/ar')},Saved page\n` });
    await h.core.whenLanguagesIdle();
    const language = () => all(h.core.library.db(), 'SELECT language, language_source FROM articles');
    // "Saved page" alone is too short to tell.
    expect(language()).toEqual([{ language: null, language_source: 'none' }]);
    h.core.sync.engine.setOnline(true);
    await refreshAndWait(h, { kind: 'feed', id: h.addFeed({ url: server.url('/feed-ar.xml'), title: 'Any' }) });
    await vi.waitFor(() => expect(language()).toEqual([{ language: 'ar', language_source: 'text' }]), {
      timeout: 10_000,
    });
  });

  it('judges a queued account article’s page against its feed text: the site’s blurb gives way to the JSON-LD story', async () => {
    h = createHarness();
    server.set('/ferry', { contentType: 'text/html; charset=utf-8', body: clientRenderedStory('Ferry returns') });
    server.set('/ferry.xml', {
      body: rss('Ferry', [
        { guid: 'f', title: 'Ferry returns', link: server.url('/ferry'), description: storyFeedText },
      ]),
    });
    const feedId = h.addFeed({ url: server.url('/ferry.xml'), title: 'Ferry' });
    await refreshAndWait(h, { kind: 'feed', id: feedId });
    const [stored] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items;
    // As after an account sync of a feed that downloads full articles: the page waits for the page pass.
    await call(h, 'feeds.update', feedId, { options: { fullText: true } });
    expect(queueFullTextOf(h.core.library.db(), [Number(stored!.id)])).toBe(1);
    expect(await pass()).toMatchObject({ fetched: 1, failed: 0 });
    const article = await call(h, 'articles.get', stored!.id);
    expect(article.fullTextFailed).toBe(false);
    expect(article.fullTextHtml).toContain(storyLastSentence);
    expect(article.fullTextHtml).not.toContain(blurbPhrase);
  });

  it('fetches pending pages once, stores the text (searchable), and retries a failing page a bounded number of times', async () => {
    h = createHarness();
    // Offline while importing, so the pass the import kicks off does not race this test's own.
    h.core.sync.engine.setOnline(false);
    server.set('/essay', { contentType: 'text/html; charset=utf-8', body: page });
    const csv = `url,title\n${server.url('/essay')},Saved essay\n${server.url('/gone')},Gone\n`;
    const summary = await call(h, 'imports.bookmarks', { text: csv });
    expect(summary).toMatchObject({ added: 2 });
    h.core.sync.engine.setOnline(true);

    const first = await pass();
    expect(first).toMatchObject({ fetched: 1, failed: 1 });
    const saved = (await call(h, 'articles.list', { scope: { kind: 'bookmarks' } })).items.find(
      (a) => a.title === 'Saved essay',
    )!;
    expect(first.articleIds).toEqual([saved.id]);
    expect((await call(h, 'articles.get', saved.id)).fullTextHtml).toContain('Paragraph 6 of the saved essay');
    expect((await call(h, 'search.articles', { query: 'quinces' })).hits.map((hit) => hit.article.id)).toEqual([
      saved.id,
    ]);

    // The failing page waits before the next try, and is given up after the last.
    expect(await pass()).toEqual({ fetched: 0, failed: 0, articleIds: [] });
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      h.clock.now += 24 * 3_600_000 * 2 ** i;
      await pass();
    }
    expect(all(h.core.library.db(), 'SELECT * FROM pending_full_text')).toEqual([]);
    expect(server.hits('/essay')).toBe(1);
    expect((await call(h, 'articles.counts')).bookmarks).toBe(2);
  });

  it('runs after a refresh: a link imported while offline is fetched once the next refresh finishes', async () => {
    h = createHarness();
    h.core.sync.engine.setOnline(false);
    server.set('/later', { contentType: 'text/html; charset=utf-8', body: page });
    server.set('/feed-later.xml', { body: rss('Later', []) });
    await call(h, 'imports.bookmarks', { text: `url\n${server.url('/later')}\n` });
    h.core.sync.engine.setOnline(true);
    expect(server.hits('/later')).toBe(0);
    const feedId = h.addFeed({ url: server.url('/feed-later.xml'), title: 'Later' });
    await refreshAndWait(h, { kind: 'feed', id: feedId });
    // The pass starts when sync.finished is emitted and runs in the background: wait for what it stores.
    await vi.waitFor(
      async () => {
        const [saved] = (await call(h, 'articles.list', { scope: { kind: 'bookmarks' } })).items;
        expect((await call(h, 'articles.get', saved!.id)).fullTextHtml).toContain('quinces');
      },
      { timeout: 10_000 },
    );
    expect(server.hits('/later')).toBe(1);
  });

  it('keeps the link when the page holds only its chrome, marks the article, and takes the page when it comes back whole', async () => {
    h = createHarness();
    h.core.sync.engine.setOnline(false);
    const chrome = `<!doctype html><html><head><title>Saved essay</title></head><body>
      <div><a href="/login">Sign in</a> / <a href="/register">Register</a> / <a href="/">The Quarterly</a></div></body></html>`;
    server.set('/walled-essay', { contentType: 'text/html; charset=utf-8', body: chrome });
    await call(h, 'imports.bookmarks', { text: `url,title\n${server.url('/walled-essay')},Saved…\n` });
    h.core.sync.engine.setOnline(true);
    const [saved] = (await call(h, 'articles.list', { scope: { kind: 'bookmarks' } })).items;

    expect(await pass()).toMatchObject({ fetched: 0, failed: 1 });
    expect(await call(h, 'articles.get', saved!.id)).toMatchObject({ fullTextHtml: null, fullTextFailed: true });
    expect((await call(h, 'search.articles', { query: 'Register' })).hits).toEqual([]);

    // Tried again later, as any failing page is: now the essay is there, with its author and whole title.
    const whole = page
      .replace(
        '<title>Saved essay</title>',
        '<title>Saved essay on quinces</title><meta name="author" content="Ann Lee">',
      )
      .replace('<h1>Saved essay</h1>', '<h1>Saved essay on quinces</h1>');
    server.set('/walled-essay', { contentType: 'text/html; charset=utf-8', body: whole });
    h.clock.now += 2 * 3_600_000;
    expect(await pass()).toMatchObject({ fetched: 1, failed: 0 });
    expect(await call(h, 'articles.get', saved!.id)).toMatchObject({
      title: 'Saved essay on quinces',
      byline: 'Ann Lee',
      fullTextFailed: false,
    });
    expect((await call(h, 'search.articles', { query: 'Lee' })).hits.map((hit) => hit.article.id)).toEqual([saved!.id]);
  });
});
