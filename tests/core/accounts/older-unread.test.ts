/**
 * Unread items older than "download unread articles from the last N days": counted at once (the account's unread
 * count matches the server's), their bodies after the recent ones, a bounded number per sync, newest first; read
 * elsewhere before they came, they are never fetched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountUnreadDays } from '../../../electron/api/settings-schema';
import { OLDER_CHUNKS_PER_PULL } from '../../../electron/core/accounts/greader-pull';
import { GREADER_SERVICES } from '../../../electron/core/greader/services';
import { countPendingItems } from '../../../electron/core/library/tables/remote-pending-items-table';
import {
  accountInputFor,
  startGReaderFake,
  type FakeItemView,
  type GReaderFake,
} from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

const DAY_MS = 86_400_000;
const CHUNK = GREADER_SERVICES.freshrss.limits.contentsPerRequest;
/** What one sync fetches of the older unread items. */
const PER_SYNC = OLDER_CHUNKS_PER_PULL * CHUNK;

let fake: GReaderFake;
let local: LocalSide;
/** The reader's setting, as the account service reads it at each sync. */
let unreadDays: AccountUnreadDays;

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

interface World {
  older: FakeItemView[];
  recent: FakeItemView[];
}

/** A server with `olderCount` unread items crawled `ageDays` ago and `recentCount` crawled today. */
async function serverWith(olderCount: number, recentCount: number, ageDays = 120): Promise<World> {
  fake = await startGReaderFake({ service: 'freshrss' });
  unreadDays = 90;
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs(), undefined, {
    unreadDays: () => unreadDays,
  });
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  const older = fake.addItems(feed.streamId, olderCount);
  fake.store.advanceClock(ageDays * DAY_MS);
  const recent = fake.addItems(feed.streamId, recentCount);
  return { older, recent };
}

const addAccount = () => local.accounts.add(accountInputFor(fake));

const serverUnread = () => fake.store.items.filter((item) => !item.read).length;
const accountOf = (id: string) => local.accounts.list().find((account) => account.id === id)!;
const storedIds = (accountId: string) => new Set(local.idsByRemote(accountId).keys());
/** The ids each stream/items/contents request asked for, in order. */
const contentsAsked = () =>
  fake.requestsTo('reader/api/0/stream/items/contents').map((request) => request.params.getAll('i'));

describe('older unread items', () => {
  it('are counted at once, come after the recent ones, newest first, a bounded number per sync, until none is left', async () => {
    const { older, recent } = await serverWith(PER_SYNC + 100, 5);
    const account = await addAccount();

    const first = await local.accounts.sync(account.id);
    expect(first).toMatchObject({ status: 'ok', newArticles: 5 + PER_SYNC, unreadToDownload: 100 });
    // The reader sees the same unread count as on the phone, though 100 articles are still on the server.
    expect(accountOf(account.id)).toMatchObject({ unreadCount: serverUnread(), unreadToDownload: 100 });
    const asked = contentsAsked();
    expect(asked[0]).toEqual(recent.map((item) => item.longId).reverse());
    // Then the older ones, newest first: the 100 oldest wait for the next sync.
    expect(asked.slice(1).flat()).toEqual(
      older
        .slice(100)
        .map((item) => item.longId)
        .reverse(),
    );
    const stored = storedIds(account.id);
    expect(older.slice(0, 100).some((item) => stored.has(item.longId))).toBe(false);

    const second = await local.accounts.sync(account.id);
    expect(second).toMatchObject({ status: 'ok', newArticles: 100, unreadToDownload: 0 });
    expect(accountOf(account.id)).toMatchObject({ unreadCount: serverUnread(), unreadToDownload: 0 });
    expect(storedIds(account.id).size).toBe(PER_SYNC + 105);
    expect(countPendingItems(local.library.db(), account.id)).toBe(0);
  });

  it('read on another device before their bodies came, they leave the count and are never fetched', async () => {
    const { older } = await serverWith(PER_SYNC + 100, 5);
    const account = await addAccount();
    await local.accounts.sync(account.id);
    const waiting = older.slice(0, 100).map((item) => item.longId);
    fake.markRead(waiting.slice(0, 60));
    const before = contentsAsked().length;

    const second = await local.accounts.sync(account.id);
    expect(second).toMatchObject({ status: 'ok', newArticles: 40, unreadToDownload: 0 });
    const askedNow = contentsAsked().slice(before).flat();
    expect(askedNow.sort()).toEqual(waiting.slice(60).sort());
    expect(accountOf(account.id).unreadCount).toBe(serverUnread());
    const stored = storedIds(account.id);
    expect(waiting.slice(0, 60).some((id) => stored.has(id))).toBe(false);
  });

  it('a server that fails between chunks leaves the count right and the rest for the next sync', async () => {
    await serverWith(PER_SYNC + 100, 5);
    const account = await addAccount();
    // The recent chunk and two older chunks arrive, then the server fails.
    fake.failNext({ endpoint: 'reader/api/0/stream/items/contents', status: 503, skip: 3 });

    const failed = await local.accounts.sync(account.id);
    expect(failed.status).toBe('error');
    expect(storedIds(account.id).size).toBe(5 + 2 * CHUNK);
    expect(accountOf(account.id)).toMatchObject({
      unreadCount: serverUnread(),
      unreadToDownload: serverUnread() - 5 - 2 * CHUNK,
    });

    const next = await local.accounts.sync(account.id);
    expect(next).toMatchObject({ status: 'ok', unreadToDownload: 0 });
    expect(storedIds(account.id).size).toBe(serverUnread());
    expect(accountOf(account.id).unreadCount).toBe(serverUnread());
  });

  it('follow the reader’s setting as it is when the sync starts', async () => {
    // Items 10 days old: recent under the default 90 days, older under 7.
    const { older, recent } = await serverWith(3, 2, 10);
    const account = await addAccount();
    unreadDays = 7;
    await local.accounts.sync(account.id);
    const asked = contentsAsked();
    expect(asked[0]).toEqual(recent.map((item) => item.longId).reverse());
    expect(asked[1]).toEqual(older.map((item) => item.longId).reverse());
  });

  it('“all” downloads every unread article at once', async () => {
    const { older, recent } = await serverWith(PER_SYNC + 100, 5);
    const account = await addAccount();
    unreadDays = 'all';
    const first = await local.accounts.sync(account.id);
    expect(first).toMatchObject({ status: 'ok', newArticles: PER_SYNC + 105, unreadToDownload: 0 });
    // Newest first from the first chunk on, the older ones straight after the recent.
    expect(contentsAsked().flat()).toEqual([...older, ...recent].map((item) => item.longId).reverse());
  });

  it('go with their account when it is removed', async () => {
    await serverWith(PER_SYNC + 100, 5);
    const account = await addAccount();
    await local.accounts.sync(account.id);
    expect(countPendingItems(local.library.db(), account.id)).toBe(100);
    await local.accounts.remove(account.id, false);
    expect(countPendingItems(local.library.db(), account.id)).toBe(0);
  });
});
