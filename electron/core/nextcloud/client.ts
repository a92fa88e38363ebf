/**
 * The Nextcloud News API (v1-3) client an account backend holds: one object per account, with the user and
 * password in memory (never on disk) and sent with every request as HTTP Basic auth. It knows the protocol and
 * nothing about the database; what to fetch and what to store is the backend's business. Every failure is a
 * NextcloudError (errors.ts); an id that is not a Nextcloud id is a RangeError before anything is sent.
 */
import type { HttpTransport } from '../net/http-transport';
import * as reads from './client-reads';
import * as writes from './client-writes';
import { createNextcloudSession } from './session';
import type {
  NextcloudCallOptions,
  NextcloudCreatedFeed,
  NextcloudFeedList,
  NextcloudFolder,
  NextcloudItemsPage,
  NextcloudItemsQuery,
  NextcloudStatus,
  NextcloudUpdatedItems,
  NextcloudUpdatedQuery,
} from './types';

export type { MarkReadScope } from './client-writes';

export interface NextcloudClientOptions {
  transport: HttpTransport;
  /** The v1-3 base URL (`completeNextcloudApiUrl`). */
  apiUrl: string;
  user: string;
  /** The account's password or, with two-factor sign-in, an app password. */
  password: string;
}

export interface NextcloudClient {
  /** Checks the address and the password: a 401 is NextcloudAuthError, no News app a bad response. */
  status(options?: NextcloudCallOptions): Promise<NextcloudStatus>;
  version(options?: NextcloudCallOptions): Promise<string>;
  folders(options?: NextcloudCallOptions): Promise<NextcloudFolder[]>;
  /** 409 when the name exists: NextcloudRefusedError with reason `exists`. */
  createFolder(name: string, options?: NextcloudCallOptions): Promise<NextcloudFolder>;
  renameFolder(folderId: string, name: string, options?: NextcloudCallOptions): Promise<void>;
  /** Deletes the folder and its feeds. */
  deleteFolder(folderId: string, options?: NextcloudCallOptions): Promise<void>;
  feeds(options?: NextcloudCallOptions): Promise<NextcloudFeedList>;
  createFeed(url: string, folderId: string | null, options?: NextcloudCallOptions): Promise<NextcloudCreatedFeed>;
  deleteFeed(feedId: string, options?: NextcloudCallOptions): Promise<void>;
  /** `folderId` null: to the top level. */
  moveFeed(feedId: string, folderId: string | null, options?: NextcloudCallOptions): Promise<void>;
  renameFeed(feedId: string, title: string, options?: NextcloudCallOptions): Promise<void>;
  /** One page of items. */
  items(query: NextcloudItemsQuery, options?: NextcloudCallOptions): Promise<NextcloudItemsPage>;
  /** Every page of `items`, one at a time. */
  itemPages(query: NextcloudItemsQuery, options?: NextcloudCallOptions): AsyncGenerator<NextcloudItemsPage>;
  /** Items changed at or after a second: repeats the last round's final second, so deduplicate by id. */
  updatedItems(query: NextcloudUpdatedQuery, options?: NextcloudCallOptions): Promise<NextcloudUpdatedItems>;
  markItemsRead(itemIds: readonly string[], options?: NextcloudCallOptions): Promise<void>;
  markItemsUnread(itemIds: readonly string[], options?: NextcloudCallOptions): Promise<void>;
  starItems(itemIds: readonly string[], options?: NextcloudCallOptions): Promise<void>;
  unstarItems(itemIds: readonly string[], options?: NextcloudCallOptions): Promise<void>;
  /** Marks read every item of the scope with an id up to `newestItemId`. */
  markRead(scope: writes.MarkReadScope, newestItemId: string, options?: NextcloudCallOptions): Promise<void>;
}

export function createNextcloudClient(options: NextcloudClientOptions): NextcloudClient {
  const session = createNextcloudSession(options);
  return {
    status: (callOptions) => reads.status(session, callOptions),
    version: (callOptions) => reads.version(session, callOptions),
    folders: (callOptions) => reads.folders(session, callOptions),
    createFolder: (name, callOptions) => writes.createFolder(session, name, callOptions),
    renameFolder: (id, name, callOptions) => writes.renameFolder(session, id, name, callOptions),
    deleteFolder: (id, callOptions) => writes.deleteFolder(session, id, callOptions),
    feeds: (callOptions) => reads.feeds(session, callOptions),
    createFeed: (url, folderId, callOptions) => writes.createFeed(session, url, folderId, callOptions),
    deleteFeed: (id, callOptions) => writes.deleteFeed(session, id, callOptions),
    moveFeed: (id, folderId, callOptions) => writes.moveFeed(session, id, folderId, callOptions),
    renameFeed: (id, title, callOptions) => writes.renameFeed(session, id, title, callOptions),
    items: (query, callOptions) => reads.items(session, query, callOptions),
    itemPages: (query, callOptions) => reads.itemPages(session, query, callOptions),
    updatedItems: (query, callOptions) => reads.updatedItems(session, query, callOptions),
    markItemsRead: (ids, callOptions) => writes.changeItems(session, 'read', ids, callOptions),
    markItemsUnread: (ids, callOptions) => writes.changeItems(session, 'unread', ids, callOptions),
    starItems: (ids, callOptions) => writes.changeItems(session, 'star', ids, callOptions),
    unstarItems: (ids, callOptions) => writes.changeItems(session, 'unstar', ids, callOptions),
    markRead: (scope, newestItemId, callOptions) => writes.markRead(session, scope, newestItemId, callOptions),
  };
}
