/**
 * The Feedbin API v2 client an account backend holds: one object per account, with the credentials in memory
 * only. It knows the protocol (github.com/feedbin/feedbin-api) and nothing about the database: what to fetch and
 * what to store is the backend's business. Every failure is a FeedbinError (errors.ts); ids are opaque strings.
 */
import type { HttpTransport } from '../net/http-transport';
import * as reads from './client-reads';
import * as writes from './client-writes';
import { createSession, FEEDBIN_API_URL } from './session';
import type {
  FeedbinCallOptions,
  FeedbinEntriesPage,
  FeedbinEntriesQuery,
  FeedbinEntry,
  FeedbinSubscribeResult,
  FeedbinSubscription,
  FeedbinTagging,
} from './types';

export interface FeedbinClientOptions {
  transport: HttpTransport;
  /** The email address the account signs in with. */
  user: string;
  password: string;
  /** The API root; Feedbin's own (`FEEDBIN_API_URL`) unless a test points it at the fake. */
  apiUrl?: string;
  /** The clock Retry-After dates are read against. */
  now?: () => Date;
}

export interface FeedbinClient {
  /** Resolves when Feedbin accepts the email and password; FeedbinAuthError when it refuses them. */
  checkCredentials(options?: FeedbinCallOptions): Promise<void>;
  subscriptions(options?: FeedbinCallOptions): Promise<FeedbinSubscription[]>;
  /** Subscribes to a feed or a site's address: created, already there, or several feeds to choose from. */
  subscribe(feedUrl: string, options?: FeedbinCallOptions): Promise<FeedbinSubscribeResult>;
  renameSubscription(subscriptionId: string, title: string, options?: FeedbinCallOptions): Promise<FeedbinSubscription>;
  unsubscribe(subscriptionId: string, options?: FeedbinCallOptions): Promise<void>;
  /** Which feed is in which tag (folder). */
  taggings(options?: FeedbinCallOptions): Promise<FeedbinTagging[]>;
  tagFeed(feedId: string, name: string, options?: FeedbinCallOptions): Promise<FeedbinTagging>;
  untag(taggingId: string, options?: FeedbinCallOptions): Promise<void>;
  /** Renames a tag; every tagging afterwards. */
  renameTag(oldName: string, newName: string, options?: FeedbinCallOptions): Promise<FeedbinTagging[]>;
  /** Deletes a tag (its feeds stay subscribed); every tagging afterwards. */
  deleteTag(name: string, options?: FeedbinCallOptions): Promise<FeedbinTagging[]>;
  entriesPage(query: FeedbinEntriesQuery, options?: FeedbinCallOptions): Promise<FeedbinEntriesPage>;
  /** Every page of `entriesPage`, following the `Link` header, one at a time. */
  entryPages(query: FeedbinEntriesQuery, options?: FeedbinCallOptions): AsyncGenerator<FeedbinEntriesPage>;
  /** The entries with these ids, 100 per request. */
  entriesByIds(ids: readonly string[], options?: FeedbinCallOptions): Promise<FeedbinEntry[]>;
  unreadEntryIds(options?: FeedbinCallOptions): Promise<string[]>;
  starredEntryIds(options?: FeedbinCallOptions): Promise<string[]>;
  /** Each returns the ids Feedbin changed (an id left out: the entry is no longer this account's to change). */
  markRead(ids: readonly string[], options?: FeedbinCallOptions): Promise<string[]>;
  markUnread(ids: readonly string[], options?: FeedbinCallOptions): Promise<string[]>;
  star(ids: readonly string[], options?: FeedbinCallOptions): Promise<string[]>;
  unstar(ids: readonly string[], options?: FeedbinCallOptions): Promise<string[]>;
}

export function createFeedbinClient(options: FeedbinClientOptions): FeedbinClient {
  const session = createSession({
    transport: options.transport,
    apiUrl: options.apiUrl ?? FEEDBIN_API_URL,
    user: options.user,
    password: options.password,
    now: options.now ?? (() => new Date()),
  });
  return {
    checkCredentials: (call) => reads.checkCredentials(session, call),
    subscriptions: (call) => reads.subscriptions(session, call),
    subscribe: (feedUrl, call) => writes.createSubscription(session, feedUrl, call),
    renameSubscription: (id, title, call) => writes.updateSubscription(session, id, title, call),
    unsubscribe: (id, call) => writes.deleteSubscription(session, id, call),
    taggings: (call) => reads.taggings(session, call),
    tagFeed: (feedId, name, call) => writes.createTagging(session, feedId, name, call),
    untag: (id, call) => writes.deleteTagging(session, id, call),
    renameTag: (oldName, newName, call) => writes.renameTag(session, oldName, newName, call),
    deleteTag: (name, call) => writes.deleteTag(session, name, call),
    entriesPage: (query, call) => reads.entriesPage(session, query, call),
    entryPages: (query, call) => reads.entryPages(session, query, call),
    entriesByIds: (ids, call) => reads.entriesByIds(session, ids, call),
    unreadEntryIds: (call) => reads.unreadEntryIds(session, call),
    starredEntryIds: (call) => reads.starredEntryIds(session, call),
    markRead: (ids, call) => writes.changeStates(session, { list: 'unread_entries', method: 'DELETE' }, ids, call),
    markUnread: (ids, call) => writes.changeStates(session, { list: 'unread_entries', method: 'POST' }, ids, call),
    star: (ids, call) => writes.changeStates(session, { list: 'starred_entries', method: 'POST' }, ids, call),
    unstar: (ids, call) => writes.changeStates(session, { list: 'starred_entries', method: 'DELETE' }, ids, call),
  };
}
