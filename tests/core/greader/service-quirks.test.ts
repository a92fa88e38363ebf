import { afterEach, describe, expect, it } from 'vitest';
import { GReaderAuthError, GReaderRateLimitError } from '../../../electron/core/greader/errors';
import { ITEM_ID_PREFIX } from '../../../electron/core/greader/item-id';
import { GREADER_SERVICES } from '../../../electron/core/greader/services';
import { READ, READING_LIST, STARRED } from '../../../electron/core/greader/streams';
import { startGReaderFake, type GReaderFake, type GReaderFakeOptions } from '../../support/greader-fake/greader-fake';
import { clientFor, signedInClientFor } from './support/client-for-fake';

let fake: GReaderFake;
afterEach(async () => {
  await fake?.close();
});

async function fakeWithItems(options: GReaderFakeOptions, count = 30) {
  fake = await startGReaderFake(options);
  const feed = fake.addFeed('https://site.example/feed.xml', 'Site', ['News']);
  return fake.addItems(feed.streamId, count);
}

describe('Inoreader', () => {
  it('sends the App ID and App key on every request, ClientLogin included', async () => {
    const [item] = await fakeWithItems({ service: 'inoreader' });
    const client = await signedInClientFor(fake);
    await client.itemIds({ stream: READING_LIST, count: 10 });
    await client.editTag({ ids: [item!.longId], add: READ });
    expect(fake.requests.length).toBeGreaterThanOrEqual(4);
    for (const request of fake.requests) {
      expect(request.headers).toMatchObject({ appid: fake.appId, appkey: fake.appKey });
    }
  });

  it('says the App ID or key was refused, not the password', async () => {
    await fakeWithItems({ service: 'inoreader' });
    const client = clientFor(fake, { appKey: 'wrong-key' });
    const error = await client.login(fake.user, fake.password).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderAuthError);
    expect(error).toMatchObject({ reason: 'app-credentials', message: 'The server refused the App ID or App key.' });
  });

  it('stops at the daily quota with the wait Inoreader announces', async () => {
    await fakeWithItems({ service: 'inoreader', quota: { zone1: 3, zone2: 100, resetAfterSeconds: 5400 } });
    const client = await signedInClientFor(fake);
    for (let call = 0; call < 3; call++) await client.subscriptions();
    const error = await client.subscriptions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 5400_000 });
    fake.resetQuota();
    await expect(client.subscriptions()).resolves.toHaveLength(1);
  });

  it('reads the wait from X-Reader-Limits-Reset-After when no Retry-After comes', async () => {
    await fakeWithItems({ service: 'inoreader' });
    const client = await signedInClientFor(fake);
    fake.failNext({
      endpoint: 'reader/api/0/tag/list',
      status: 429,
      headers: { 'X-Reader-Limits-Reset-After': '120' },
    });
    await expect(client.tags()).rejects.toMatchObject({ name: 'GReaderRateLimitError', retryAfterMs: 120_000 });
  });

  it('asks for at most 1000 ids a page, its documented maximum', async () => {
    await fakeWithItems({ service: 'inoreader' });
    const client = await signedInClientFor(fake);
    await client.itemIds({ stream: READING_LIST, count: 50_000 });
    expect(fake.requestsTo('reader/api/0/stream/items/ids')[0]!.query.get('n')).toBe('1000');
  });

  it('reads labels written with the user’s number', async () => {
    const [item] = await fakeWithItems({ service: 'inoreader' });
    const client = await signedInClientFor(fake);
    fake.star([item!.longId]);
    const [read] = await client.itemContents([item!.longId]);
    expect(read!.categories).toContain('user/1005921515/label/News');
    expect(read).toMatchObject({ labels: ['News'], starred: true });
    expect((await client.tags()).map((tag) => tag.id)).toEqual(['user/1005921515/label/News']);
  });
});

