import { afterEach, describe, expect, it } from 'vitest';
import { FeedbinAuthError } from '../../../electron/core/feedbin/errors';
import { startFeedbinFake, type FeedbinFake } from '../../support/feedbin-fake/feedbin-fake';
import { clientFor } from './support/client-for-fake';

let fake: FeedbinFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp() {
  fake = await startFeedbinFake();
  const news = fake.store.addFeed('https://news.example/feed.xml', 'News Site', { tags: ['News'] });
  const tech = fake.store.addFeed('https://tech.example/atom.xml', 'Tech Site', {
    siteUrl: 'https://tech.example/',
    tags: ['Tech', 'Daily'],
  });
  return { client: clientFor(fake), news, tech };
}

describe('credentials', () => {
  it('accepts the right email and password with authentication.json, sent as Basic auth', async () => {
    const { client } = await setUp();
    await expect(client.checkCredentials()).resolves.toBeUndefined();
    const [request] = fake.requestsTo('authentication.json');
    const expected = Buffer.from(`${fake.user}:${fake.password}`).toString('base64');
    expect(request?.headers.authorization).toBe(`Basic ${expected}`);
  });

  it('refuses a wrong password with an error that names neither the password nor the header', async () => {
    await setUp();
    const error = await clientFor(fake, { password: 'not-the-password' })
      .checkCredentials()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedbinAuthError);
    expect((error as Error).message).toBe(
      'Feedbin refused the email or password. Enter the password of your Feedbin account again.',
    );
    expect(fake.requestsTo('authentication.json')[0]?.status).toBe(401);
  });
});

describe('subscriptions and taggings', () => {
  it('lists the subscriptions with string ids, the feed ids entries refer to, and their addresses', async () => {
    const { client, news, tech } = await setUp();
    expect(await client.subscriptions()).toEqual([
      {
        id: news.subscriptionId,
        feedId: news.feedId,
        title: 'News Site',
        feedUrl: 'https://news.example/feed.xml',
        siteUrl: 'https://news.example',
        createdAtMs: expect.any(Number) as number,
      },
      {
        id: tech.subscriptionId,
        feedId: tech.feedId,
        title: 'Tech Site',
        feedUrl: 'https://tech.example/atom.xml',
        siteUrl: 'https://tech.example/',
        createdAtMs: expect.any(Number) as number,
      },
    ]);
  });

  it('lists the taggings: which feed is in which folder, a feed in two folders twice', async () => {
    const { client, news, tech } = await setUp();
    const taggings = await client.taggings();
    expect(taggings.map(({ feedId, name }) => [feedId, name])).toEqual([
      [news.feedId, 'News'],
      [tech.feedId, 'Tech'],
      [tech.feedId, 'Daily'],
    ]);
    expect(taggings.every((tagging) => /^\d+$/.test(tagging.id))).toBe(true);
  });
});

