import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionPolicySchema } from '../../../../electron/api/library-queries';
import { CURSOR_OVERLAP_MS } from '../../../../electron/core/accounts/greader-pull';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../../support/fetch-transport';
import { openLocalSide, type LocalSide } from '../../accounts/conformance/local-side';

/**
 * Retention in a sync service's account: an article starred on the server is a bookmark here and is never removed;
 * unread ones are kept even when the reader does not keep unread (they are unread on the other devices, and the next
 * sync would bring them back); and a change the reader made to an article
 * retention then removed still reaches the server (the outbox does not depend on the article).
 */
let fake: GReaderFake;
let local: LocalSide;
let accountId: string;
/** Remote id by title. */
let ids: Map<string, string>;

const DAY_SEC = 86_400;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs());
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  // Received by the server today, published long ago: old enough for any age limit below.
  const old = Math.floor(fake.store.nowMs() / 1000) - 200 * DAY_SEC;
  const items = fake.addItems(feed.streamId, 5, (index) => ({
    title: ['starred', 'starred-unread', 'unread', 'read-here', 'unstarred-here'][index]!,
    publishedSec: old + index,
    starred: index <= 1 || index === 4,
    read: index === 0 || index === 4,
  }));
  ids = new Map(items.map((item) => [item.title, item.longId]));
  accountId = (await local.accounts.add(accountInputFor(fake))).id;
  await local.accounts.sync(accountId);
  // A later sync, past the overlap with which a sync asks again for what the server received before the last one:
  // the items are long known, as in a library that has synced for months.
  fake.store.advanceClock(CURSOR_OVERLAP_MS + 60_000);
  await local.accounts.sync(accountId);
});
afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

const titles = () =>
  local
    .articles(accountId)
    .map((article) => article.title)
    .sort();
const localId = (title: string) => {
  const found = local.articles(accountId).find((article) => article.title === title);
  if (!found) throw new Error(`no article “${title}”`);
  return found.id;
};
const retain = (keepUnread: boolean) =>
  local.handlers['library.runRetention'](
    RetentionPolicySchema.parse({ maxAgeDays: 30, keepUnread, keepLatestPerFeed: 0 }),
  );

describe('retention in a sync service’s account', () => {
  it('never removes an article starred on the server, and keeps unread ones when the reader keeps unread', async () => {
    const all = ['read-here', 'starred', 'starred-unread', 'unread', 'unstarred-here'];
    expect(titles()).toEqual(all);
    expect(await retain(true)).toEqual({ removed: 0 });
    expect(titles()).toEqual(all);
  });

  it('keeps unread articles even when the reader does not keep unread: the next sync would only bring them back', async () => {
    const all = ['read-here', 'starred', 'starred-unread', 'unread', 'unstarred-here'];
    expect(await retain(false)).toEqual({ removed: 0 });
    expect(titles()).toEqual(all);
    // Read here, the same article may go.
    await local.handlers['articles.markRead']({ kind: 'articles', ids: [localId('unread')] }, true);
    expect(await retain(false)).toEqual({ removed: 1 });
    expect((await local.accounts.sync(accountId)).status).toBe('ok');
    expect(titles()).toEqual(['read-here', 'starred', 'starred-unread', 'unstarred-here']);
  });

  it('a change made here to an article retention then removed still reaches the server', async () => {
    // The reader un-stars one article and reads another; both changes wait in the outbox (the server is not called).
    await local.handlers['bookmarks.remove'](localId('unstarred-here'));
    await local.handlers['articles.markRead']({ kind: 'articles', ids: [localId('read-here')] }, true);
    expect(local.outboxSize(accountId)).toBe(2);

    // Neither is a bookmark nor unread any more: both may go.
    expect(await retain(true)).toEqual({ removed: 2 });
    expect(titles()).toEqual(['starred', 'starred-unread', 'unread']);
    expect(local.outboxSize(accountId)).toBe(2);

    expect((await local.accounts.sync(accountId)).status).toBe('ok');
    expect(local.outboxSize(accountId)).toBe(0);
    expect(fake.starredIds().sort()).toEqual([ids.get('starred')!, ids.get('starred-unread')!].sort());
    expect(fake.readIds().sort()).toEqual(
      [ids.get('starred')!, ids.get('read-here')!, ids.get('unstarred-here')!].sort(),
    );
    // What the server now holds as read and not starred does not come back.
    expect(titles()).toEqual(['starred', 'starred-unread', 'unread']);
  });
});
