import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../electron/api/methods/accounts';
import type { SyncConfig } from '../../../electron/api/methods/sync';
import { all } from '../../../electron/core/db/sql';
import { imagesDir } from '../../../electron/core/images/cache-paths';
import { PREVIEW_IMAGE_ROUTE } from '../../../electron/core/images/cache-url';
import { createImageResolver } from '../../../electron/core/images/resolve-image';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { MAX_FULL_TEXT_PER_REFRESH } from '../../../electron/core/sync/full-text';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { solidPng } from '../../support/png';
import { NOW } from '../library/support/library-fixture';
import { startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { call, createHarness, type Harness } from '../sync/support/sync-harness';

/**
 * Account articles get what a refresh gives a feed polled here, after every sync however it started (adding the
 * account, "Sync now"): their pictures kept offline, and for a feed set to "download full articles" their pages,
 * with the pictures only the page shows. The sync service is the protocol fake; the article pages and pictures come
 * from a second local server.
 */
let pages: FeedServer;
let fake: GReaderFake;
let h: Harness;
const HARBOUR = solidPng(1, 1, [20, 90, 160]);
const TEASER = solidPng(1, 1, [200, 30, 30]);

beforeAll(async () => {
  pages = await startFeedServer();
  pages.set('/teaser.png', { contentType: 'image/png', body: TEASER });
});
afterAll(() => pages.close());
beforeEach(async () => {
  // The server's crawl clock starts an hour before the app's: its items are today's news.
  fake = await startGReaderFake({ service: 'freshrss', clockStartMs: NOW - 3_600_000 });
  h = createHarness();
  await configureImages();
});
afterEach(async () => {
  await h.core.accounts.idle();
  await h.dispose();
  await fake.close();
});

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the photo essay, long enough that Readability treats it as the body of an article, with commas, clauses and harbour cranes.</p>`;

/** An article page whose picture appears only in its full text. */
function servePage(path: string): string {
  pages.set(`${path}.png`, { contentType: 'image/png', body: HARBOUR });
  pages.set(path, {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><title>Photo essay</title></head><body><article><h1>Photo essay</h1>
      ${paragraph(1)}<figure><img src="${path}.png" alt="The harbour at dawn"></figure>
      ${paragraph(2)}${paragraph(3)}${paragraph(4)}</article></body></html>`,
  });
  return pages.url(path);
}

function configureImages(): Promise<null> {
  const config: SyncConfig = {
    refreshIntervalMinutes: 30,
    proxy: '',
    offlineImages: true,
    offlineImagesDays: 14,
    imageCacheQuotaMB: 2048,
    accountUnreadDays: 90,
  };
  return call(h, 'sync.configure', config);
}

/** What the Add account form sends; the core syncs the new account in the background. */
async function addAccount(): Promise<Account> {
  const account = await h.core.handlers['internal.addAccount'](accountInputFor(fake));
  await settled();
  return account;
}

/** The account's sync and every pass it started (pages, pictures) are over. */
async function settled(): Promise<void> {
  await h.core.accounts.idle();
  await h.core.whenBackgroundIdle();
}

/** Is the picture at `url` cached for the article, with exactly these bytes? */
async function cached(articleId: string, url: string, bytes: Buffer): Promise<boolean> {
  const entry = (await call(h, 'images.map', articleId))[url];
  if (!entry?.startsWith(PREVIEW_IMAGE_ROUTE)) return false;
  const file = await createImageResolver(imagesDir(h.dir))(entry.slice(PREVIEW_IMAGE_ROUTE.length));
  return file !== null && readFileSync(file.path).equals(bytes);
}

const articleOf = async (feedId: string, title: string) => {
  const { items } = await call(h, 'articles.list', { scope: { kind: 'feed', feedId } });
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`no article “${title}”`);
  return call(h, 'articles.get', found.id);
};

const accountFeed = (account: Account) => {
  const feed = h.feeds().find((candidate) => candidate.accountId === account.id);
  if (!feed) throw new Error('the account has no feed');
  return feed;
};

