import { afterEach, describe, expect, it } from 'vitest';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { clientFor } from './support/client-for-fake';

let fake: MinifluxFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(variant: 'new' | 'old' = 'new') {
  fake = await startMinifluxFake({ variant });
  const news = fake.store.addCategory('News');
  const first = fake.store.addFeed('https://one.example/feed.xml', 'One', news.id);
  const second = fake.store.addFeed('https://two.example/feed.xml', 'Two');
  return { client: clientFor(fake), news, first, second };
}

const ids = (list: { id: number }[]) => list.map((entry) => String(entry.id));

describe('listing entries', () => {
  it('reads an entry as typed fields with string ids and epoch times', async () => {
    const { client, first } = await setUp();
    const [entry] = fake.store.addEntries(first.id, 1);
    const page = await client.entries({});
    expect(page.total).toBe(1);
    expect(page.entries).toEqual([
      {
        id: String(entry!.id),
        feedId: String(first.id),
        title: entry!.title,
        url: entry!.url,
        author: 'Fake Author',
        content: entry!.content,
        publishedAtMs: entry!.publishedAtMs,
        changedAtMs: entry!.changedAtMs,
        status: 'unread',
        starred: false,
      },
    ]);
  });

  it('filters by status, starred, feed and category', async () => {
    const { client, news, first, second } = await setUp();
    const inFirst = fake.store.addEntries(first.id, 4);
    const inSecond = fake.store.addEntries(second.id, 3);
    fake.store.setStatus([inFirst[0]!.id, inSecond[0]!.id], 'read');
    fake.store.setStarred([inFirst[1]!.id], true);
    const listed = async (query: Parameters<typeof client.entries>[0]) =>
      (await client.entries(query)).entries.map((entry) => entry.id);
    expect(await listed({ status: 'read' })).toEqual([String(inFirst[0]!.id), String(inSecond[0]!.id)]);
    expect(await listed({ status: ['read', 'unread'] })).toHaveLength(7);
    expect(await listed({ starred: true })).toEqual([String(inFirst[1]!.id)]);
    expect(await listed({ feedId: String(second.id) })).toEqual(ids(inSecond));
    expect(await listed({ categoryId: String(news.id), status: 'unread' })).toEqual(ids(inFirst.slice(1)));
    expect(fake.requestsTo(`v1/feeds/${second.id}/entries`)).toHaveLength(1);
    expect(fake.requestsTo(`v1/categories/${news.id}/entries`)).toHaveLength(1);
  });

  it('lists what changed on the server after a time (read or starred elsewhere), by changed_after', async () => {
    const { client, first } = await setUp();
    const entries = fake.store.addEntries(first.id, 10);
    const lastSync = new Date(fake.store.nowMs());
    fake.store.advanceClock(5_000);
    fake.store.setStatus([entries[2]!.id], 'read');
    fake.store.setStarred([entries[7]!.id], true);
    const page = await client.entries({ changedAfter: lastSync });
    expect(page.entries.map((entry) => [entry.id, entry.status, entry.starred])).toEqual([
      [String(entries[2]!.id), 'read', false],
      [String(entries[7]!.id), 'unread', true],
    ]);
    expect(fake.requestsTo('v1/entries')[0]?.query.get('changed_after')).toBe(String(lastSync.getTime() / 1000));
  });

  it('asks for at most 1,000 entries, which Miniflux 2.3 requires', async () => {
    const { client, first } = await setUp('new');
    fake.store.addEntries(first.id, 1_200);
    const page = await client.entries({ limit: 5_000 });
    expect(page.entries).toHaveLength(1_000);
    expect(page.total).toBe(1_200);
    expect(fake.requestsTo('v1/entries')[0]?.query.get('limit')).toBe('1000');
  });
});