describe('Miniflux', () => {
  it('has its quirks in the service data', () => {
    expect(GREADER_SERVICES.miniflux.quirks).toMatchObject({
      streamContents: false,
      continuation: 'offset',
      includeFilter: false,
      labelStreamsInItemIds: false,
    });
  });

  it('marks the right items although it reads short ids as hex: the client sends long forms only', async () => {
    const items = await fakeWithItems({ service: 'miniflux' }, 40);
    const client = await signedInClientFor(fake);
    const { ids } = await client.itemIds({ stream: READING_LIST, count: 100 });
    const target = ids.find((id) => id === items[17]!.longId)!; // entry 18: "18" read as hex would be entry 24
    await client.editTag({ ids: [target], add: READ });
    expect(fake.readIds()).toEqual([items[17]!.longId]);
    for (const request of fake.requestsTo('reader/api/0/edit-tag')) {
      for (const id of request.form.getAll('i')) expect(id.startsWith(ITEM_ID_PREFIX)).toBe(true);
    }
  });

  it('pages with its integer offsets', async () => {
    await fakeWithItems({ service: 'miniflux' }, 23);
    const client = await signedInClientFor(fake);
    const pages = [];
    for await (const page of client.itemIdPages({ stream: READING_LIST, count: 10 })) pages.push(page);
    expect(pages.map((page) => page.continuation)).toEqual(['10', '20', null]);
    expect(new Set(pages.flatMap((page) => page.ids)).size).toBe(23);
  });

  it('keeps an offset sent as a bare JSON number a string', async () => {
    await fakeWithItems({ service: 'miniflux', variant: { continuationAsNumber: true } }, 12);
    const client = await signedInClientFor(fake);
    const page = await client.itemIds({ stream: READING_LIST, count: 5 });
    expect(page.continuation).toBe('5');
    const next = await client.itemIds({ stream: READING_LIST, count: 5, continuation: page.continuation });
    expect(next.ids).toHaveLength(5);
    expect(next.ids.some((id) => page.ids.includes(id))).toBe(false);
  });

  it('signs its writes with T, the only credential Miniflux reads on a POST', async () => {
    const [item] = await fakeWithItems({ service: 'miniflux' });
    const client = await signedInClientFor(fake);
    await client.editTag({ ids: [item!.longId], add: STARRED });
    expect(fake.starredIds()).toEqual([item!.longId]);
    const [post] = fake.requestsTo('reader/api/0/edit-tag');
    expect(post!.form.get('T')).toBe(client.auth());
  });

  it('finds unread items with xt, not with the it= Miniflux ignores', async () => {
    const items = await fakeWithItems({ service: 'miniflux' }, 6);
    const client = await signedInClientFor(fake);
    fake.markRead([items[0]!.longId, items[1]!.longId]);
    const unread = await client.itemIds({ stream: READING_LIST, exclude: READ, count: 100 });
    expect(unread.ids).toHaveLength(4);
    const ignored = await client.itemIds({ stream: READING_LIST, include: READ, count: 100 });
    expect(ignored.ids).toHaveLength(6);
  });
});

describe('The Old Reader', () => {
  it('keeps its ObjectIds whole, in ids, bodies and writes', async () => {
    const items = await fakeWithItems({ service: 'theoldreader' }, 5);
    const client = await signedInClientFor(fake);
    const { ids } = await client.itemIds({ stream: READING_LIST, count: 10 });
    expect(ids).toEqual(items.map((item) => item.longId).reverse());
    for (const id of ids) expect(id).toMatch(/^tag:google\.com,2005:reader\/item\/[0-9a-f]{24}$/);
    expect(fake.requestsTo('reader/api/0/stream/items/ids')).toHaveLength(1);
    const [body] = await client.itemContents([ids[0]!]);
    expect(body!.id).toBe(ids[0]);
    await client.editTag({ ids: [ids[0]!], add: READ });
    expect(fake.readIds()).toEqual([ids[0]]);
  });
});

describe('BazQux', () => {
  it('reads Error=BadAuthentication in a 200 as a refused password', async () => {
    await fakeWithItems({ service: 'bazqux' });
    const error = await clientFor(fake)
      .login(fake.user, 'wrong')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderAuthError);
    expect(error).toMatchObject({ reason: 'password' });
  });

  it('pages with continuations that are item ids', async () => {
    await fakeWithItems({ service: 'bazqux' }, 9);
    const client = await signedInClientFor(fake);
    const first = await client.itemIds({ stream: READING_LIST, count: 4 });
    expect(first.continuation).toMatch(/^\d+$/);
    const all = [];
    for await (const page of client.itemIdPages({ stream: READING_LIST, count: 4 })) all.push(...page.ids);
    expect(all).toHaveLength(9);
  });
});
