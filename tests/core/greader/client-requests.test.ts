import { afterEach, describe, expect, it } from 'vitest';
import { ITEM_ID_PREFIX } from '../../../electron/core/greader/item-id';
import { READ, READING_LIST, STARRED, feedStreamIdForUrl, labelStreamId } from '../../../electron/core/greader/streams';
import { startGReaderFake, type FakeServiceId, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { signedInClientFor } from './support/client-for-fake';

let fake: GReaderFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(service: FakeServiceId, count: number) {
  fake = await startGReaderFake({ service });
  const feed = fake.addFeed('https://site.example/feed.xml', 'Site', ['News']);
  const items = fake.addItems(feed.streamId, count);
  return { client: await signedInClientFor(fake), items, feed };
}

const services: FakeServiceId[] = ['freshrss', 'miniflux', 'inoreader', 'theoldreader', 'bazqux', 'other'];

describe.each(services)('what the client sends to %s', (service) => {
  it('T on every POST, the session on every call, JSON asked for on every read', async () => {
    const { client, items, feed } = await setUp(service, 600);
    // Miniflux refuses to delete its last folder (a 500): the account has a second one.
    fake.addFeed('https://second.example/feed.xml', 'Second', ['Other']);
    const ids = items.map((item) => item.longId);
    await client.subscriptions();
    await client.tags();
    await client.itemIds({ stream: READING_LIST, count: 100, exclude: READ });
    await client.itemContents(ids);
    await client.editTag({ ids, add: READ, remove: STARRED });
    await client.markAllAsRead(feed.streamId, String(items.at(-1)!.crawlUsec));
    await client.subscriptionEdit({ action: 'edit', stream: feed.streamId, title: 'Renamed' });
    await client.quickAdd('https://other.example/feed.xml');
    await client.renameTag(labelStreamId('News'), labelStreamId('World'));
    await client.disableTag(labelStreamId('World'));
    const token = await client.token();
    for (const request of fake.requests) {
      if (request.endpoint === 'accounts/ClientLogin') continue;
      if (request.method === 'POST') {
        expect(request.form.get('T'), request.endpoint).toBe(token);
        expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      } else if (request.endpoint !== 'reader/api/0/token') {
        expect(request.query.get('output'), request.endpoint).toBe('json');
      }
      expect(request.headers.authorization).toBe(`GoogleLogin auth=${client.auth()}`);
    }
  });

  it('edit-tag: one a= and one r= per call, long-form ids, at most 250 a call', async () => {
    const { client, items } = await setUp(service, 600);
    await client.editTag({ ids: items.map((item) => item.shortId), add: READ, remove: STARRED });
    const calls = fake.requestsTo('reader/api/0/edit-tag');
    expect(calls.map((call) => call.form.getAll('i').length)).toEqual([250, 250, 100]);
    for (const call of calls) {
      expect(call.form.getAll('a')).toEqual([READ]);
      expect(call.form.getAll('r')).toEqual([STARRED]);
      for (const id of call.form.getAll('i')) expect(id.startsWith(ITEM_ID_PREFIX)).toBe(true);
    }
    expect(fake.readIds()).toHaveLength(600);
  });

  it('stream/items/contents: ids by POST, 250 at most, each id once', async () => {
    const { client, items } = await setUp(service, 600);
    const ids = items.map((item) => item.longId);
    const bodies = await client.itemContents([...ids, ...ids.slice(0, 10)]);
    expect(bodies.map((item) => item.id).sort()).toEqual([...ids].sort());
    const calls = fake.requestsTo('reader/api/0/stream/items/contents');
    expect(calls.map((call) => [call.method, call.form.getAll('i').length])).toEqual([
      ['POST', 250],
      ['POST', 250],
      ['POST', 100],
    ]);
  });
});

describe('the fields of each write', () => {
  it('subscription/edit sends ac, s, t, a and r as given', async () => {
    const { client } = await setUp('freshrss', 1);
    await client.subscriptionEdit({
      action: 'subscribe',
      stream: feedStreamIdForUrl('https://new.example/feed.xml'),
      title: 'New',
      addLabel: labelStreamId('Tech'),
    });
    const [call] = fake.requestsTo('reader/api/0/subscription/edit');
    expect([...call!.form].filter(([key]) => key !== 'T')).toEqual([
      ['ac', 'subscribe'],
      ['s', 'feed/https://new.example/feed.xml'],
      ['t', 'New'],
      ['a', 'user/-/label/Tech'],
    ]);
  });

  it('mark-all-as-read sends the stream and the server’s timestamp, and refuses anything but microseconds', async () => {
    const { client, feed, items } = await setUp('freshrss', 3);
    await client.markAllAsRead(feed.streamId, String(items[1]!.crawlUsec));
    const [call] = fake.requestsTo('reader/api/0/mark-all-as-read');
    expect(call!.form.get('s')).toBe(feed.streamId);
    expect(call!.form.get('ts')).toBe(String(items[1]!.crawlUsec));
    expect(fake.readIds()).toEqual([items[0]!.longId, items[1]!.longId]);
    await expect(client.markAllAsRead(feed.streamId, '2026-01-01')).rejects.toBeInstanceOf(RangeError);
  });

  it('an edit with nothing to add or remove sends nothing', async () => {
    const { client, items } = await setUp('freshrss', 1);
    await client.editTag({ ids: [items[0]!.longId] });
    await client.editTag({ ids: [], add: READ });
    expect(fake.requestsTo('reader/api/0/edit-tag')).toHaveLength(0);
  });
});

describe('the fields of a page of ids', () => {
  it('sends s, n, xt, it, ot, r and c as asked, n within the service’s limit', async () => {
    const { client, items } = await setUp('freshrss', 3);
    await client.itemIds({
      stream: READING_LIST,
      count: 12.7,
      exclude: [READ],
      include: STARRED,
      since: new Date('2026-01-01T00:00:00.900Z'),
      oldestFirst: true,
      continuation: items[1]!.shortId,
    });
    await client.itemIds({ stream: READING_LIST, count: Number.NaN, since: new Date(Number.NaN) });
    const [first, second] = fake.requestsTo('reader/api/0/stream/items/ids');
    expect([...first!.query]).toEqual([
      ['output', 'json'],
      ['s', READING_LIST],
      ['n', '12'],
      ['xt', READ],
      ['it', STARRED],
      ['ot', '1767225600'],
      ['r', 'o'],
      ['c', items[1]!.shortId],
    ]);
    expect([...second!.query]).toEqual([
      ['output', 'json'],
      ['s', READING_LIST],
      ['n', '10000'],
    ]);
  });
});
