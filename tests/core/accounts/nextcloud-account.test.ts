import { afterEach, describe, expect, it } from 'vitest';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { findAccountRow } from '../../../electron/core/library/tables/accounts-table';
import { createFetchTransport } from '../../support/fetch-transport';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { openLocalSide, type LocalSide } from './conformance/local-side';

let fake: NextcloudFake;
let local: LocalSide;

async function open() {
  fake = await startNextcloudFake();
  local = openLocalSide(createFetchTransport(), () => fake.store.nowUs() / 1000);
  const world = fake.addFolder('World News');
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', world.id);
  const loose = fake.addFeed('https://feeds.example/loose.xml', 'Loose', null);
  return { world, feed, loose };
}

// What the reader types: the Nextcloud's own address; the account keeps the News API's.
const add = (password = fake.password) =>
  local.accounts.add({ kind: 'nextcloud', url: fake.origin, user: fake.user, password });
const byTitle = (accountId: string, title: string) => local.articles(accountId).find((row) => row.title === title)!;
const lastQuery = (endpoint: string, name: string) => fake.requestsTo(endpoint).at(-1)?.query.get(name) ?? null;

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

describe('a Nextcloud News account', () => {
  it('is added only when the server accepts the password, with the News API address and its capabilities', async () => {
    await open();
    await expect(add('wrong')).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
      message: 'The server refused this user name or password.',
    });
    expect(local.accounts.list()).toHaveLength(1);
    const account = await add();
    expect(account).toMatchObject({
      kind: 'nextcloud',
      service: 'nextcloud',
      url: `${fake.origin}/index.php/apps/news/api/v1-3`,
      user: 'reader',
      status: 'ok',
    });
    expect(account.capabilities).toEqual({
      subscriptions: true,
      folders: true,
      starred: true,
      markAllOnServer: true,
      itemLabels: false,
    });
  });

  it('a password refused at sync makes the account need its password', async () => {
    const { feed } = await open();
    fake.addItems(feed.id, 1);
    const account = await add();
    fake.changePassword('changed-on-the-server');
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'needs-password', error: 'The server refused the saved password.' });
  });

  it('first sync: folders as sections, a feed in none, the unread and starred items in pages', async () => {
    const { feed, loose } = await open();
    const items = fake.addItems(feed.id, 600);
    fake.addItems(loose.id, 2);
    for (const item of items.slice(0, 100)) fake.setState(item.id, { unread: false });
    fake.setState(items[5]!.id, { starred: true });
    const account = await add();
    const summary = await local.accounts.sync(account.id);
    // 500 + 2 unread, and the starred one among the read: the other read ones stay on the server.
    expect(summary).toMatchObject({ status: 'ok', error: null, newArticles: 503 });
    expect(local.sections(account.id)).toEqual(['World News']);
    const rows = local.articles(account.id);
    expect(rows.filter((row) => row.feed === 'https://feeds.example/loose.xml').map((row) => row.section)).toEqual([
      null,
      null,
    ]);
    expect(byTitle(account.id, `Item ${items[5]!.id}`)).toMatchObject({ read: true, bookmarked: true });
    expect(local.accounts.list().find((entry) => entry.id === account.id)?.unreadCount).toBe(502);
    const unreadPages = fake.requestsTo('items').filter((request) => request.query.get('getRead') === 'false');
    expect(unreadPages).toHaveLength(3);
    expect(unreadPages.every((request) => request.query.get('batchSize') === '250')).toBe(true);
  });

  it('deltas: what changed since the last sync, from its largest lastModified again; repeated items once', async () => {
    const { feed } = await open();
    const [first] = fake.addItems(feed.id, 3);
    const account = await add();
    await local.accounts.sync(account.id);
    fake.setState(first!.id, { unread: false });
    fake.addItems(feed.id, 2);
    const second = await local.accounts.sync(account.id);
    expect(second).toMatchObject({ status: 'ok', newArticles: 2, pulledStates: 1 });
    expect(byTitle(account.id, `Item ${first!.id}`).read).toBe(true);
    // Everything happened within one second: the next sync asks from that second again, and gets it all again.
    const latest = Math.floor(fake.store.nowUs() / 1_000_000);
    const cursor = JSON.parse(findAccountRow(local.library.db(), account.id)!.state) as { lastModified: number };
    expect(cursor.lastModified).toBe(latest);
    const third = await local.accounts.sync(account.id);
    expect(lastQuery('items/updated', 'lastModified')).toBe(String(latest));
    expect(fake.requestsTo('items/updated').at(-1)!.status).toBe(200);
    expect(third).toMatchObject({ status: 'ok', newArticles: 0, pulledStates: 0 });
    expect(local.articles(account.id)).toHaveLength(5);
    expect(new Set(local.articles(account.id).map((row) => row.title)).size).toBe(5);
  });

  it('an unread count that no longer matches the feeds’ unreadCount lists everything again, and matches', async () => {
    const { feed } = await open();
    const [a] = fake.addItems(feed.id, 3);
    const account = await add();
    await local.accounts.sync(account.id);
    // Read on the server without a new lastModified (a change the deltas never show).
    fake.store.items.get(a!.id)!.unread = false;
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', pulledStates: 1 });
    expect(byTitle(account.id, `Item ${a!.id}`).read).toBe(true);
    expect(local.accounts.list().find((entry) => entry.id === account.id)?.unreadCount).toBe(2);
  });

  it('read and starred both ways: changes here go by item id, changes on the server come back', async () => {
    const { feed } = await open();
    const [a, b] = fake.addItems(feed.id, 2);
    const account = await add();
    await local.accounts.sync(account.id);
    const rowA = byTitle(account.id, `Item ${a!.id}`);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, true);
    local.handlers['bookmarks.set'](rowA.id, { note: '' });
    fake.setState(b!.id, { unread: false, starred: true });
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect(fake.item(a!.id)).toMatchObject({ unread: false, starred: true });
    expect(fake.requestsTo('items/read/multiple').at(-1)!.json).toEqual({ itemIds: [a!.id] });
    expect(fake.requestsTo('items/star/multiple').at(-1)!.json).toEqual({ itemIds: [a!.id] });
    expect(byTitle(account.id, `Item ${b!.id}`)).toMatchObject({ read: true, bookmarked: true });

    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, false);
    local.handlers['bookmarks.remove'](rowA.id);
    fake.setState(b!.id, { unread: true, starred: false });
    await local.accounts.sync(account.id);
    expect(fake.item(a!.id)).toMatchObject({ unread: true, starred: false });
    expect(byTitle(account.id, `Item ${b!.id}`)).toMatchObject({ read: false, bookmarked: false });
  });

  it('mark all as read of a folder goes as folders/{id}/read up to the newest item the reader had', async () => {
    const { world, feed } = await open();
    const items = fake.addItems(feed.id, 3);
    const account = await add();
    await local.accounts.sync(account.id);
    const section = (local.handlers['sections.list']() as { id: string; name: string }[]).find(
      (entry) => entry.name === 'World News',
    )!;
    local.handlers['articles.markRead']({ kind: 'section', sectionId: section.id }, true);
    const later = fake.addItems(feed.id, 1)[0]!;
    await local.accounts.sync(account.id);
    expect(fake.requestsTo(`folders/${world.id}/read`).map((request) => request.json)).toEqual([
      { newestItemId: items[2]!.id },
    ]);
    expect(fake.requestsTo('items/read/multiple')).toHaveLength(0);
    expect(items.every((item) => !fake.item(item.id)!.unread)).toBe(true);
    expect(fake.item(later.id)!.unread).toBe(true);
  });

  it('deleting a folder here keeps its feeds: they leave the folder on the server before it is deleted', async () => {
    const { world, feed } = await open();
    fake.addItems(feed.id, 1);
    const account = await add();
    await local.accounts.sync(account.id);
    const section = (local.handlers['sections.list']() as { id: string; name: string }[]).find(
      (entry) => entry.name === 'World News',
    )!;
    await local.handlers['sections.delete'](section.id);
    expect(fake.store.folders.has(world.id)).toBe(false);
    expect(fake.store.feeds.get(feed.id)).toMatchObject({ folderId: null });
    const order = fake.requests.map((request) => `${request.method} ${request.endpoint}`);
    expect(order.indexOf(`POST feeds/${feed.id}/move`)).toBeLessThan(order.indexOf(`DELETE folders/${world.id}`));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(local.sections(account.id)).toEqual([]);
    expect(local.articles(account.id)).toHaveLength(1);
  });
});
