import { describe, expect, it } from 'vitest';
import { feverApiKey } from '../../../electron/core/fever/api-key';
import { createFeverClient } from '../../../electron/core/fever/client';
import { FeverAuthError, FeverServerError } from '../../../electron/core/fever/errors';
import type { HttpRequest } from '../../../electron/core/net/http-transport';
import { FeverFake } from '../../support/fever-fake/fever-fake';

function clientOf(fake: FeverFake, password = fake.password, seen: HttpRequest[] = []) {
  const transport = fake.transport();
  return createFeverClient({
    transport: (request) => {
      seen.push(request);
      return transport(request);
    },
    apiUrl: 'https://rss.example.com/api/fever.php',
    apiKey: feverApiKey(fake.user, password),
  });
}

describe('Fever client', () => {
  it('takes the api_key as md5 of user:password (Fever API docs)', () => {
    // md5("reader:reader-api-password"), computed independently: printf %s 'reader:reader-api-password' | md5sum
    expect(feverApiKey('reader', 'reader-api-password')).toBe('03641ed8795b9daae2250c78d04ab2f4');
    expect(feverApiKey('reader', 'secret')).toMatch(/^[0-9a-f]{32}$/);
    expect(feverApiKey('reader', 'secret')).not.toBe(feverApiKey('reader', 'other'));
  });

  it('reads a refused key (HTTP 200 with "auth":0) as an auth error, never success, and says no secret', async () => {
    const fake = new FeverFake();
    const error = await clientOf(fake, 'wrong-password')
      .check()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeverAuthError);
    expect(String((error as Error).message)).not.toContain(feverApiKey(fake.user, 'wrong-password'));
    expect(String((error as Error).message)).not.toContain('wrong-password');
    await expect(clientOf(fake).check()).resolves.toBeUndefined();
  });

  it('sends the key in the POST body, never in the address', async () => {
    const fake = new FeverFake();
    const seen: HttpRequest[] = [];
    await clientOf(fake, fake.password, seen).unreadItemIds();
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).not.toContain(fake.apiKey);
    expect(seen[0]!.body).toContain(`api_key=${fake.apiKey}`);
  });

  it('lists groups, feeds and which feeds each group holds, ids as strings', async () => {
    for (const integerIds of [false, true]) {
      const fake = new FeverFake({ integerIds });
      const tech = fake.addGroup('Tech');
      const feed = fake.addFeed('Blog', 'https://blog.example.com/feed.xml', [tech]);
      const client = clientOf(fake);
      const { groups, feedsGroups } = await client.groups();
      expect(groups).toEqual([{ id: String(tech), title: 'Tech' }]);
      expect(feedsGroups).toEqual([{ groupId: String(tech), feedIds: [String(feed)] }]);
      const { feeds } = await client.feeds();
      expect(feeds).toEqual([
        {
          id: String(feed),
          title: 'Blog',
          url: 'https://blog.example.com/feed.xml',
          siteUrl: 'https://blog.example.com/',
        },
      ]);
    }
  });

  it('pages items by since_id oldest first, at most 50 a call, with ids kept as strings', async () => {
    for (const integerIds of [false, true]) {
      const fake = new FeverFake({ integerIds });
      const feed = fake.addFeed('Blog', 'https://blog.example.com/feed.xml');
      const ids = Array.from({ length: 120 }, () => fake.addItem(feed));
      const client = clientOf(fake);
      const seen: string[] = [];
      let since = '0';
      for (;;) {
        const page = await client.items({ sinceId: since });
        expect(page.length).toBeLessThanOrEqual(50);
        if (page.length === 0) break;
        seen.push(...page.map((item) => item.id));
        since = page.at(-1)!.id;
      }
      expect(seen).toEqual(ids.map(String));
      const newest = await client.items({ maxId: String(ids.at(-1)! + 1) });
      expect(newest[0]!.id).toBe(String(ids.at(-1)));
      await expect(client.items({ withIds: ids.slice(0, 51).map(String) })).rejects.toThrow(RangeError);
    }
  });

  it('marks items read, unread, saved and unsaved, and reads the unread and saved id lists', async () => {
    const fake = new FeverFake();
    const feed = fake.addFeed('Blog', 'https://blog.example.com/feed.xml');
    const [a, b] = [fake.addItem(feed), fake.addItem(feed)];
    const client = clientOf(fake);
    await client.markItem(String(a), 'read');
    await client.markItem(String(b), 'saved');
    expect(await client.unreadItemIds()).toEqual([String(b)]);
    expect(await client.savedItemIds()).toEqual([String(b)]);
    await client.markItem(String(a), 'unread');
    await client.markItem(String(b), 'unsaved');
    expect(await client.unreadItemIds()).toEqual([String(a), String(b)]);
    expect(await client.savedItemIds()).toEqual([]);
  });

  it('marks a feed read up to a time on the server clock, leaving what came after', async () => {
    const fake = new FeverFake();
    const feed = fake.addFeed('Blog', 'https://blog.example.com/feed.xml');
    const old = fake.addItem(feed);
    const before = fake.nowSeconds;
    fake.advanceClock(60);
    const later = fake.addItem(feed);
    await clientOf(fake).markFeedRead(String(feed), before);
    expect(fake.item(old)!.read).toBe(true);
    expect(fake.item(later)!.read).toBe(false);
  });

  it('reports a failing server as a server error', async () => {
    const fake = new FeverFake();
    fake.down = 503;
    await expect(clientOf(fake).groups()).rejects.toBeInstanceOf(FeverServerError);
  });
});