describe('paging', () => {
  it.each(['new', 'old'] as const)(
    'reads every entry in pages of 1,000 by after_entry_id (%s server)',
    async (variant) => {
      const { client, first } = await setUp(variant);
      const added = fake.store.addEntries(first.id, 2_500);
      const pages: number[] = [];
      const seen: string[] = [];
      for await (const page of client.entryPages({ status: 'unread' })) {
        pages.push(page.entries.length);
        seen.push(...page.entries.map((entry) => entry.id));
      }
      expect(pages).toEqual([1_000, 1_000, 500]);
      expect(seen).toEqual(ids(added));
      const cursors = fake.requestsTo('v1/entries').map((request) => request.query.get('after_entry_id'));
      expect(cursors).toEqual([null, String(added[999]!.id), String(added[1_999]!.id)]);
    },
  );

  it('misses no unread entry when entries are read elsewhere between pages', async () => {
    const { client, first } = await setUp();
    const added = fake.store.addEntries(first.id, 30);
    const seen: string[] = [];
    for await (const page of client.entryPages({ status: 'unread', limit: 10 })) {
      seen.push(...page.entries.map((entry) => entry.id));
      // Another device reads the first five of the page just listed: an offset would now skip five unread ones.
      fake.store.setStatus(
        page.entries.slice(0, 5).map((entry) => Number(entry.id)),
        'read',
      );
    }
    expect(seen).toEqual(ids(added));
  });

  it('stops on a server that does not move forward', async () => {
    const { client, first } = await setUp();
    fake.store.addEntries(first.id, 3);
    const body = JSON.stringify({ total: 3, entries: [{ id: 1, status: 'unread', starred: false }] });
    fake.failNext({ path: 'v1/entries', status: 200, body, times: 5 });
    const pages = [];
    for await (const page of client.entryPages({ limit: 1, afterEntryId: '1' })) pages.push(page);
    expect(pages).toHaveLength(1);
  });
});

describe('read state', () => {
  it('marks entries read and unread in batches of 1,000', async () => {
    const { client, first } = await setUp();
    const added = fake.store.addEntries(first.id, 2_300);
    await client.setStatus(ids(added), 'read');
    const puts = fake.requestsTo('v1/entries', 'PUT');
    expect(puts.map((request) => (request.json as { entry_ids: number[] }).entry_ids.length)).toEqual([
      1_000, 1_000, 300,
    ]);
    expect(puts[0]?.json).toMatchObject({ status: 'read' });
    expect([...fake.store.entries.values()].every((entry) => entry.status === 'read')).toBe(true);
    await client.setStatus([String(added[0]!.id), String(added[0]!.id)], 'unread');
    expect(fake.requestsTo('v1/entries', 'PUT').at(-1)?.json).toEqual({ entry_ids: [added[0]!.id], status: 'unread' });
    expect(fake.store.entries.get(added[0]!.id)?.status).toBe('unread');
  });

  it('sends nothing for no ids', async () => {
    const { client } = await setUp();
    await client.setStatus([], 'read');
    expect(fake.requests).toHaveLength(0);
  });

  it('marks a whole feed or category read, including entries that arrived after the reader looked', async () => {
    const { client, news, first, second } = await setUp();
    const seen = fake.store.addEntries(first.id, 3);
    const arrivedLater = fake.store.addEntries(first.id, 2);
    const elsewhere = fake.store.addEntries(second.id, 2);
    await client.markFeedRead(String(first.id));
    const status = (list: { id: number }[]) => list.map((entry) => fake.store.entries.get(entry.id)?.status);
    expect(status([...seen, ...arrivedLater])).toEqual(Array(5).fill('read'));
    expect(status(elsewhere)).toEqual(['unread', 'unread']);
    fake.store.setStatus(ids(seen).map(Number), 'unread');
    await client.markCategoryRead(String(news.id));
    expect(status(seen)).toEqual(['read', 'read', 'read']);
    expect(status(elsewhere)).toEqual(['unread', 'unread']);
  });
});
