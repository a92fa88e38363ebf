import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, run } from '../../../../electron/core/db/sql';
import { confirmPushed, pendingChanges } from '../../../../electron/core/library/outbox/push-changes';
import { createFixture, entries, type Fixture } from '../support/library-fixture';
import { addServiceFeed, itemId, SERVICE_ACCOUNT } from '../support/service-account';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

const outbox = () =>
  all<{ remote_id: string; key: string; value: number }>(
    f.library.db(),
    'SELECT remote_id, key, value FROM outbox ORDER BY remote_id, key',
  ).map((row) => ({ ...row }));

const read = (ids: string[], value: boolean) => f.handlers['articles.markRead']({ kind: 'articles', ids }, value);

describe('the outbox queues a sync service’s read and star changes', () => {
  it('one row per article and key, with the last wish', () => {
    const { articleIds } = addServiceFeed(f, 3);
    const [a, b] = articleIds as [string, string];
    read([a, b], true);
    f.handlers['bookmarks.set'](a, { note: 'keep' });
    expect(outbox()).toEqual([
      { remote_id: itemId(0), key: 'read', value: 1 },
      { remote_id: itemId(0), key: 'starred', value: 1 },
      { remote_id: itemId(1), key: 'read', value: 1 },
    ]);
    // Editing the bookmark's note or tags is not a star change.
    f.handlers['bookmarks.set'](a, { tags: ['later'] });
    expect(outbox()).toHaveLength(3);
  });

  it('opposite changes cancel: read then unread leaves nothing, read, unread, read leaves one', () => {
    const { articleIds } = addServiceFeed(f, 2);
    const [a, b] = articleIds as [string, string];
    read([a], true);
    read([a], false);
    expect(outbox()).toEqual([]);
    read([b], true);
    read([b], false);
    read([b], true);
    expect(outbox()).toEqual([{ remote_id: itemId(1), key: 'read', value: 1 }]);
    f.handlers['bookmarks.set'](a, {});
    f.handlers['bookmarks.remove'](a);
    expect(outbox()).toEqual([{ remote_id: itemId(1), key: 'read', value: 1 }]);
  });

  it('a change to the state an article already has queues nothing', () => {
    const { articleIds } = addServiceFeed(f, 1);
    read(articleIds, false);
    expect(outbox()).toEqual([]);
  });

  it('an opposite wish after a push began replaces the row instead of cancelling it, and outlives the confirmation', () => {
    const { articleIds } = addServiceFeed(f, 1);
    const db = f.library.db();
    read(articleIds, true);
    const sent = pendingChanges(db, SERVICE_ACCOUNT, 100);
    expect(sent).toMatchObject([{ remoteId: itemId(0), key: 'read', value: true, attempts: 1 }]);
    // The reader marks it unread while the push is on its way: the server may end up read, so unread must follow.
    read(articleIds, false);
    expect(outbox()).toEqual([{ remote_id: itemId(0), key: 'read', value: 0 }]);
    expect(confirmPushed(db, SERVICE_ACCOUNT, sent)).toBe(0);
    expect(outbox()).toEqual([{ remote_id: itemId(0), key: 'read', value: 0 }]);
    const next = pendingChanges(db, SERVICE_ACCOUNT, 100);
    expect(next).toMatchObject([{ value: false, attempts: 2 }]);
    expect(confirmPushed(db, SERVICE_ACCOUNT, next)).toBe(1);
    expect(outbox()).toEqual([]);
  });

  it('mark all as read of a feed, a section or everything queues every service article that changes', () => {
    const { feedId, articleIds } = addServiceFeed(f, 4);
    read([articleIds[0]!], true);
    f.handlers['articles.markRead']({ kind: 'feed', feedId }, true);
    expect(outbox().map((row) => row.remote_id)).toEqual([itemId(0), itemId(1), itemId(2), itemId(3)]);
    f.handlers['articles.markRead']({ kind: 'all' }, false);
    expect(outbox()).toEqual([]);
    const section = f.addSection('Folder');
    run(f.library.db(), 'UPDATE sections SET account_id = ? WHERE id = ?', SERVICE_ACCOUNT, Number(section));
    f.handlers['feeds.move'](feedId, section);
    f.handlers['articles.markRead'](
      { kind: 'olderThan', articleId: articleIds[2]!, scope: { kind: 'feed', feedId } },
      true,
    );
    expect(outbox().map((row) => row.remote_id)).toEqual([itemId(2), itemId(3)]);
    f.handlers['articles.markRead']({ kind: 'section', sectionId: section }, true);
    expect(outbox()).toHaveLength(4);
  });

  it('the local account’s articles, and a service’s articles without an id yet, queue nothing', () => {
    const local = f.addFeed('Local');
    const ids = f.ingest(local, entries(3));
    const { feedId } = addServiceFeed(f, 0);
    const [unsynced] = f.ingest(feedId, entries(1, 'new'));
    read([...ids, unsynced!], true);
    f.handlers['bookmarks.set'](ids[0]!, {});
    f.handlers['bookmarks.set'](unsynced!, {});
    f.handlers['articles.markRead']({ kind: 'all' }, false);
    expect(outbox()).toEqual([]);
  });
});

describe('a change and its queued wish are one transaction', () => {
  it('a read change that fails queues nothing', () => {
    const { articleIds } = addServiceFeed(f, 2);
    const db = f.library.db();
    db.exec(
      `CREATE TEMP TRIGGER fail_read BEFORE UPDATE OF is_read ON articles BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    expect(() => read(articleIds, true)).toThrow('disk full');
    expect(() => f.handlers['articles.markRead']({ kind: 'all' }, true)).toThrow('disk full');
    expect(outbox()).toEqual([]);
    expect(all(db, 'SELECT DISTINCT is_read FROM articles')).toEqual([{ is_read: 0 }]);
  });

  it('a bookmark that fails queues no star, an unknown article changes nothing', () => {
    const { articleIds } = addServiceFeed(f, 1);
    const db = f.library.db();
    db.exec(`CREATE TEMP TRIGGER fail_tags BEFORE INSERT ON bookmark_tags BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => f.handlers['bookmarks.set'](articleIds[0]!, { tags: ['x'] })).toThrow('disk full');
    expect(() => read([articleIds[0]!, '999999'], true)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(outbox()).toEqual([]);
    expect(all(db, 'SELECT * FROM bookmarks')).toEqual([]);
  });
});

describe('marking 10,000 of a service’s articles read', () => {
  it('queues them all in a few statements, fast', () => {
    const { feedId } = addServiceFeed(f, 10_000);
    const started = performance.now();
    const changed = f.handlers['articles.markRead']({ kind: 'feed', feedId }, true);
    const elapsed = performance.now() - started;
    expect(changed).toEqual({ changed: 10_000 });
    expect(all(f.library.db(), 'SELECT COUNT(*) AS n FROM outbox')).toEqual([{ n: 10_000 }]);
    // Set-wise it takes tens of milliseconds here; a loop of 10,000 calls through JavaScript takes far longer.
    expect(elapsed).toBeLessThan(2_000);
    const back = performance.now();
    f.handlers['articles.markRead']({ kind: 'all' }, false);
    expect(performance.now() - back).toBeLessThan(2_000);
    expect(all(f.library.db(), 'SELECT COUNT(*) AS n FROM outbox')).toEqual([{ n: 0 }]);
  });
});
