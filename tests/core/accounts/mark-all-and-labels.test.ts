/**
 * "Mark all as read" reaches a Google Reader API server as its own mark-all call, and bookmark tags travel as item
 * labels (issue 15, sections 2 and 3). On the protocol fake, whose request log shows what the app sent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../electron/api/methods/accounts';
import {
  accountInputFor,
  startGReaderFake,
  type FakeServiceId,
  type GReaderFake,
} from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';
import { switchableTransport } from './conformance/remote-side';

const MARK_ALL = 'reader/api/0/mark-all-as-read';
const EDIT_TAG = 'reader/api/0/edit-tag';
const READ = 'user/-/state/com.google/read';

let fake: GReaderFake;
let local: LocalSide;
let transport: ReturnType<typeof switchableTransport>;
let account: Account;
let world: string;
let seoul: string;

async function start(service: FakeServiceId) {
  fake = await startGReaderFake({ service });
  transport = switchableTransport(createFetchTransport());
  local = openLocalSide(transport, () => fake.store.nowMs());
  world = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']).streamId;
  seoul = fake.addFeed('https://feeds.example/seoul.xml', 'Seoul', ['Korea']).streamId;
  fake.addItems(world, 3);
  fake.addItems(seoul, 2);
  account = await local.accounts.add(accountInputFor(fake));
  expect((await sync()).status).toBe('ok');
}

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

const sync = () => local.accounts.sync(account.id);
const handlers = () => local.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
const markRead = (target: unknown, read = true) => handlers()['articles.markRead']!(target, read);
const sectionId = (name: string) =>
  (handlers()['sections.list']!() as { id: string; name: string }[]).find((section) => section.name === name)!.id;
const feedId = (streamId: string) => {
  const url = fake.subscriptions().find((feed) => feed.streamId === streamId)!.url;
  return (handlers()['feeds.list']!() as { id: string; url: string }[]).find((feed) => feed.url === url)!.id;
};
const unreadOnServer = () =>
  fake.store.items.filter((item) => item.feed.subscribed && !item.read).map((item) => item.longId);
const itemsOf = (streamId: string) => fake.store.items.filter((item) => item.feed.streamId === streamId);
const localIdOf = (longId: string) => local.idsByRemote(account.id).get(longId)!;
const markAllCalls = () => fake.requestsTo(MARK_ALL).map((request) => request.params.get('s'));
const readEdits = () =>
  fake.requestsTo(EDIT_TAG).filter((request) => request.params.get('a') === READ || request.params.get('r') === READ);

describe('mark all as read on a FreshRSS account', () => {
  beforeEach(() => start('freshrss'));

  it('a feed: one mark-all call for its stream, and the server reads exactly its items', async () => {
    markRead({ kind: 'feed', feedId: feedId(world) });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'ok', pushed: 3 });
    expect(markAllCalls()).toEqual([world]);
    expect(readEdits()).toEqual([]);
    expect(unreadOnServer()).toEqual(itemsOf(seoul).map((item) => item.longId));
    expect(local.outboxSize(account.id)).toBe(0);
  });

  it('a section: one mark-all call for its label', async () => {
    markRead({ kind: 'section', sectionId: sectionId('World News') });
    await sync();
    expect(markAllCalls()).toEqual(['user/-/label/World News']);
    expect(readEdits()).toEqual([]);
    expect(unreadOnServer()).toEqual(itemsOf(seoul).map((item) => item.longId));
  });

  it('everything: one mark-all call for the reading list, with the newest server time the reader had', async () => {
    markRead({ kind: 'all' });
    await sync();
    expect(markAllCalls()).toEqual(['user/-/state/com.google/reading-list']);
    const newest = Math.max(...fake.store.items.map((item) => item.crawlUsec));
    expect(fake.requestsTo(MARK_ALL)[0]!.params.get('ts')).toBe(String(newest));
    expect(unreadOnServer()).toEqual([]);
  });

  it('offline: pushed later, and what reached the server after the reader marked all stays unread', async () => {
    transport.down = true;
    markRead({ kind: 'all' });
    expect((await sync()).status).not.toBe('ok');
    const later = fake.addItems(world, 2).map((item) => item.longId);
    transport.down = false;
    expect((await sync()).status).toBe('ok');
    expect(markAllCalls()).toEqual(['user/-/state/com.google/reading-list']);
    expect(unreadOnServer()).toEqual(later);
    const rows = local.articles(account.id);
    expect(
      rows
        .filter((row) => !row.read)
        .map((row) => row.id)
        .sort(),
    ).toEqual(later.map(localIdOf).sort());
  });

  it('an article marked unread again after mark all stays unread on the server, sent after the mark-all', async () => {
    markRead({ kind: 'section', sectionId: sectionId('Korea') });
    const kept = itemsOf(seoul)[0]!.longId;
    markRead({ kind: 'articles', ids: [localIdOf(kept)] }, false);
    await sync();
    expect(markAllCalls()).toEqual(['user/-/label/Korea']);
    const edits = readEdits();
    expect(edits.map((request) => [request.params.get('r'), request.params.getAll('i')])).toEqual([[READ, [kept]]]);
    // The unread went after the mark-all (the fake logs requests in order).
    expect(fake.requests.indexOf(edits[0]!)).toBeGreaterThan(fake.requests.indexOf(fake.requestsTo(MARK_ALL)[0]!));
    expect(unreadOnServer()).toEqual([...itemsOf(world).map((item) => item.longId), kept]);
    expect(local.articles(account.id).find((row) => row.id === localIdOf(kept))!.read).toBe(false);
  });

  it('read again after that: no unread is sent, the mark-all covers it', async () => {
    const item = itemsOf(seoul)[0]!.longId;
    markRead({ kind: 'feed', feedId: feedId(seoul) });
    markRead({ kind: 'articles', ids: [localIdOf(item)] }, false);
    markRead({ kind: 'articles', ids: [localIdOf(item)] }, true);
    await sync();
    expect(markAllCalls()).toEqual([seoul]);
    expect(readEdits()).toEqual([]);
    expect(unreadOnServer()).toEqual(itemsOf(world).map((entry) => entry.longId));
  });

  it('a feed moved to another folder on another device since: the section goes as an id list instead', async () => {
    markRead({ kind: 'section', sectionId: sectionId('World News') });
    fake.moveFeed(seoul, 'World News');
    await sync();
    expect(markAllCalls()).toEqual([]);
    expect(
      readEdits()
        .flatMap((request) => request.params.getAll('i'))
        .sort(),
    ).toEqual(
      itemsOf(world)
        .map((item) => item.longId)
        .sort(),
    );
    expect(unreadOnServer()).toEqual(itemsOf(seoul).map((item) => item.longId));
  });

  it('says so in its capabilities; the local account does not', () => {
    const accounts = local.accounts.list();
    expect(accounts.find((entry) => entry.id === account.id)!.capabilities).toMatchObject({
      markAllOnServer: true,
      itemLabels: true,
    });
    expect(accounts.find((entry) => entry.id === 'local')!.capabilities).toMatchObject({
      markAllOnServer: false,
      itemLabels: false,
    });
  });
});

describe('bookmark tags as item labels on a FreshRSS account', () => {
  beforeEach(() => start('freshrss'));

  const setTags = (longId: string, tags: string[]) => handlers()['bookmarks.set']!(localIdOf(longId), { tags });
  const tagsOf = (longId: string) =>
    (handlers()['articles.get']!(localIdOf(longId)) as { bookmark: { tags: string[] } | null }).bookmark?.tags;

  it('a tag added here becomes the item’s label; removed here, the label goes', async () => {
    const item = itemsOf(world)[0]!;
    setTags(item.longId, ['later']);
    await sync();
    expect(fake.item(item.longId)).toMatchObject({ starred: true, tags: ['later'] });
    setTags(item.longId, []);
    await sync();
    expect(fake.item(item.longId)!.tags).toEqual([]);
    expect(local.outboxSize(account.id)).toBe(0);
  });

  it('labels added and removed on another device become the bookmark’s tags', async () => {
    const item = itemsOf(seoul)[1]!;
    fake.star([item.longId]);
    fake.tag([item.longId], 'recipes');
    await sync();
    expect(tagsOf(item.longId)).toEqual(['recipes']);
    fake.tag([item.longId], 'recipes', false);
    fake.tag([item.longId], 'travel');
    await sync();
    expect(tagsOf(item.longId)).toEqual(['travel']);
  });

  it('a tag the server never had stays, and a change waiting here beats the server', async () => {
    const item = itemsOf(world)[1]!;
    setTags(item.longId, ['mine']);
    transport.down = true;
    await sync();
    // Offline: the server knows nothing yet, and a label added there meanwhile joins without dropping "mine".
    fake.star([item.longId]);
    fake.tag([item.longId], 'phone');
    transport.down = false;
    await sync();
    expect(tagsOf(item.longId)).toEqual(['mine', 'phone']);
    expect(fake.item(item.longId)!.tags.sort()).toEqual(['mine', 'phone']);
  });

  it('a tag named like a folder stays here and is not sent', async () => {
    const item = itemsOf(world)[2]!;
    setTags(item.longId, ['Korea', 'keep']);
    await sync();
    const labelled = fake
      .requestsTo(EDIT_TAG)
      .flatMap((request) => [...request.params.getAll('a'), ...request.params.getAll('r')])
      .filter((tag) => tag.includes('/label/'));
    expect(labelled).toEqual(['user/-/label/keep']);
    expect(fake.item(item.longId)!.tags).toEqual(['keep']);
    await sync();
    expect(tagsOf(item.longId)).toEqual(['Korea', 'keep']);
  });

  it('labels are not the article’s categories', async () => {
    const item = fake.addItems(world, 1, () => ({ starred: true, tags: ['saved'] }))[0]!;
    await sync();
    expect(tagsOf(item.longId)).toEqual(['saved']);
    const article = handlers()['articles.get']!(localIdOf(item.longId)) as { categories?: string[] };
    expect(article.categories ?? []).not.toContain('saved');
  });
});

describe('services whose mark-all or labels mean something else', () => {
  it('Miniflux (mark-all compares the published date): mark all goes as id lists, tags stay here', async () => {
    await start('miniflux');
    const later = fake.addItems(world, 1, () => ({ publishedSec: 1 }))[0]!;
    markRead({ kind: 'feed', feedId: feedId(world) });
    const item = itemsOf(seoul)[0]!;
    handlers()['bookmarks.set']!(local.idsByRemote(account.id).get(item.longId)!, { tags: ['later'] });
    await sync();
    expect(markAllCalls()).toEqual([]);
    // An item published long ago that reached the server after the reader's click stays unread.
    expect(fake.item(later.longId)!.read).toBe(false);
    expect(
      itemsOf(world)
        .filter((entry) => entry.longId !== later.longId)
        .every((entry) => entry.read),
    ).toBe(true);
    expect(
      fake.requestsTo(EDIT_TAG).some((request) => request.params.getAll('a').some((a) => a.includes('/label/'))),
    ).toBe(false);
    expect(local.outboxSize(account.id)).toBe(0);
    expect(local.accounts.list().find((entry) => entry.id === account.id)!.capabilities).toMatchObject({
      markAllOnServer: false,
      itemLabels: false,
    });
  });
});
