import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOW } from '../library/support/library-fixture';
import { startFeedServer, items, rss, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const MINUTE = 60_000;

function subscribe(path: string, title = 'Test feed'): string {
  return h.addFeed({ url: server.url(path), title });
}

const feed = (id: string) => h.feed(id);

describe('refreshing one feed', () => {
  it('stores the articles so they are listed and searchable, and records success', async () => {
    h = createHarness();
    server.set('/news.xml', {
      body: rss('News', [...items(3, 'n'), { guid: 'z', title: 'Zanzibar ferry', description: 'Boats' }]),
      etag: '"v1"',
    });
    const id = subscribe('/news.xml');
    const finished = await refreshAndWait(h, { kind: 'feed', id });
    expect(finished).toMatchObject({ done: 1, total: 1, newArticles: 4, failures: [], cancelled: false });
    const page = await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } });
    expect(page.items.map((a) => a.title)).toContain('Zanzibar ferry');
    const found = await call(h, 'search.articles', { query: 'zanzibar' });
    expect(found.hits).toHaveLength(1);
    expect(feed(id).sync).toMatchObject({
      lastError: null,
      consecutiveFailures: 0,
      lastSuccessAt: new Date(NOW).toISOString(),
    });
    expect(feed(id).sync.nextDueAt).toBe(new Date(NOW + 30 * MINUTE).toISOString());
  });

  it('sends the stored ETag on the next refresh and stores nothing new on 304', async () => {
    h = createHarness();
    server.set('/etag.xml', { body: rss('E', items(2, 'e')), etag: '"etag-1"' });
    const id = subscribe('/etag.xml');
    await refreshAndWait(h, { kind: 'feed', id });
    const second = await refreshAndWait(h, { kind: 'feed', id });
    const last = server.requests.filter((r) => r.path === '/etag.xml').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"etag-1"');
    expect(second).toMatchObject({ done: 1, newArticles: 0, failures: [] });
    expect(feed(id).articleCount).toBe(2);
  });

  it('keeps a plain-text summary such as "a < b" intact', async () => {
    h = createHarness();
    server.set('/lt.xml', {
      body: rss('L', [{ guid: '1', title: 'Maths', description: 'if a < b and c > d then AT&amp;T' }]),
    });
    const id = subscribe('/lt.xml');
    await refreshAndWait(h, { kind: 'feed', id });
    const [article] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } })).items;
    // The description is HTML: its text is what the reader sees, decoded once and only once.
    expect(article!.summary).toBe('if a < b and c > d then AT&T');
  });

  it('marks a feed gone on 410: paused, with the message, articles kept', async () => {
    h = createHarness();
    server.set('/gone.xml', { body: rss('G', items(1, 'g')) });
    const id = subscribe('/gone.xml');
    await refreshAndWait(h, { kind: 'feed', id });
    server.set('/gone.xml', { status: 410, body: 'Gone', contentType: 'text/plain' });
    const finished = await refreshAndWait(h, { kind: 'feed', id });
    expect(finished.failures).toEqual([
      { feedId: id, title: 'Test feed', message: expect.stringMatching(/gone|removed|410/i), cause: 'gone' },
    ]);
    expect(feed(id)).toMatchObject({
      articleCount: 1,
      options: { paused: true },
      sync: { lastError: expect.any(String) },
    });
  });

  it('respects Retry-After in the next due time', async () => {
    h = createHarness();
    server.set('/busy.xml', {
      status: 503,
      body: 'Busy',
      contentType: 'text/plain',
      headers: { 'retry-after': '7200' },
    });
    const id = subscribe('/busy.xml');
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).sync).toMatchObject({
      consecutiveFailures: 1,
      lastErrorCause: 'busy',
      nextDueAt: new Date(NOW + 120 * MINUTE).toISOString(),
    });
  });

  it('backs off longer after each consecutive failure, and resets on success', async () => {
    h = createHarness();
    server.set('/flaky.xml', { status: 500, body: 'Oops', contentType: 'text/plain' });
    const id = subscribe('/flaky.xml');
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await refreshAndWait(h, { kind: 'feed', id });
      waits.push(Date.parse(feed(id).sync.nextDueAt!) - NOW);
    }
    expect(feed(id).sync.consecutiveFailures).toBe(4);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(4);
    server.set('/flaky.xml', { body: rss('F', items(1, 'f')) });
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).sync).toMatchObject({ consecutiveFailures: 0, lastError: null, lastErrorCause: null });
  });

  it('keeps why each feed failed, for grouping by cause, and Retry failed refreshes only those feeds', async () => {
    h = createHarness();
    server.set('/fine.xml', { body: rss('Fine', items(1, 'fine')) });
    server.set('/broken.xml', { status: 500, body: 'Oops', contentType: 'text/plain' });
    server.set('/page.html', { body: '<!doctype html><p>Hi</p>', contentType: 'text/html' });
    const fine = subscribe('/fine.xml', 'Fine');
    const broken = subscribe('/broken.xml', 'Broken');
    const page = subscribe('/page.html', 'Page');
    const unreachable = h.addFeed({ url: 'http://127.0.0.1:9/closed.xml', title: 'Closed' });
    const first = await refreshAndWait(h, { kind: 'all' });
    expect(Object.fromEntries(first.failures.map((f) => [f.title, f.cause]))).toEqual({
      Broken: 'http',
      Page: 'not-a-feed',
      Closed: 'unreachable',
    });
    expect([broken, page, unreachable].map((id) => feed(id).sync.lastErrorCause)).toEqual([
      'http',
      'not-a-feed',
      'unreachable',
    ]);
    expect(feed(fine).sync.lastErrorCause).toBeNull();

    server.set('/broken.xml', { body: rss('Mended', items(1, 'mended')) });
    const before = server.requests.filter((r) => r.path === '/fine.xml').length;
    const retried = await refreshAndWait(h, { kind: 'failed' });
    expect(retried).toMatchObject({ done: 3, total: 3 });
    expect(server.requests.filter((r) => r.path === '/fine.xml')).toHaveLength(before);
    expect(feed(broken).sync).toMatchObject({ lastError: null, lastErrorCause: null });
    expect(feed(page).sync.lastErrorCause).toBe('not-a-feed');
  });

  it('adopts a permanent redirect after three refreshes that saw it', async () => {
    h = createHarness();
    server.set('/new.xml', { body: rss('N', items(1, 'm')) });
    server.set('/old.xml', { status: 301, headers: { location: '/new.xml' }, contentType: 'text/plain' });
    const id = subscribe('/old.xml');
    for (let i = 0; i < 2; i++) {
      await refreshAndWait(h, { kind: 'feed', id });
      expect(feed(id).url).toBe(server.url('/old.xml'));
    }
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).url).toBe(server.url('/new.xml'));
  });

  it('counts the refreshes that saw a permanent redirect across restarts of the app', async () => {
    const first = createHarness();
    server.set('/moved-new.xml', { body: rss('N', items(1, 'mv')) });
    server.set('/moved-old.xml', { status: 301, headers: { location: '/moved-new.xml' }, contentType: 'text/plain' });
    const id = first.addFeed({ url: server.url('/moved-old.xml'), title: 'Moved' });
    await refreshAndWait(first, { kind: 'feed', id });
    await refreshAndWait(first, { kind: 'feed', id });
    expect(first.feed(id).url).toBe(server.url('/moved-old.xml'));
    await first.core.shutdown();

    // The app opens again on the same library: the third refresh that sees the move adopts it.
    h = createHarness({}, first.dir);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).url).toBe(server.url('/moved-new.xml'));
  });

  it('starts the count again when the redirect stops or points elsewhere', async () => {
    h = createHarness();
    server.set('/wander-a.xml', { body: rss('A', items(1, 'wa')) });
    server.set('/wander-b.xml', { body: rss('B', items(1, 'wb')) });
    server.set('/wander.xml', { status: 301, headers: { location: '/wander-a.xml' }, contentType: 'text/plain' });
    const id = subscribe('/wander.xml');
    await refreshAndWait(h, { kind: 'feed', id });
    await refreshAndWait(h, { kind: 'feed', id });
    server.set('/wander.xml', { status: 301, headers: { location: '/wander-b.xml' }, contentType: 'text/plain' });
    await refreshAndWait(h, { kind: 'feed', id });
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).url).toBe(server.url('/wander.xml'));
    server.set('/wander.xml', { body: rss('Home again', items(1, 'wh')) });
    await refreshAndWait(h, { kind: 'feed', id });
    server.set('/wander.xml', { status: 301, headers: { location: '/wander-b.xml' }, contentType: 'text/plain' });
    await refreshAndWait(h, { kind: 'feed', id });
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).url).toBe(server.url('/wander.xml'));
    await refreshAndWait(h, { kind: 'feed', id });
    expect(feed(id).url).toBe(server.url('/wander-b.xml'));
  });

  it('shows the parser’s message when the address returns an HTML page', async () => {
    h = createHarness();
    server.set('/page', { body: '<!doctype html><html><body><p>Hello</p></body></html>', contentType: 'text/html' });
    const id = subscribe('/page');
    const finished = await refreshAndWait(h, { kind: 'feed', id });
    expect(finished.failures[0]!.message).toMatch(/HTML page, not a feed/);
    expect(feed(id).sync.lastError).toMatch(/HTML page, not a feed/);
  });
});
