import { afterEach, describe, expect, it } from 'vitest';
import type { NextcloudClient } from '../../../electron/core/nextcloud/client';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { clientFor } from './support/client-for-fake';

let fake: NextcloudFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(): Promise<NextcloudClient> {
  fake = await startNextcloudFake();
  return clientFor(fake);
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('checking the account', () => {
  it('reads the status and the version with Basic auth', async () => {
    const client = await setUp();
    await expect(client.status()).resolves.toEqual({
      version: '25.3.2',
      improperlyConfiguredCron: false,
      incorrectDbCharset: false,
    });
    await expect(client.version()).resolves.toBe('25.3.2');
    const sent = Buffer.from(String(fake.requestsTo('status')[0]!.headers.authorization).slice(6), 'base64');
    expect(sent.toString()).toBe(`${fake.user}:${fake.password}`);
  });
});

describe('folders', () => {
  it('lists, creates, renames and deletes folders, ids as strings', async () => {
    const client = await setUp();
    fake.addFolder('News');
    const created = await client.createFolder('Tech');
    expect(created).toEqual({ id: '2', name: 'Tech' });
    await client.renameFolder(created.id, 'Technology');
    expect(fake.requestsTo('folders/2')[0]).toMatchObject({ method: 'PUT', json: { name: 'Technology' } });
    await expect(client.folders()).resolves.toEqual([
      { id: '1', name: 'News' },
      { id: '2', name: 'Technology' },
    ]);
    await client.deleteFolder('1');
    await expect(client.folders()).resolves.toEqual([{ id: '2', name: 'Technology' }]);
  });

  it('deleting a folder takes its feeds with it', async () => {
    const client = await setUp();
    const folder = fake.addFolder('News');
    fake.addFeed('https://a.example/feed', 'A', folder.id);
    fake.addFeed('https://b.example/feed', 'B');
    await client.deleteFolder(String(folder.id));
    expect((await client.feeds()).feeds.map((feed) => feed.url)).toEqual(['https://b.example/feed']);
  });
});

describe('feeds', () => {
  it('lists feeds with their folder, unread count and the newest item id', async () => {
    const client = await setUp();
    const folder = fake.addFolder('News');
    const feed = fake.addFeed('https://a.example/feed', 'A', folder.id);
    fake.addFeed('https://b.example/feed', 'B');
    const items = fake.addItems(feed.id, 3);
    fake.setState(items[0]!.id, { starred: true });
    const list = await client.feeds();
    expect(list.feeds).toMatchObject([
      { id: '1', url: 'https://a.example/feed', title: 'A', folderId: '1', unreadCount: 3 },
      { id: '2', url: 'https://b.example/feed', title: 'B', folderId: null, unreadCount: 0 },
    ]);
    expect(list).toMatchObject({ starredCount: 1, newestItemId: '3' });
  });

  it('has no newest item id while the server has no items', async () => {
    const client = await setUp();
    await expect(client.feeds()).resolves.toEqual({ feeds: [], starredCount: 0, newestItemId: null });
  });

  it('creates a feed in a folder or at the top level, moves, renames and deletes it', async () => {
    const client = await setUp();
    const folder = await client.createFolder('News');
    const { feed, newestItemId } = await client.createFeed('https://a.example/feed', folder.id);
    expect(feed).toMatchObject({ url: 'https://a.example/feed', folderId: folder.id });
    expect(newestItemId).toBe('2');
    expect(fake.requestsTo('feeds').at(-1)).toMatchObject({
      method: 'POST',
      json: { url: 'https://a.example/feed', folderId: 1 },
    });
    const top = await client.createFeed('https://b.example/feed', null);
    expect(top.feed.folderId).toBeNull();

    await client.moveFeed(feed.id, null);
    expect(fake.requestsTo(`feeds/${feed.id}/move`)[0]).toMatchObject({ method: 'POST', json: { folderId: null } });
    await client.moveFeed(top.feed.id, folder.id);
    await client.renameFeed(feed.id, 'Renamed');
    expect(fake.requestsTo(`feeds/${feed.id}/rename`)[0]).toMatchObject({ json: { feedTitle: 'Renamed' } });
    expect((await client.feeds()).feeds).toMatchObject([
      { id: feed.id, title: 'Renamed', folderId: null },
      { id: top.feed.id, folderId: folder.id },
    ]);

    await client.deleteFeed(feed.id);
    expect((await client.feeds()).feeds.map((entry) => entry.id)).toEqual([top.feed.id]);
  });
});

describe('items in pages', () => {
  async function withItems(count: number) {
    const client = await setUp();
    const folder = fake.addFolder('News');
    const inFolder = fake.addFeed('https://a.example/feed', 'A', folder.id);
    const outside = fake.addFeed('https://b.example/feed', 'B');
    const a = fake.addItems(inFolder.id, count);
    const b = fake.addItems(outside.id, count);
    return { client, folder, inFolder, outside, a, b };
  }

  it('pages newest first by offset until a short page, every item once', async () => {
    const { client } = await withItems(6);
    const pages: string[][] = [];
    for await (const page of client.itemPages({ scope: { type: 'all' }, batchSize: 5 })) pages.push(ids(page.items));
    expect(pages).toEqual([
      ['12', '11', '10', '9', '8'],
      ['7', '6', '5', '4', '3'],
      ['2', '1'],
    ]);
    expect(fake.requestsTo('items').map((request) => request.query.get('offset'))).toEqual(['0', '8', '3']);
  });

  it('pages oldest first from the highest id seen', async () => {
    const { client } = await withItems(3);
    const first = await client.items({ scope: { type: 'all' }, batchSize: 4, oldestFirst: true });
    expect(ids(first.items)).toEqual(['1', '2', '3', '4']);
    expect(first.nextOffset).toBe('4');
    const second = await client.items({ scope: { type: 'all' }, batchSize: 4, oldestFirst: true, offset: '4' });
    expect(ids(second.items)).toEqual(['5', '6']);
    expect(second.nextOffset).toBeNull();
  });

  it('a page exactly as long as batchSize asks once more and ends on the empty page', async () => {
    const { client } = await withItems(2);
    const pages: string[][] = [];
    for await (const page of client.itemPages({ scope: { type: 'all' }, batchSize: 2 })) pages.push(ids(page.items));
    expect(pages).toEqual([['4', '3'], ['2', '1'], []]);
  });

  it('lists one feed, one folder, unread only, or all at once with batchSize -1', async () => {
    const { client, folder, outside, a, b } = await withItems(3);
    fake.setState(a[2]!.id, { unread: false });
    fake.setState(b[0]!.id, { unread: false });
    const feedPage = await client.items({ scope: { type: 'feed', id: String(outside.id) }, batchSize: -1 });
    expect(ids(feedPage.items)).toEqual(['6', '5', '4']);
    expect(feedPage.nextOffset).toBeNull();
    const unreadInFolder = await client.items({
      scope: { type: 'folder', id: String(folder.id) },
      batchSize: -1,
      getRead: false,
    });
    expect(ids(unreadInFolder.items)).toEqual(['2', '1']);
    const unread = await client.items({ scope: { type: 'all' }, batchSize: -1, getRead: false });
    expect(ids(unread.items)).toEqual(['6', '5', '2', '1']);
    expect(fake.requestsTo('items').at(-1)!.query.get('getRead')).toBe('false');
  });

  it('unread starred items: asks for every starred one (the server refuses getRead=false there) and keeps the unread', async () => {
    const { client, a } = await withItems(3);
    for (const item of a) fake.setState(item.id, { starred: true });
    fake.setState(a[1]!.id, { unread: false });
    const page = await client.items({ scope: { type: 'starred' }, batchSize: 2, getRead: false });
    expect(ids(page.items)).toEqual(['3']);
    expect(page.nextOffset).toBe('2');
    expect(fake.requestsTo('items')[0]!.query.get('getRead')).toBe('true');
    const rest = await client.items({ scope: { type: 'starred' }, batchSize: 2, getRead: false, offset: '2' });
    expect(ids(rest.items)).toEqual(['1']);
  });

  it('reads an item’s fields, times in milliseconds and lastModified in seconds', async () => {
    const { client, a } = await withItems(1);
    const { items } = await client.items({ scope: { type: 'feed', id: '1' }, batchSize: -1 });
    const stamp = Math.floor(a[0]!.lastModifiedUs / 1_000_000);
    expect(items[0]).toEqual({
      id: '1',
      feedId: '1',
      guid: a[0]!.guid,
      guidHash: 'hash-1',
      url: a[0]!.url,
      title: 'Item 1',
      author: null,
      publishedAt: a[0]!.pubDate * 1000,
      body: '<p>Body of item 1</p>',
      enclosureLink: null,
      enclosureMime: null,
      mediaThumbnail: null,
      unread: true,
      starred: false,
      lastModified: stamp,
      fingerprint: 'fp-1',
    });
  });
});

describe('item states', () => {
  it('marks read and unread, stars and unstars by item id, ids sent as integers under itemIds', async () => {
    const client = await setUp();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    const items = fake.addItems(feed.id, 4);
    await client.markItemsRead(['1', '2', '3']);
    await client.markItemsUnread(['2']);
    await client.starItems(['3', '4']);
    await client.unstarItems(['4']);
    expect(items.map((item) => [fake.item(item.id)!.unread, fake.item(item.id)!.starred])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect(fake.requestsTo('items/read/multiple')[0]).toMatchObject({ method: 'POST', json: { itemIds: [1, 2, 3] } });
    expect(fake.requestsTo('items/unread/multiple')).toHaveLength(1);
    expect(fake.requestsTo('items/star/multiple')[0]!.json).toEqual({ itemIds: [3, 4] });
    expect(fake.requestsTo('items/unstar/multiple')[0]!.json).toEqual({ itemIds: [4] });
  });

  it('sends many ids in batches of 500, each id once', async () => {
    const client = await setUp();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    const items = fake.addItems(feed.id, 1200);
    const all = items.map((item) => String(item.id));
    await client.markItemsRead([...all, '1', '2']);
    expect(
      fake.requestsTo('items/read/multiple').map((request) => (request.json as { itemIds: number[] }).itemIds.length),
    ).toEqual([500, 500, 200]);
    expect([...fake.store.items.values()].every((item) => !item.unread)).toBe(true);
  });

  it('sends nothing for no ids; unknown ids are skipped by the server', async () => {
    const client = await setUp();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    fake.addItems(feed.id, 1);
    await client.starItems([]);
    expect(fake.requestsTo('items/star/multiple')).toHaveLength(0);
    await client.starItems(['1', '999']);
    expect(fake.item(1)!.starred).toBe(true);
  });

  it('marks read up to the newest item id the reader saw: everything, one feed or one folder', async () => {
    const client = await setUp();
    const folder = fake.addFolder('News');
    const a = fake.addFeed('https://a.example/feed', 'A', folder.id);
    const b = fake.addFeed('https://b.example/feed', 'B');
    fake.addItems(a.id, 2); // 1, 2
    fake.addItems(b.id, 2); // 3, 4
    fake.addItems(a.id, 1); // 5
    const unread = () => [...fake.store.items.values()].filter((item) => item.unread).map((item) => item.id);

    await client.markRead({ type: 'folder', id: String(folder.id) }, '2');
    expect(unread()).toEqual([3, 4, 5]);
    expect(fake.requestsTo('folders/1/read')[0]).toMatchObject({ method: 'POST', json: { newestItemId: 2 } });
    await client.markRead({ type: 'feed', id: String(b.id) }, '3');
    expect(unread()).toEqual([4, 5]);
    // An item that reached the server after the reader's click (5) stays unread.
    await client.markRead({ type: 'all' }, '4');
    expect(unread()).toEqual([5]);
    expect(fake.requestsTo('items/read')[0]).toMatchObject({ method: 'POST', json: { newestItemId: 4 } });
  });
});
