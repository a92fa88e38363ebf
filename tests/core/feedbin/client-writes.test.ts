import { afterEach, describe, expect, it } from 'vitest';
import { FeedbinRefusedError } from '../../../electron/core/feedbin/errors';
import { startFeedbinFake, STATE_IDS_LIMIT, type FeedbinFake } from '../../support/feedbin-fake/feedbin-fake';
import { clientFor } from './support/client-for-fake';

let fake: FeedbinFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp() {
  fake = await startFeedbinFake();
  const news = fake.store.addFeed('https://news.example/feed.xml', 'News Site', { tags: ['News'] });
  return { client: clientFor(fake), news };
}

describe('subscribing', () => {
  it('subscribes to a feed’s address and says it is new', async () => {
    const { client } = await setUp();
    const spare = fake.store.addFeed('https://spare.example/rss', 'Spare', { subscribed: false });
    const result = await client.subscribe('https://spare.example/rss');
    expect(result).toMatchObject({ kind: 'created', subscription: { feedId: spare.feedId, title: 'Spare' } });
    expect(fake.store.isSubscribed(Number(spare.feedId))).toBe(true);
    expect(fake.requestsTo('subscriptions.json', 'POST')[0]?.json).toEqual({ feed_url: 'https://spare.example/rss' });
  });

  it('reads the 302 for a feed already subscribed as that subscription, not a failure', async () => {
    const { client, news } = await setUp();
    const result = await client.subscribe('https://news.example/feed.xml');
    expect(result).toEqual({
      kind: 'existing',
      subscription: expect.objectContaining({ id: news.subscriptionId, feedId: news.feedId }) as object,
    });
    expect(fake.requestsTo('subscriptions.json', 'POST')[0]?.status).toBe(302);
    expect(fake.store.subscriptions.size).toBe(1);
  });

  it('offers the feeds of a site that has several (300) and subscribes to none of them', async () => {
    const { client } = await setUp();
    const posts = fake.store.addFeed('https://blog.example/posts.atom', 'Posts', { subscribed: false });
    const notes = fake.store.addFeed('https://blog.example/notes.atom', 'Notes', { subscribed: false });
    fake.store.addSite('https://blog.example', [posts.feedId, notes.feedId]);
    const result = await client.subscribe('blog.example');
    expect(result).toEqual({
      kind: 'choices',
      choices: [
        { feedUrl: 'https://blog.example/posts.atom', title: 'Posts' },
        { feedUrl: 'https://blog.example/notes.atom', title: 'Notes' },
      ],
    });
    expect(fake.store.subscriptions.size).toBe(1);
  });

  it('subscribes to a site’s only feed from the site’s address', async () => {
    const { client } = await setUp();
    const only = fake.store.addFeed('https://solo.example/feed', 'Solo', { subscribed: false });
    fake.store.addSite('https://solo.example', [only.feedId]);
    await expect(client.subscribe('https://solo.example')).resolves.toMatchObject({
      kind: 'created',
      subscription: { feedId: only.feedId },
    });
  });

  it('says plainly when there is no feed at the address (404)', async () => {
    const { client } = await setUp();
    const error = await client.subscribe('https://nothing.example/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedbinRefusedError);
    expect((error as Error).message).toBe('Feedbin refused subscriptions.json: no feed was found at that address.');
  });

  it('renames a subscription with PATCH and unsubscribes, a second unsubscribe counting as done', async () => {
    const { client, news } = await setUp();
    const subscriptionId = news.subscriptionId ?? '';
    const renamed = await client.renameSubscription(subscriptionId, 'My News');
    expect(renamed.title).toBe('My News');
    expect((await client.subscriptions())[0]?.title).toBe('My News');
    expect(fake.requestsTo(`subscriptions/${subscriptionId}.json`, 'PATCH')).toHaveLength(1);
    await client.unsubscribe(subscriptionId);
    expect(await client.subscriptions()).toEqual([]);
    await expect(client.unsubscribe(subscriptionId)).resolves.toBeUndefined();
    expect(fake.requestsTo(`subscriptions/${subscriptionId}.json`, 'DELETE').map((r) => r.status)).toEqual([204, 403]);
  });

  it('refuses an id that is not Feedbin’s before any request, so it cannot reach another endpoint', async () => {
    const { client } = await setUp();
    await expect(client.unsubscribe('../tags')).rejects.toBeInstanceOf(RangeError);
    await expect(client.renameSubscription('feed/1', 'x')).rejects.toBeInstanceOf(RangeError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('folders: taggings and tags', () => {
  it('puts a feed in a folder, finds an existing tagging (302) and takes the feed out again', async () => {
    const { client, news } = await setUp();
    const tagging = await client.tagFeed(news.feedId, 'Morning');
    expect(tagging).toMatchObject({ feedId: news.feedId, name: 'Morning' });
    expect(fake.requestsTo('taggings.json', 'POST')[0]?.json).toEqual({
      feed_id: Number(news.feedId),
      name: 'Morning',
    });
    await expect(client.tagFeed(news.feedId, 'Morning')).resolves.toEqual(tagging);
    expect(fake.requestsTo('taggings.json', 'POST').map((request) => request.status)).toEqual([201, 302]);
    await client.untag(tagging.id);
    expect((await client.taggings()).map((entry) => entry.name)).toEqual(['News']);
    await expect(client.untag(tagging.id)).resolves.toBeUndefined();
  });

  it('renames and deletes a folder with tags.json, answering the taggings left; the feed stays subscribed', async () => {
    const { client, news } = await setUp();
    const renamed = await client.renameTag('News', 'Headlines');
    expect(renamed.map((tagging) => [tagging.feedId, tagging.name])).toEqual([[news.feedId, 'Headlines']]);
    expect(fake.requestsTo('tags.json', 'POST')[0]?.json).toEqual({ old_name: 'News', new_name: 'Headlines' });
    await expect(client.deleteTag('Headlines')).resolves.toEqual([]);
    expect(fake.requestsTo('tags.json', 'DELETE')[0]?.json).toEqual({ name: 'Headlines' });
    expect(await client.subscriptions()).toHaveLength(1);
  });

  it('sends every body as JSON with the Content-Type Feedbin requires', async () => {
    const { client, news } = await setUp();
    await client.tagFeed(news.feedId, 'A');
    await client.renameTag('A', 'B');
    await client.markRead(['1']);
    const writes = fake.requests.filter((request) => request.json !== undefined);
    expect(writes).toHaveLength(3);
    for (const request of writes) expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('entry states', () => {
  it('marks 2,500 entries read in requests of at most 1,000 ids, every one of them read on the server', async () => {
    const { client, news } = await setUp();
    const ids = fake.store.addEntries(news.feedId, 2500);
    const changed = await client.markRead(ids);
    expect(changed).toHaveLength(2500);
    expect(ids.filter((id) => fake.store.isUnread(id))).toEqual([]);
    const batches = fake
      .requestsTo('unread_entries.json', 'DELETE')
      .map((request) => (request.json as { unread_entries: number[] }).unread_entries.length);
    expect(batches).toEqual([STATE_IDS_LIMIT, STATE_IDS_LIMIT, 500]);
  });

  it('marks unread, stars and unstars, sending integers and returning the ids Feedbin changed', async () => {
    const { client, news } = await setUp();
    const ids = fake.store.addEntries(news.feedId, 3, { unread: false });
    expect(await client.markUnread([ids[0] ?? '', ids[0] ?? ''])).toEqual([ids[0]]);
    expect(fake.requestsTo('unread_entries.json', 'POST')[0]?.json).toEqual({ unread_entries: [Number(ids[0])] });
    expect(fake.store.isUnread(ids[0] ?? '')).toBe(true);
    expect(await client.star(ids)).toEqual(ids);
    expect(ids.every((id) => fake.store.isStarred(id))).toBe(true);
    expect(await client.unstar([ids[1] ?? ''])).toEqual([ids[1]]);
    expect(fake.store.isStarred(ids[1] ?? '')).toBe(false);
  });

  it('leaves out of the answer the entries of a feed no longer subscribed', async () => {
    const { client, news } = await setUp();
    const other = fake.store.addFeed('https://other.example/feed', 'Other');
    const kept = fake.store.addEntries(news.feedId, 2);
    const gone = fake.store.addEntries(other.feedId, 2);
    await client.unsubscribe(other.subscriptionId ?? '');
    expect(await client.star([...kept, ...gone])).toEqual(kept);
  });

  it('sends nothing for an empty list or ids that are not Feedbin’s', async () => {
    const { client } = await setUp();
    expect(await client.markRead([])).toEqual([]);
    expect(await client.star(['tag:google.com,2005:reader/item/00000000000000ff', '-3', '1.5'])).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });
});