describe('account articles get the passes a refresh gives', () => {
  it('keeps the pictures of the articles an account brought when it was added', async () => {
    const essays = fake.addFeed('https://feeds.example/essays.xml', 'Essays', ['Reading']);
    fake.addItems(essays.streamId, 1, () => ({
      title: 'Teaser',
      url: servePage('/teaser-page'),
      html: `<p>A teaser.</p><img src="${pages.url('/teaser.png')}" alt="Teaser picture">`,
    }));
    const account = await addAccount();

    const article = await articleOf(accountFeed(account).id, 'Teaser');
    expect(await cached(article.id, pages.url('/teaser.png'), TEASER)).toBe(true);
    // The feed does not download full articles: its page was not fetched.
    expect(article.fullTextHtml).toBeNull();
    expect(pages.hits('/teaser-page')).toBe(0);
  });

  it('downloads full articles for an account feed with the option on, after “Sync now”, with their pictures', async () => {
    const essays = fake.addFeed('https://feeds.example/essays.xml', 'Essays', ['Reading']);
    fake.addItems(essays.streamId, 1, () => ({ title: 'Before', url: servePage('/before'), html: '<p>Teaser.</p>' }));
    const account = await addAccount();
    const feed = accountFeed(account);
    await call(h, 'feeds.update', feed.id, { options: { fullText: true } });

    fake.addItems(essays.streamId, 1, () => ({ title: 'After', url: servePage('/after'), html: '<p>Teaser.</p>' }));
    await call(h, 'accounts.sync', account.id);
    await settled();

    const after = await articleOf(feed.id, 'After');
    expect(after.fullTextHtml).toContain('Paragraph 4 of the photo essay');
    expect(await cached(after.id, pages.url('/after.png'), HARBOUR)).toBe(true);
    // As for a feed polled here, the option applies to articles that arrive after it was switched on.
    expect((await articleOf(feed.id, 'Before')).fullTextHtml).toBeNull();
    expect(pages.hits('/before')).toBe(0);
  });

  it('keeps the service’s text when the page holds less than it, and marks the article (issue 17)', async () => {
    const essays = fake.addFeed('https://feeds.example/essays.xml', 'Essays', ['Reading']);
    const account = await addAccount();
    await call(h, 'feeds.update', accountFeed(account).id, { options: { fullText: true } });
    // The service sends the whole essay; the page shows a preview of a fifth of it (and a sign-in bar).
    const whole = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(paragraph).join('');
    pages.set('/preview-only', {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><title>Whole essay</title></head><body><nav><a href="/login">Sign in</a></nav>
        <article><h1>Whole essay</h1>${paragraph(1)}${paragraph(2)}</article></body></html>`,
    });
    fake.addItems(essays.streamId, 1, () => ({ title: 'Whole essay', url: pages.url('/preview-only'), html: whole }));
    await call(h, 'accounts.sync', account.id);
    await settled();

    const article = await articleOf(accountFeed(account).id, 'Whole essay');
    expect(pages.hits('/preview-only')).toBe(1);
    expect(article).toMatchObject({ fullTextHtml: null, fullTextFailed: true });
    expect(article.contentHtml).toContain('Paragraph 10 of the photo essay');
    expect(article.text).toContain('Paragraph 10 of the photo essay');
  });

  it('fetches at most the newest 25 pages per feed and sync, and keeps a failing page for a later try', async () => {
    const busy = fake.addFeed('https://feeds.example/busy.xml', 'Busy', ['Reading']);
    const account = await addAccount();
    await call(h, 'feeds.update', accountFeed(account).id, { options: { fullText: true } });

    const count = MAX_FULL_TEXT_PER_REFRESH + 5;
    fake.addItems(busy.streamId, count, (index) => ({
      title: `Story ${index}`,
      url: pages.url(`/missing/${index}`),
      publishedSec: Math.floor(NOW / 1000) - 3600 + index * 60,
    }));
    await call(h, 'accounts.sync', account.id);
    await settled();

    const requested = pages.requests.filter((request) => request.path.startsWith('/missing/')).map((r) => r.path);
    expect(requested).toHaveLength(MAX_FULL_TEXT_PER_REFRESH);
    // The newest ones.
    expect(requested).toContain(`/missing/${count - 1}`);
    expect(requested).not.toContain('/missing/0');
    // Each failed page waits for another try, as imported bookmarks' pages do.
    const waiting = all<{ attempts: number }>(h.core.library.db(), 'SELECT attempts FROM pending_full_text');
    expect(waiting).toHaveLength(MAX_FULL_TEXT_PER_REFRESH);
    expect(waiting.every((row) => row.attempts === 1)).toBe(true);
  });

  it('fetches one account article’s full text on demand, and it stays the account’s article', async () => {
    const essays = fake.addFeed('https://feeds.example/essays.xml', 'Essays', ['Reading']);
    fake.addItems(essays.streamId, 1, () => ({ title: 'Essay', url: servePage('/essay'), html: '<p>Teaser.</p>' }));
    const account = await addAccount();
    const feed = accountFeed(account);
    const article = await articleOf(feed.id, 'Essay');

    const full = await call(h, 'articles.fetchFullText', article.id);
    expect(full.fullTextHtml).toContain('Paragraph 4 of the photo essay');
    expect(await cached(article.id, pages.url('/essay.png'), HARBOUR)).toBe(true);

    // Still the server's item: reading it is queued for the server, and the next sync keeps the text.
    await call(h, 'articles.markRead', { kind: 'articles', ids: [article.id] }, true);
    expect(countPendingChanges(h.core.library.db(), account.id)).toBe(1);
    await call(h, 'accounts.sync', account.id);
    await settled();
    expect(fake.readIds()).toHaveLength(1);
    const again = await articleOf(feed.id, 'Essay');
    expect(again).toMatchObject({ id: article.id, isRead: true });
    expect(again.fullTextHtml).toContain('Paragraph 4 of the photo essay');
  });

  it('tells the reader: new articles are announced per section, and states read elsewhere update the counts', async () => {
    const world = fake.addFeed('https://feeds.example/world.xml', 'World Wire', ['World News']);
    const items = fake.addItems(world.streamId, 3);
    const account = await addAccount();
    const section = (await call(h, 'sections.list')).find((entry) => entry.name === 'World News')!;
    expect(h.eventsOf('accounts.synced')).toEqual([
      { accountId: account.id, newArticles: 3, newBySection: [{ sectionId: section.id, newArticles: 3 }] },
    ]);
    expect(h.eventsOf('library.countsChanged').at(-1)?.unread).toBe(3);

    // Read on the phone: nothing new arrives, but every open view's counts must follow.
    fake.markRead([items[0]!.longId]);
    h.events.length = 0;
    await call(h, 'accounts.sync', account.id);
    await settled();
    expect(h.eventsOf('accounts.synced')).toEqual([]);
    expect(h.eventsOf('library.countsChanged').at(-1)?.unread).toBe(2);
  });
});
