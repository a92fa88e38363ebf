/**
 * What the steps of one Nextcloud News pull share: the account, the client, the clock and window, the stop signal,
 * and `store`, which applies one page of items in one transaction (remote/pending-items.ts `applyContentsChunk`:
 * stored items leave the pending set) and tells the caller which articles are new, as soon as they are readable.
 */
import type { Db } from '../db/sql';
import type { NextcloudClient } from '../nextcloud/client';
import type { NextcloudCallOptions, NextcloudItem } from '../nextcloud/types';
import { toRemoteItem } from './nextcloud-items';
import { applyContentsChunk } from './remote/pending-items';

export interface PullContext {
  db: () => Db;
  accountId: string;
  client: NextcloudClient;
  now: () => number;
  /** When this pull started (epoch ms, the app's clock). */
  startedAt: number;
  /** Unread items the server received within this many days are stored at once (null: all). */
  bodyDays: number | null;
  signal?: AbortSignal;
  call: NextcloudCallOptions | undefined;
  /** Stores a page of items (one transaction); an empty page does nothing. */
  store(items: readonly NextcloudItem[]): void;
  /** Articles stored new so far in this pull. */
  readonly newArticles: number;
}

export interface PullContextOptions {
  db: () => Db;
  accountId: string;
  client: NextcloudClient;
  now: () => number;
  bodyDays: number | null;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export function pullContext(options: PullContextOptions): PullContext {
  let newArticles = 0;
  return {
    db: options.db,
    accountId: options.accountId,
    client: options.client,
    now: options.now,
    startedAt: options.now(),
    bodyDays: options.bodyDays,
    ...(options.signal ? { signal: options.signal } : {}),
    call: options.signal ? { signal: options.signal } : undefined,
    store(items) {
      if (items.length === 0) return;
      const asked = items.map((item) => item.id);
      const applied = applyContentsChunk(
        options.db(),
        options.accountId,
        asked,
        items.map(toRemoteItem),
        options.now(),
      );
      newArticles += applied.inserted;
      if (applied.insertedIds.length > 0) options.onArticles?.(applied.insertedIds);
    },
    get newArticles() {
      return newArticles;
    },
  };
}
