import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all } from '../../../../electron/core/db/sql';
import { pendingRemoteIds, withoutPendingChange } from '../../../../electron/core/library/outbox/pending-keys';
import {
  confirmPushed,
  countPendingChanges,
  pendingChanges,
  recordPushFailure,
  rejectChanges,
} from '../../../../electron/core/library/outbox/push-changes';
import { setReadFlag } from '../../../../electron/core/library/tables/articles-table';
import { createFixture, NOW, type Fixture } from '../support/library-fixture';
import { addServiceFeed, itemId, SERVICE_ACCOUNT } from '../support/service-account';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

const read = (ids: string[], value: boolean) => f.handlers['articles.markRead']({ kind: 'articles', ids }, value);

describe('pushing the outbox', () => {
  it('hands out the oldest changes first, a batch at a time, each push counted', () => {
    const { articleIds } = addServiceFeed(f, 3);
    const db = f.library.db();
    read([articleIds[2]!], true);
    f.clock.now += 1000;
    read([articleIds[0]!, articleIds[1]!], true);
    f.handlers['bookmarks.set'](articleIds[0]!, {});
    expect(countPendingChanges(db, SERVICE_ACCOUNT)).toBe(4);
    const batch = pendingChanges(db, SERVICE_ACCOUNT, 2);
    expect(batch).toEqual([
      {
        remoteId: itemId(2),
        key: 'read',
        value: true,
        articleId: Number(articleIds[2]),
        queuedAt: NOW,
        attempts: 1,
        lastError: null,
        markAll: null,
      },
      expect.objectContaining({ remoteId: itemId(0), key: 'read', queuedAt: NOW + 1000, attempts: 1 }),
    ]);
    expect(countPendingChanges(db, SERVICE_ACCOUNT)).toBe(4);
    expect(pendingChanges(db, 'nobody', 10)).toEqual([]);
  });

  it('drops only what the server confirmed, and keeps failed pushes with their error', () => {
    const { articleIds } = addServiceFeed(f, 2);
    const db = f.library.db();
    read(articleIds, true);
    const batch = pendingChanges(db, SERVICE_ACCOUNT, 10);
    recordPushFailure(db, SERVICE_ACCOUNT, batch, 'The server did not answer (timed out).');
    expect(pendingChanges(db, SERVICE_ACCOUNT, 10)).toMatchObject([
      { attempts: 2, lastError: 'The server did not answer (timed out).' },
      { attempts: 2, lastError: 'The server did not answer (timed out).' },
    ]);
    expect(confirmPushed(db, SERVICE_ACCOUNT, [batch[0]!])).toBe(1);
    expect(pendingChanges(db, SERVICE_ACCOUNT, 10).map((change) => change.remoteId)).toEqual([itemId(1)]);
  });

  it('records a change the server refused for good, and drops it', () => {
    const { articleIds } = addServiceFeed(f, 2);
    const db = f.library.db();
    read(articleIds, true);
    const batch = pendingChanges(db, SERVICE_ACCOUNT, 10);
    // The reader changed the second one again meanwhile: that newer wish stays to be sent.
    read([articleIds[1]!], false);
    expect(rejectChanges(db, SERVICE_ACCOUNT, batch, 'HTTP 400: unknown item', NOW + 5)).toBe(1);
    expect(all(db, 'SELECT account_id, remote_id, key, value, reason, at FROM outbox_rejected')).toEqual([
      {
        account_id: SERVICE_ACCOUNT,
        remote_id: itemId(0),
        key: 'read',
        value: 1,
        reason: 'HTTP 400: unknown item',
        at: NOW + 5,
      },
    ]);
    expect(pendingChanges(db, SERVICE_ACCOUNT, 10)).toMatchObject([{ remoteId: itemId(1), value: false }]);
  });

  it('a change stays queued after retention removed its article', () => {
    const { articleIds } = addServiceFeed(f, 1);
    const db = f.library.db();
    read(articleIds, true);
    db.exec('DELETE FROM articles');
    expect(pendingChanges(db, SERVICE_ACCOUNT, 10)).toMatchObject([{ remoteId: itemId(0), key: 'read', value: true }]);
  });
});

describe('what the reconciler leaves alone', () => {
  it('names the items with a pending change for a key, as a set and as a filter', () => {
    const { articleIds } = addServiceFeed(f, 3);
    const db = f.library.db();
    read([articleIds[0]!], true);
    f.handlers['bookmarks.set'](articleIds[1]!, {});
    expect(pendingRemoteIds(db, SERVICE_ACCOUNT, 'read')).toEqual(new Set([itemId(0)]));
    expect(pendingRemoteIds(db, SERVICE_ACCOUNT, 'starred')).toEqual(new Set([itemId(1)]));
    // The server still says all three are unread: the one read here (its change not pushed yet) stays read.
    const pending = withoutPendingChange(SERVICE_ACCOUNT, 'read');
    const fromServer = { where: ['a.remote_id IS NOT NULL', ...pending.where], params: pending.params };
    expect(setReadFlag(db, false, fromServer)).toBe(0);
    // Then that the other two were read elsewhere: they follow.
    expect(setReadFlag(db, true, fromServer)).toBe(2);
    expect(all(db, 'SELECT remote_id, is_read FROM articles ORDER BY remote_id')).toEqual([
      { remote_id: itemId(0), is_read: 1 },
      { remote_id: itemId(1), is_read: 1 },
      { remote_id: itemId(2), is_read: 1 },
    ]);
    expect(pendingRemoteIds(db, SERVICE_ACCOUNT, 'read')).toEqual(new Set([itemId(0)]));
  });
});