describe('entries', () => {
  it('pages through every entry by the Link header, newest first, with the record count', async () => {
    const { client, news, tech } = await setUp();
    const newsIds = fake.store.addEntries(news.feedId, 130);
    const techIds = fake.store.addEntries(tech.feedId, 120);
    const pages = [];
    for await (const page of client.entryPages({ perPage: 100 })) pages.push(page);
    expect(pages.map((page) => [page.page, page.entries.length, page.nextPage, page.lastPage])).toEqual([
      [1, 100, 2, 3],
      [2, 100, 3, 3],
      [3, 50, null, 3],
    ]);
    expect(pages.every((page) => page.recordCount === 250)).toBe(true);
    const ids = pages.flatMap((page) => page.entries.map((entry) => entry.id));
    expect(ids).toEqual([...newsIds, ...techIds].reverse());
    expect(fake.requestsTo('entries.json').map((request) => request.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('takes only the page number from a Link header, so a link to another host never gets the password', async () => {
    const { client, news } = await setUp();
    const [id] = fake.store.addEntries(news.feedId, 1);
    fake.failNext({
      endpoint: 'entries.json',
      status: 200,
      body: JSON.stringify([{ id: Number(id), feed_id: Number(news.feedId) }]),
      headers: { Link: '<https://elsewhere.example/v2/entries.json?page=2>; rel="next"' },
    });
    const pages = [];
    for await (const page of client.entryPages({})) pages.push(page);
    expect(pages.map((page) => page.page)).toEqual([1, 2]);
    expect(fake.requestsTo('entries.json').map((request) => request.query.get('page'))).toEqual([null, '2']);
  });

  it('stops paging when a server’s next page does not move forward', async () => {
    const { client, news } = await setUp();
    fake.store.addEntries(news.feedId, 3);
    fake.failNext({
      endpoint: 'entries.json',
      status: 200,
      skip: 1,
      body: '[{"id":1,"feed_id":1}]',
      headers: { Link: `<${fake.apiUrl}entries.json?page=2>; rel="next"` },
    });
    const pages = [];
    for await (const page of client.entryPages({ perPage: 1 })) pages.push(page.page);
    expect(pages).toEqual([1, 2]);
  });

  it('reads each entry’s fields, keeping created_at exactly as written for the next since', async () => {
    const { client, news } = await setUp();
    const [id] = fake.store.addEntries(news.feedId, 1);
    const { entries } = await client.entriesPage({});
    expect(entries).toEqual([
      {
        id,
        feedId: news.feedId,
        title: `Entry ${id}`,
        url: `https://site.example/entries/${id}`,
        author: 'A. Writer',
        content: `<p>Entry ${id}</p>`,
        summary: `Entry ${id}`,
        publishedMs: expect.any(Number) as number,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/) as string,
        createdAtMs: expect.any(Number) as number,
      },
    ]);
  });

  it('asks only for entries received since the newest one seen: none twice, the new ones once', async () => {
    const { client, news } = await setUp();
    fake.store.addEntries(news.feedId, 5);
    const first = await client.entriesPage({});
    const newest = first.entries[0]?.createdAt ?? null;
    fake.store.advanceClock(0.001); // less than a millisecond later: only the microseconds tell them apart
    const later = fake.store.addEntries(news.feedId, 3);
    const second = await client.entriesPage({ since: newest });
    expect(second.entries.map((entry) => entry.id)).toEqual([...later].reverse());
    expect(fake.requestsTo('entries.json')[1]?.query.get('since')).toBe(newest);
  });

  it('filters unread and starred entries, and caps per_page at 100', async () => {
    const { client, news } = await setUp();
    const ids = fake.store.addEntries(news.feedId, 4);
    fake.store.markRead([ids[0] ?? '', ids[1] ?? '']);
    fake.store.star([ids[1] ?? '']);
    const unread = await client.entriesPage({ read: false, perPage: 500 });
    expect(unread.entries.map((entry) => entry.id)).toEqual([ids[3], ids[2]]);
    expect(fake.requestsTo('entries.json')[0]?.query.get('per_page')).toBe('100');
    const starred = await client.entriesPage({ starred: true });
    expect(starred.entries.map((entry) => entry.id)).toEqual([ids[1]]);
  });

  it('fetches entries by id 100 per request, without repeats, skipping ids that are not Feedbin’s', async () => {
    const { client, news } = await setUp();
    const ids = fake.store.addEntries(news.feedId, 250);
    const entries = await client.entriesByIds([...ids, ids[0] ?? '', 'tag:google.com,2005:reader/item/1', '12abc']);
    expect(new Set(entries.map((entry) => entry.id))).toEqual(new Set(ids));
    const sizes = fake.requestsTo('entries.json').map((request) => request.query.get('ids')?.split(',').length);
    expect(sizes).toEqual([100, 100, 50]);
  });

  it('lists unread and starred entry ids as strings', async () => {
    const { client, news } = await setUp();
    const ids = fake.store.addEntries(news.feedId, 3);
    fake.store.markRead([ids[0] ?? '']);
    fake.store.star([ids[2] ?? '']);
    expect(new Set(await client.unreadEntryIds())).toEqual(new Set([ids[1], ids[2]]));
    expect(await client.starredEntryIds()).toEqual([ids[2]]);
  });
});
