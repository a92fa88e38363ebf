/**
 * The fake's quirks checked with raw requests, the way a careless client would meet them: these are what the
 * client's own tests rely on the fake to punish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startGReaderFake, type GReaderFake, type GReaderFakeOptions } from '../../support/greader-fake/greader-fake';

let fake: GReaderFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(options: GReaderFakeOptions, count = 40) {
  fake = await startGReaderFake(options);
  const feed = fake.addFeed('https://site.example/feed.xml', 'Site', ['News']);
  const items = fake.addItems(feed.streamId, count);
  const login = await fetch(`${fake.apiUrl}/accounts/ClientLogin`, {
    method: 'POST',
    headers: appHeaders(),
    body: new URLSearchParams({ Email: fake.user, Passwd: fake.password }),
  });
  const auth = /Auth=(\S+)/.exec(await login.text())?.[1] ?? '';
  const get = (path: string) =>
    fetch(`${fake.apiUrl}/${path}`, { headers: { Authorization: `GoogleLogin auth=${auth}`, ...appHeaders() } });
  const token = await (await get('reader/api/0/token')).text();
  const post = (path: string, fields: [string, string][], withToken = true) =>
    fetch(`${fake.apiUrl}/${path}`, {
      method: 'POST',
      headers: { Authorization: `GoogleLogin auth=${auth}`, ...appHeaders() },
      body: new URLSearchParams(withToken ? [...fields, ['T', token.trim()]] : fields),
    });
  return { items, get, post };
}

function appHeaders(): Record<string, string> {
  return fake.variant.appCredentials ? { AppId: fake.appId, AppKey: fake.appKey } : {};
}

describe('the protocol fake', () => {
  it('as Miniflux before 2.2.9, reads a short id as hex: "18" marks entry 24', async () => {
    const { items, post } = await setUp({ service: 'miniflux' });
    const response = await post('reader/api/0/edit-tag', [
      ['i', '18'],
      ['a', 'user/-/state/com.google/read'],
    ]);
    expect(await response.text()).toBe('OK');
    expect(fake.readIds()).toEqual([items[23]!.longId]);
  });

  it('as FreshRSS, reads a short id as decimal', async () => {
    const { items, post } = await setUp({ service: 'freshrss' });
    await post('reader/api/0/edit-tag', [
      ['i', items[3]!.shortId],
      ['a', 'user/-/state/com.google/starred'],
    ]);
    expect(fake.starredIds()).toEqual([items[3]!.longId]);
  });

  it('as FreshRSS, keeps only the last a= of an edit-tag', async () => {
    const { items, post } = await setUp({ service: 'freshrss' });
    await post('reader/api/0/edit-tag', [
      ['i', items[0]!.longId],
      ['a', 'user/-/state/com.google/starred'],
      ['a', 'user/-/state/com.google/read'],
    ]);
    expect(fake.item(items[0]!.longId)).toMatchObject({ read: true, starred: false });
  });

  it('as Miniflux, refuses a write without T', async () => {
    const { items, post } = await setUp({ service: 'miniflux' });
    const response = await post(
      'reader/api/0/edit-tag',
      [
        ['i', items[0]!.longId],
        ['a', 'user/-/state/com.google/read'],
      ],
      false,
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('x-reader-google-bad-token')).toBe('true');
    expect(fake.readIds()).toEqual([]);
  });

  it('as Miniflux, has no stream/contents: an empty list with 200', async () => {
    const { get } = await setUp({ service: 'miniflux' });
    const response = await get('reader/api/0/stream/contents?output=json');
    expect([response.status, await response.json()]).toEqual([200, []]);
  });

  it('as Miniflux, refuses a label stream in stream/items/ids', async () => {
    const { get } = await setUp({ service: 'miniflux' });
    expect((await get('reader/api/0/stream/items/ids?output=json&s=user/-/label/News')).status).toBe(400);
  });

  it('as BazQux, fails with a 500 on a bare hex id', async () => {
    const { post } = await setUp({ service: 'bazqux' });
    const response = await post('reader/api/0/stream/items/contents', [['i', '000000000000048c']]);
    expect(response.status).toBe(500);
  });

  it('as Inoreader, refuses requests without the app headers and reports its quota on every answer', async () => {
    const { get } = await setUp({ service: 'inoreader' });
    const response = await get('reader/api/0/tag/list?output=json');
    expect(response.headers.get('x-reader-zone1-usage')).toBe('2');
    expect(response.headers.get('x-reader-limits-reset-after')).toBe('3600');
    const bare = await fetch(`${fake.apiUrl}/reader/api/0/tag/list?output=json`);
    expect(bare.status).toBe(403);
  });

  it('as The Old Reader, writes ObjectIds in item refs', async () => {
    const { get } = await setUp({ service: 'theoldreader' }, 3);
    const body = (await (
      await get('reader/api/0/stream/items/ids?output=json&s=user/-/state/com.google/reading-list')
    ).json()) as {
      itemRefs: { id: string }[];
    };
    for (const ref of body.itemRefs) expect(ref.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('ends sessions when the password changes on another device', async () => {
    const { get } = await setUp({ service: 'freshrss' });
    fake.changePassword('new-one');
    expect((await get('reader/api/0/user-info')).status).toBe(401);
  });
});
