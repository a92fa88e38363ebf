import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { insertAccount } from '../../../electron/core/library/tables/accounts-table';
import { call, createHarness, DEFAULTS_OPML, type Harness } from './support/sync-harness';

/** A sync service's account, whose feeds its own sync fills (none here): the engine must not poll them. */
function addServiceAccount(target: Harness): void {
  insertAccount(target.core.library.db(), {
    id: 'fresh',
    kind: 'greader',
    service: 'freshrss',
    name: 'FreshRSS',
    url: 'https://rss.example/api/greader.php',
    user: 'ana',
    status: 'ok',
    options: '{}',
    position: 'last',
    createdAt: 0,
  });
}

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
  server.set('/blog.xml', { body: rss('The Blog', items(3, 'b')) });
  server.set('/comments.xml', { body: rss('Comments', items(1, 'c')) });
  server.set('/site', {
    contentType: 'text/html',
    body: '<!doctype html><html><head><title>Site</title><link rel="alternate" type="application/rss+xml" title="The Blog" href="/blog.xml"></head><body>Hi</body></html>',
  });
  server.set('/two', {
    contentType: 'text/html',
    body: '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/blog.xml"><link rel="alternate" type="application/rss+xml" href="/comments.xml"></head></html>',
  });
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

describe('subscribing by address', () => {
  it('finds the one feed a site links to, subscribes and refreshes it', async () => {
    h = createHarness();
    const section = h.section('Tech');
    const result = await call(h, 'feeds.subscribe', { url: server.url('/site'), sectionId: section });
    expect(result).toMatchObject({
      kind: 'subscribed',
      feed: { url: server.url('/blog.xml'), title: 'The Blog', sectionId: section },
    });
    await h.core.sync.engine.idle();
    if (result.kind !== 'subscribed') throw new Error('not subscribed');
    expect(h.feed(result.feed.id).articleCount).toBe(3);
  });

  it('offers the candidates when a page links to several feeds, and discovers without subscribing', async () => {
    h = createHarness();
    const result = await call(h, 'feeds.subscribe', { url: server.url('/two') });
    expect(result.kind).toBe('choose');
    expect(await call(h, 'feeds.discover', server.url('/two'))).toEqual([
      expect.objectContaining({ url: server.url('/blog.xml'), title: 'The Blog' }),
      expect.objectContaining({ url: server.url('/comments.xml'), title: 'Comments' }),
    ]);
    expect(h.feeds()).toEqual([]);
  });

  it('subscribing in a sync service’s account asks its server: without its password nothing is added here', async () => {
    h = createHarness();
    addServiceAccount(h);
    await expect(call(h, 'feeds.subscribe', { url: server.url('/site'), accountId: 'fresh' })).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
      message: expect.stringMatching(/no password/),
    });
    expect(h.feeds().filter((feed) => feed.accountId === 'fresh')).toEqual([]);
  });

  it('says why when nothing is found', async () => {
    h = createHarness();
    await expect(call(h, 'feeds.discover', server.url('/missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('OPML', () => {
  const opml = (url: string) =>
    `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="News"><outline type="rss" text="Blog" xmlUrl="${url}"/></outline></body></opml>`;

  it('imports a list, then a refresh fills it', async () => {
    h = createHarness();
    const result = await call(h, 'opml.import', opml(server.url('/blog.xml')));
    expect(result).toMatchObject({ imported: 1, sectionsCreated: 1 });
    await h.core.sync.engine.refresh({ kind: 'all' }).finished;
    const [feed] = h.feeds();
    expect(feed).toMatchObject({ title: 'Blog', articleCount: 3 });
    const exported = await call(h, 'opml.export');
    expect(exported.feeds).toBe(1);
    expect(exported.opml).toContain(`xmlUrl="${server.url('/blog.xml')}"`);
  });

  it('the engine polls only the local account’s feeds, also beside the same feed in a sync service account', async () => {
    h = createHarness();
    addServiceAccount(h);
    await call(h, 'opml.import', opml(server.url('/blog.xml')));
    const fresh = await call(h, 'feeds.add', { url: server.url('/blog.xml'), accountId: 'fresh' });
    await h.core.sync.engine.refresh({ kind: 'all' }).finished;
    expect(new Map(h.feeds().map((feed) => [feed.accountId, feed.articleCount]))).toEqual(
      new Map([
        ['local', 3],
        ['fresh', 0],
      ]),
    );
    expect(h.feed(fresh.id).sync.lastAttemptAt).toBeNull();
  });

  it('into a sync service account the import asks its server and writes nothing here itself', async () => {
    h = createHarness();
    addServiceAccount(h);
    // This account has no password here: the server cannot be asked, so nothing at all changes.
    await expect(call(h, 'opml.import', opml(server.url('/blog.xml')), { accountId: 'fresh' })).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
    });
    expect(h.feeds()).toEqual([]);
    expect(await call(h, 'sections.list')).toEqual([]);
    await expect(call(h, 'opml.import', opml(server.url('/blog.xml')), { accountId: 'nobody' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a document that is not OPML with the parser’s message', async () => {
    h = createHarness();
    await expect(call(h, 'opml.import', '<html></html>')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENTS',
      message: expect.stringMatching(/OPML/),
    });
  });
});

describe('the first-run offer', () => {
  it('offers the default subscriptions in their sections to an empty library only', async () => {
    h = createHarness();
    const offer = await call(h, 'library.offerDefaults');
    expect(offer.offer).toBe(true);
    expect(offer.sections.map((s) => s.name)).toEqual([
      'World',
      'Asia',
      'Middle East',
      'Europe',
      'Business',
      'Technology',
      'Science',
    ]);
    expect(offer.feeds).toBe((DEFAULTS_OPML.match(/xmlUrl=/g) ?? []).length);
    // Without a configured schedule nothing is fetched, so this test never reaches the internet.
    const added = await call(h, 'library.addDefaults');
    expect(added.imported).toBe(offer.feeds);
    expect((await call(h, 'library.offerDefaults')).offer).toBe(false);
  });
});
