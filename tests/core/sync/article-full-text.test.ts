import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/errors';
import { blurbPhrase, clientRenderedStory, storyFeedText, storyLastSentence } from './support/client-rendered-story';
import { rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/** `articles.fetchFullText`: one article's page on demand, against a local server. */
let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the whole report, long enough that Readability treats it as the body of an article, with commas, clauses, and marmalade the feed teaser leaves out.</p>`;
const articlePage = `<!doctype html><html><head><title>On demand</title></head><body>
  <nav><a href="/">Home</a> › <a href="/world">World</a></nav>
  <article><h1>On demand</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>
  <a href="#top" class="back-to-top">Back to top</a></body></html>`;

/** A feed without "download full articles" whose one item links to `page`; returns the stored article's id. */
async function storedArticle(
  page: string,
  feedPath = `/feed-${page.slice(1)}.xml`,
  description = 'Short teaser',
): Promise<{ feedId: string; id: string }> {
  server.set(feedPath, {
    body: rss('Demand', [{ guid: `${feedPath}-1`, title: 'On demand', link: server.url(page), description }]),
  });
  const feedId = h.addFeed({ url: server.url(feedPath), title: 'Demand' });
  await refreshAndWait(h, { kind: 'feed', id: feedId });
  const [summary] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items;
  return { feedId, id: summary!.id };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('articles.fetchFullText', () => {
  it('fetches and extracts the page, keeps the feed content, and stores it as the per-feed path does', async () => {
    h = createHarness();
    server.set('/story', { contentType: 'text/html; charset=utf-8', body: articlePage });
    const { feedId, id } = await storedArticle('/story');
    expect(server.hits('/story')).toBe(0);

    const article = await call(h, 'articles.fetchFullText', id);
    expect(server.hits('/story')).toBe(1);
    expect(article.id).toBe(id);
    expect(article.contentHtml).toContain('Short teaser');
    expect(article.fullTextHtml).toContain('Paragraph 6 of the whole report');
    expect(article.fullTextHtml).not.toMatch(/Back to top|World<\/a>/);
    expect(await call(h, 'articles.get', id)).toEqual(article);
    expect((await call(h, 'search.articles', { query: 'marmalade' })).hits.map((hit) => hit.article.id)).toEqual([id]);

    // The next refresh keeps it: no second download, no twin article, the full text still there.
    await refreshAndWait(h, { kind: 'feed', id: feedId });
    expect((await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items.map((item) => item.id)).toEqual([
      id,
    ]);
    expect((await call(h, 'articles.get', id)).fullTextHtml).toContain('Paragraph 6 of the whole report');
    expect(server.hits('/story')).toBe(1);
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    h = createHarness();
    expect(await failure(call(h, 'articles.fetchFullText', '999999'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/No article/),
    });
    expect(
      await failure(Promise.resolve().then(() => h.core.handlers['articles.fetchFullText']('nope'))),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says so when the page is not there, and changes nothing', async () => {
    h = createHarness();
    const { id } = await storedArticle('/missing');
    const error = await failure(call(h, 'articles.fetchFullText', id));
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'no-page' } });
    expect(error.message).toMatch(/^The full text could not be fetched: .*404/);
    expect((await call(h, 'articles.get', id)).fullTextHtml).toBeNull();
  });

  it('answers UNAVAILABLE when the server is down for now, and changes nothing', async () => {
    h = createHarness();
    server.set('/down', { status: 500, contentType: 'text/html', body: 'Internal error' });
    const { id } = await storedArticle('/down');
    const error = await failure(call(h, 'articles.fetchFullText', id));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'unreachable' } });
    expect(error.message).toMatch(/^The full text could not be fetched: .*500/);
    expect((await call(h, 'articles.get', id)).fullTextHtml).toBeNull();
  });

  it('says so when the page holds no article', async () => {
    h = createHarness();
    server.set('/empty', {
      contentType: 'text/html',
      body: '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>',
    });
    const { id } = await storedArticle('/empty');
    const error = await failure(call(h, 'articles.fetchFullText', id));
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'not-an-article' },
      message: expect.stringMatching(/^The full text couldn’t be extracted from this page\./),
    });
    expect(await call(h, 'articles.get', id)).toMatchObject({ fullTextHtml: null, fullTextFailed: true });
  });

  it('keeps the feed’s text when the page holds only its chrome, and takes the page once it holds the story', async () => {
    h = createHarness();
    const loginBar = `<!doctype html><html><head><title>On demand</title>
      <meta name="author" content="https://news.example/people/jane"></head><body>
      <div><a href="/login">Sign in</a> / <a href="/register">Register</a> / <a href="/">The Courier</a></div></body></html>`;
    server.set('/walled', { contentType: 'text/html; charset=utf-8', body: loginBar });
    const { id } = await storedArticle('/walled');
    const before = await call(h, 'articles.get', id);
    const error = await failure(call(h, 'articles.fetchFullText', id));
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'not-an-article' } });
    expect(error.message).toMatch(/couldn’t be extracted from this page/);
    const after = await call(h, 'articles.get', id);
    expect(after).toMatchObject({ fullTextHtml: null, fullTextFailed: true, text: before.text, byline: null });
    expect(after.text).toBe('Short teaser');

    // The wall comes down: trying again takes the story, its byline, and forgets the failure.
    const withByline = articlePage.replace(
      '<title>On demand</title>',
      '<title>On demand</title><meta name="author" content="Jane Doe">',
    );
    server.set('/walled', { contentType: 'text/html; charset=utf-8', body: withByline });
    const fetched = await call(h, 'articles.fetchFullText', id);
    expect(fetched).toMatchObject({ fullTextFailed: false, byline: 'Jane Doe' });
    expect(fetched.fullTextHtml).toContain('Paragraph 6 of the whole report');
    expect((await call(h, 'search.articles', { query: 'Jane' })).hits.map((hit) => hit.article.id)).toEqual([id]);
  });

  it('judges the page’s candidates against the stored feed text: the site’s blurb is passed over for the JSON-LD story', async () => {
    h = createHarness();
    server.set('/ferry', { contentType: 'text/html; charset=utf-8', body: clientRenderedStory('On demand') });
    const { id } = await storedArticle('/ferry', undefined, storyFeedText);
    const fetched = await call(h, 'articles.fetchFullText', id);
    expect(fetched.fullTextFailed).toBe(false);
    expect(fetched.fullTextHtml).toContain(storyLastSentence);
    expect(fetched.fullTextHtml).not.toContain(blurbPhrase);
  });

  it('makes no attempt while offline, and says so', async () => {
    h = createHarness();
    server.set('/later', { contentType: 'text/html; charset=utf-8', body: articlePage });
    const { id } = await storedArticle('/later');
    await call(h, 'sync.setOnline', false);
    const error = await failure(call(h, 'articles.fetchFullText', id));
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      details: { reason: 'offline' },
      message: expect.stringMatching(/offline/),
    });
    expect(server.hits('/later')).toBe(0);
  });
});
