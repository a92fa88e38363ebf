/**
 * The pending set itself, where the protocol fake cannot go: a server that lists an item unread but never returns
 * its contents. It stays counted (the server says it is unread) but is no longer asked for at every sync.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyContentsChunk,
  MAX_PENDING_ATTEMPTS,
  pendingToFetch,
  recordUnreadOnServer,
} from '../../../electron/core/accounts/remote/pending-items';
import { insertAccount } from '../../../electron/core/library/tables/accounts-table';
import { countPendingItems } from '../../../electron/core/library/tables/remote-pending-items-table';
import { createFixture, type Fixture } from '../library/support/library-fixture';

let f: Fixture;
beforeEach(() => {
  f = createFixture();
  insertAccount(f.library.db(), {
    id: 'fresh',
    kind: 'greader',
    service: 'freshrss',
    name: 'FreshRSS',
    url: 'https://fresh.example/api/greader.php',
    user: 'ana',
    status: 'ok',
    options: '{}',
    position: 'last',
    createdAt: 0,
  });
});
afterEach(() => f.dispose());

const db = () => f.library.db();

describe('pending items', () => {
  it('an item the server keeps answering without stays counted but is no longer asked for', () => {
    recordUnreadOnServer(db(), 'fresh', ['c', 'b', 'a'], new Set(), 0);
    for (let attempt = 0; attempt < MAX_PENDING_ATTEMPTS; attempt++) {
      expect(pendingToFetch(db(), 'fresh', ['c', 'b', 'a'], new Set(), 10)).toEqual(['c', 'b', 'a']);
      applyContentsChunk(db(), 'fresh', ['c', 'b'], [], 0);
    }
    expect(pendingToFetch(db(), 'fresh', ['c', 'b', 'a'], new Set(), 10)).toEqual(['a']);
    expect(countPendingItems(db(), 'fresh')).toBe(3);
  });

  it('the next listing drops what the server no longer lists unread and what is stored, and adds the new', () => {
    recordUnreadOnServer(db(), 'fresh', ['c', 'b', 'a'], new Set(), 0);
    recordUnreadOnServer(db(), 'fresh', ['d', 'c', 'a'], new Set(['c']), 1);
    expect(pendingToFetch(db(), 'fresh', ['d', 'c', 'a'], new Set(), 10)).toEqual(['d', 'a']);
    expect(pendingToFetch(db(), 'fresh', ['d', 'c', 'a'], new Set(['d']), 1)).toEqual(['a']);
  });
});
