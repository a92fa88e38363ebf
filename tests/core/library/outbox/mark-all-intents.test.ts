import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, run } from '../../../../electron/core/db/sql';
import { confirmMarkAll, pendingMarkAlls } from '../../../../electron/core/library/outbox/mark-all-intents';
import { createFixture, type Fixture } from '../support/library-fixture';
import { addServiceFeed, itemId, SERVICE_ACCOUNT } from '../support/service-account';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

/** A feed of a service that takes mark-all, its articles with server times 1001, 1002, … in their order. */
function capableFeed(count: number) {
  const feed = addServiceFeed(f, count);
  const db = f.library.db();
  run(db, 'UPDATE accounts SET mark_all_on_server = 1 WHERE id = ?', SERVICE_ACCOUNT);
  run(db, 'UPDATE articles SET remote_time = 1000 + id');
  return feed;
}

const intents = () =>
  all<{ scope: string; remote_id: string | null; up_to: number; feeds: string }>(
    f.library.db(),
    'SELECT scope, remote_id, up_to, feeds FROM outbox_mark_all ORDER BY id',
  ).map((row) => ({ ...row }));
const rows = () =>
  all<{ remote_id: string; value: number; tagged: number }>(
    f.library.db(),
    `SELECT remote_id, value, mark_all IS NOT NULL AS tagged FROM outbox WHERE key = 'read' ORDER BY remote_id`,
  ).map((row) => ({ ...row }));
const markRead = (target: unknown, read = true) => f.handlers['articles.markRead'](target as never, read);
const newestTime = () => all<{ t: number }>(f.library.db(), 'SELECT MAX(remote_time) AS t FROM articles')[0]!.t;

describe('"mark all as read" kept as the server’s own call', () => {
  it('a feed: one intent up to its newest server time, beside the per-article rows it covers', () => {
    const { feedId } = capableFeed(3);
    markRead({ kind: 'feed', feedId });
    expect(intents()).toEqual([{ scope: 'feed', remote_id: 'feed/news', up_to: newestTime(), feeds: '["feed/news"]' }]);
    expect(rows().map((row) => row.tagged)).toEqual([1, 1, 1]);
  });

  it('everything: one intent per account, for the reading list', () => {
    capableFeed(2);
    markRead({ kind: 'all' });
    expect(intents()).toMatchObject([{ scope: 'all', remote_id: null, up_to: newestTime() }]);
  });

  it('a list the reader chose (ids, older than) is sent as ids, never as a mark-all', () => {
    const { articleIds } = capableFeed(3);
    markRead({ kind: 'articles', ids: articleIds });
    markRead({ kind: 'olderThan', articleId: articleIds[0]!, scope: {} }, false);
    markRead({ kind: 'olderThan', articleId: articleIds[0]!, scope: {} });
    expect(intents()).toEqual([]);
  });

  it('a service without the call, an article without a server time, nothing unread: no intent', () => {
    const { feedId } = addServiceFeed(f, 2);
    markRead({ kind: 'feed', feedId });
    expect(intents()).toEqual([]);
    run(f.library.db(), 'UPDATE accounts SET mark_all_on_server = 1');
    markRead({ kind: 'feed', feedId }, false);
    markRead({ kind: 'feed', feedId });
    expect(intents()).toEqual([]);
    run(f.library.db(), 'UPDATE articles SET remote_time = 1000 + id');
    markRead({ kind: 'feed', feedId });
    expect(intents()).toEqual([]);
  });

  it('marked again before it was sent: the same intent, widened', () => {
    const { feedId, articleIds } = capableFeed(2);
    markRead({ kind: 'feed', feedId });
    markRead({ kind: 'articles', ids: [articleIds[0]!] }, false);
    markRead({ kind: 'feed', feedId });
    expect(intents()).toHaveLength(1);
  });

  it('unread again after it: the row flips and stays; once confirmed, only that unread wish is left', () => {
    const { feedId, articleIds } = capableFeed(2);
    markRead({ kind: 'feed', feedId });
    markRead({ kind: 'articles', ids: [articleIds[0]!] }, false);
    expect(rows()).toEqual([
      { remote_id: itemId(0), value: 0, tagged: 1 },
      { remote_id: itemId(1), value: 1, tagged: 1 },
    ]);
    const [intent] = pendingMarkAlls(f.library.db(), SERVICE_ACCOUNT);
    expect(confirmMarkAll(f.library.db(), SERVICE_ACCOUNT, intent!.id)).toBe(1);
    expect(rows()).toEqual([{ remote_id: itemId(0), value: 0, tagged: 0 }]);
    expect(intents()).toEqual([]);
  });
});
