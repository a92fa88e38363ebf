/**
 * What the account service hands the backend it builds for a remote account row, and what it keeps of it: shared by
 * backend-factory.ts and every kind's backend file (so neither imports the other's module).
 */
import type { Feed } from '../../api/library-models';
import type { Db } from '../db/sql';
import type { HttpTransport } from '../net/http-transport';
import type { AccountRow } from '../library/tables/accounts-table';
import type { AccountBackend } from './backend';

/** What the account service hands a backend it builds for a row. */
export interface RemoteAccountContext {
  db: () => Db;
  row: AccountRow;
  /** The core's network, accepting only the row's pinned certificate when it has one. */
  transport: HttpTransport;
  /** The password the host handed over (memory only), or null. */
  password: () => string | null;
  /** Inoreader's App key (memory only), or null. */
  appKey: () => string | null;
  now: () => number;
  /** The reader's "download unread articles from the last N days", read at each sync (null: all). */
  bodyDays: () => number | null;
  /** The account's sync as the account service runs it (one at a time); answers its error, or null. */
  syncNow: () => Promise<string | null>;
}

/** One remote account as the account service keeps it: built once per row, its session in memory. */
export interface RemoteAccount {
  /** Library ids, the one shape every backend has. */
  readonly backend: AccountBackend;
  /** Subscribes on the server into the folder named so (an import into the account, a feed moved to it). */
  subscribeInFolder(url: string, folderName: string | null, signal?: AbortSignal): Promise<void>;
  /**
   * The feed a subscribe here made, where the server keeps it under another address than the one asked for (Feedbin
   * follows redirects and a site's address to its feed); absent or null: found by its address alone.
   */
  subscribedFeed?(url: string): Feed | null;
}
