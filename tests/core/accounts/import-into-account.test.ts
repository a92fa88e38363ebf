import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../electron/api/methods/accounts';
import { importIntoAccount } from '../../../electron/core/accounts/import-into-account';
import { readOpmlText } from '../../../electron/core/sync/subscriptions';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

let fake: GReaderFake;
let local: LocalSide;
let online = true;
let account: Account;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  online = true;
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs(), undefined, { isOnline: () => online });
  const world = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  fake.addItems(world.streamId, 2);
  account = await local.accounts.add(accountInputFor(fake));
  await local.accounts.sync(account.id);
});
afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

const opml = (outlines: string) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>${outlines}</body></opml>`;
const outline = (url: string, title: string) => `<outline type="rss" text="${title}" xmlUrl="${url}"/>`;
const folder = (name: string, ...children: string[]) => `<outline text="${name}">${children.join('')}</outline>`;

/** Feeds the server knows how to fetch (it crawled them before) but does not follow yet. */
const offerFeed = (url: string, title: string, items: number) => {
  const feed = fake.addFeed(url, title);
  fake.addItems(feed.streamId, items);
  fake.removeFeed(feed.streamId);
};

const importText = (text: string) =>
  importIntoAccount(local.library.db(), local.accounts.serverSteps(account.id), account.id, readOpmlText(text));

const feedsOf = () =>
  (local.handlers['feeds.list']() as { url: string; accountId: string; sectionId: string | null }[]).filter(
    (feed) => feed.accountId === account.id,
  );

describe('OPML import into a sync service account', () => {
  it('subscribes each outline on the server in its folder, lists what it refused, skips what the account follows', async () => {
    offerFeed('https://feeds.example/science.xml', 'Science', 3);
    offerFeed('https://feeds.example/seoul.xml', 'Seoul', 2);
    offerFeed('https://feeds.example/loose.xml', 'Loose', 1);
    const result = await importText(
      opml(
        folder(
          'Science',
          outline('https://feeds.example/science.xml', 'Science'),
          outline('https://feeds.example/missing.xml', 'Gone'),
        ) +
          // The folder exists on the server already, written differently: the feed goes into it.
          folder('world news', outline('https://feeds.example/seoul.xml', 'Seoul')) +
          folder('World', outline('https://feeds.example/world.xml', 'World')) +
          outline('https://feeds.example/loose.xml', 'Loose'),
      ),
    );
    expect(result).toMatchObject({ imported: 3, skipped: 1, failed: 1, invalid: 0, sectionsCreated: 1 });
    expect(result.entries.find((entry) => entry.status === 'failed')).toMatchObject({
      url: 'https://feeds.example/missing.xml',
      reason: expect.stringMatching(/server refused it \(HTTP 400\)/),
    });
    expect(result.entries.find((entry) => entry.status === 'skipped')?.reason).toBe('you already follow this feed');
    // On the server, each in its folder; world.xml was not sent again.
    const server = new Map(fake.subscriptions().map((subscription) => [subscription.url, subscription]));
    expect(server.get('https://feeds.example/science.xml')?.folders).toEqual(['Science']);
    expect(server.get('https://feeds.example/seoul.xml')?.folders).toEqual(['World News']);
    expect(server.get('https://feeds.example/loose.xml')?.folders).toEqual([]);
    const subscribes = fake.requestsTo('reader/api/0/subscription/edit').map((request) => request.params.get('s'));
    expect(subscribes).not.toContain('feed/https://feeds.example/world.xml');
    // The sync that followed brought the feeds, their sections and their items.
    expect(
      feedsOf()
        .map((feed) => feed.url)
        .sort(),
    ).toEqual([
      'https://feeds.example/loose.xml',
      'https://feeds.example/science.xml',
      'https://feeds.example/seoul.xml',
      'https://feeds.example/world.xml',
    ]);
    expect(local.sections(account.id).sort()).toEqual(['Science', 'World News']);
    const rows = local.articles(account.id);
    expect(rows.filter((row) => row.feed === 'https://feeds.example/science.xml')).toHaveLength(3);
    expect(
      rows.filter((row) => row.feed === 'https://feeds.example/seoul.xml').every((row) => row.section === 'World News'),
    ).toBe(true);
  });

  it('offline, nothing is sent and the reader is told', async () => {
    online = false;
    const before = fake.requests.length;
    await expect(importText(opml(outline('https://feeds.example/science.xml', 'Science')))).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/offline.*nothing was sent/i),
    });
    expect(fake.requests.length).toBe(before);
    expect(feedsOf()).toHaveLength(1);
  });

  it('a server that asks to wait half-way: what it confirmed stays and arrives, the rest is listed as not sent', async () => {
    const urls = ['a', 'b', 'c', 'd'].map((name) => `https://feeds.example/${name}.xml`);
    for (const url of urls) offerFeed(url, url, 1);
    // The first subscribe is confirmed; every later one is told to wait (Inoreader's spent quota).
    fake.failNext({
      endpoint: 'reader/api/0/subscription/edit',
      status: 429,
      skip: 1,
      times: 10,
      headers: { 'Retry-After': '60' },
    });
    const result = await importText(opml(urls.map((url) => outline(url, url)).join('')));
    expect(result).toMatchObject({ imported: 1, failed: 3 });
    const confirmed = result.entries.filter((entry) => entry.status === 'imported').map((entry) => entry.url);
    expect(fake.subscriptions().map((subscription) => subscription.url)).toContain(confirmed[0]);
    expect(local.articles(account.id).map((row) => row.feed)).toContain(confirmed[0]);
    // Two go at once: once the server said to wait, nothing more was sent; the last one never was.
    expect(result.entries.find((entry) => entry.url === urls[3])).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^not sent: The server asked to wait/),
    });
    const sent = fake.requestsTo('reader/api/0/subscription/edit').map((request) => request.params.get('s'));
    expect(sent).not.toContain(`feed/${urls[3]}`);
  });

  it('a refused password before anything was confirmed is the import’s error, not a list of the same line', async () => {
    offerFeed('https://feeds.example/a.xml', 'A', 1);
    fake.changePassword('changed-elsewhere');
    local.accounts.setCredentials([{ id: account.id, password: 'reader-api-password', appKey: null }]);
    await expect(importText(opml(outline('https://feeds.example/a.xml', 'A')))).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
    });
    expect(fake.subscriptions().map((subscription) => subscription.url)).not.toContain('https://feeds.example/a.xml');
  });
});
