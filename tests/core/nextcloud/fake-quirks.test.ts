/**
 * The fake itself, spoken to over plain fetch: each quirk its README lists behaves as the cited source says, so the
 * client tests (and later the conformance suite) are measured against the real server's behaviour, not the client's
 * assumptions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';

let fake: NextcloudFake;
afterEach(async () => {
  await fake?.close();
});

async function call(method: string, route: string, body?: unknown, auth?: string) {
  const response = await fetch(`${fake.apiUrl}/${route}`, {
    method,
    headers: {
      Authorization: auth ?? `Basic ${Buffer.from(`${fake.user}:${fake.password}`).toString('base64')}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the Nextcloud News fake', () => {
  it('answers a missing or wrong Basic auth with CORSMiddleware’s 401', async () => {
    fake = await startNextcloudFake();
    const wrong = `Basic ${Buffer.from(`${fake.user}:nope`).toString('base64')}`;
    for (const auth of ['', wrong]) {
      await expect(call('GET', 'feeds', undefined, auth)).resolves.toEqual({
        status: 401,
        body: { message: 'CORS requires basic auth' },
      });
    }
  });

  it('sends lastModified in whole seconds while it keeps microseconds, and repeats the second asked', async () => {
    fake = await startNextcloudFake({ clockStartMs: 1_700_000_000_000 });
    const feed = fake.addFeed('https://a.example/feed', 'A');
    const [item] = fake.addItems(feed.id, 1);
    expect(item!.lastModifiedUs).toBe(1_700_000_000_002_000);
    const { body } = await call('GET', 'items/updated?lastModified=1700000000&type=3&id=0');
    expect(body.items).toMatchObject([{ id: 1, lastModified: 1_700_000_000 }]);
    // 11 digits and more are read as microseconds (ItemApiController::updated).
    const exact = await call('GET', 'items/updated?lastModified=1700000000002001&type=3&id=0');
    expect(exact.body.items).toEqual([]);
  });

  it('refuses getRead=false on the starred list with a 200 and a message, and no items', async () => {
    fake = await startNextcloudFake();
    await expect(call('GET', 'items?type=2&id=0&getRead=false')).resolves.toEqual({
      status: 200,
      body: { message: 'Setting getRead on an already filtered list is not allowed!' },
    });
  });

  it('takes v1-3’s methods: v1-2’s PUT on a read, star or move route is a 405', async () => {
    fake = await startNextcloudFake();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    fake.addItems(feed.id, 1);
    expect((await call('PUT', 'items/read/multiple', { items: [1] })).status).toBe(405);
    expect((await call('PUT', `feeds/${feed.id}/move`, { folderId: null })).status).toBe(405);
    expect((await call('PUT', 'items/read', { newestItemId: 1 })).status).toBe(405);
    expect(fake.item(1)!.unread).toBe(true);
    expect((await call('POST', 'items/read/multiple', { itemIds: [1] })).status).toBe(200);
    expect(fake.item(1)!.unread).toBe(false);
  });

  it('reads parameters from the query and the JSON body alike, and the text false as false', async () => {
    fake = await startNextcloudFake();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    fake.addItems(feed.id, 2);
    fake.setState(1, { unread: false });
    expect((await call('GET', 'items?type=3&id=0&getRead=false')).body.items).toMatchObject([{ id: 2 }]);
    expect((await call('POST', 'items/read?newestItemId=2')).status).toBe(200);
    expect(fake.item(2)!.unread).toBe(false);
  });

  it('stamps an item only when its state changes', async () => {
    fake = await startNextcloudFake();
    const feed = fake.addFeed('https://a.example/feed', 'A');
    const [item] = fake.addItems(feed.id, 1);
    const before = item!.lastModifiedUs;
    fake.setState(1, { unread: true, starred: false });
    expect(fake.item(1)!.lastModifiedUs).toBe(before);
    fake.setState(1, { starred: true });
    expect(fake.item(1)!.lastModifiedUs).toBeGreaterThan(before);
  });

  it('fails the requests it was told to, after the ones it lets through', async () => {
    fake = await startNextcloudFake();
    fake.failNext({ endpoint: 'folders', status: 503, skip: 1, times: 2 });
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) statuses.push(await fetchStatus('folders'));
    expect(statuses).toEqual([200, 503, 503, 200]);
  });
});

async function fetchStatus(route: string): Promise<number> {
  const response = await fetch(`${fake.apiUrl}/${route}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${fake.user}:${fake.password}`).toString('base64')}` },
  });
  await response.arrayBuffer();
  return response.status;
}
