/**
 * The Miniflux REST API v1 client an account backend holds per account: the credentials in memory (never on
 * disk), the protocol and its version differences, nothing about the database. Every failure is a MinifluxError
 * (errors.ts). miniflux.app/docs/api.html is the reference; each quirk names its source where it is handled.
 */
import type { HttpTransport } from '../net/http-transport';
import * as entryCalls from './client-entries';
import { createStarWriter } from './client-stars';
import * as structure from './client-structure';
import { createSession } from './session';
import type {
  MinifluxCallOptions,
  MinifluxCategory,
  MinifluxCredentials,
  MinifluxEntriesPage,
  MinifluxEntriesQuery,
  MinifluxEntryStatus,
  MinifluxFeed,
  MinifluxFeedCreate,
  MinifluxFeedUpdate,
  MinifluxStarMode,
  MinifluxStarOutcome,
  MinifluxUser,
} from './types';

export interface MinifluxClientOptions {
  transport: HttpTransport;
  /** The server's base address (`completeMinifluxUrl`), e.g. `https://rss.example.org` or `https://host/rss`. */
  baseUrl: string;
  credentials: MinifluxCredentials;
  /** How stars are written, when known from an earlier session; found out by the first `setStarred` otherwise. */
  starMode?: MinifluxStarMode;
  /** The clock Retry-After dates are read against. */
  now?: () => Date;
}

export interface MinifluxClient {
  /** `GET /v1/me`: the account, or MinifluxAuthError when the key or password is refused. */
  me(options?: MinifluxCallOptions): Promise<MinifluxUser>;
  categories(options?: MinifluxCallOptions): Promise<MinifluxCategory[]>;
  createCategory(title: string, options?: MinifluxCallOptions): Promise<MinifluxCategory>;
  renameCategory(id: string, title: string, options?: MinifluxCallOptions): Promise<MinifluxCategory>;
  deleteCategory(id: string, options?: MinifluxCallOptions): Promise<void>;
  feeds(options?: MinifluxCallOptions): Promise<MinifluxFeed[]>;
  /** Subscribes and returns the new feed's id. */
  createFeed(create: MinifluxFeedCreate, options?: MinifluxCallOptions): Promise<string>;
  updateFeed(id: string, update: MinifluxFeedUpdate, options?: MinifluxCallOptions): Promise<void>;
  deleteFeed(id: string, options?: MinifluxCallOptions): Promise<void>;
  refreshFeed(id: string, options?: MinifluxCallOptions): Promise<void>;
  /** One page, oldest id first, at most 1,000 entries. */
  entries(query: MinifluxEntriesQuery, options?: MinifluxCallOptions): Promise<MinifluxEntriesPage>;
  /** Every page of a query by `after_entry_id`, one at a time. */
  entryPages(query: MinifluxEntriesQuery, options?: MinifluxCallOptions): AsyncGenerator<MinifluxEntriesPage>;
  setStatus(ids: readonly string[], status: MinifluxEntryStatus, options?: MinifluxCallOptions): Promise<void>;
  /** Sets stars to a state; on servers before 2.3.2 reads each entry first and toggles only where it differs. */
  setStarred(ids: readonly string[], starred: boolean, options?: MinifluxCallOptions): Promise<MinifluxStarOutcome>;
  /** The way stars are written, once known: keep it with the account to skip the probe next time. */
  starMode(): MinifluxStarMode | null;
  /** Marks every entry of the feed read — no time bound: entries fetched after the click are marked too. */
  markFeedRead(feedId: string, options?: MinifluxCallOptions): Promise<void>;
  /** Marks every entry of the category read — no time bound. */
  markCategoryRead(categoryId: string, options?: MinifluxCallOptions): Promise<void>;
}

export function createMinifluxClient(options: MinifluxClientOptions): MinifluxClient {
  const session = createSession({
    transport: options.transport,
    baseUrl: options.baseUrl,
    credentials: options.credentials,
    now: options.now ?? (() => new Date()),
  });
  const stars = createStarWriter(session, options.starMode ?? null);
  return {
    me: (call) => structure.me(session, call),
    categories: (call) => structure.categories(session, call),
    createCategory: (title, call) => structure.createCategory(session, title, call),
    renameCategory: (id, title, call) => structure.renameCategory(session, id, title, call),
    deleteCategory: (id, call) => structure.deleteCategory(session, id, call),
    feeds: (call) => structure.feeds(session, call),
    createFeed: (create, call) => structure.createFeed(session, create, call),
    updateFeed: (id, update, call) => structure.updateFeed(session, id, update, call),
    deleteFeed: (id, call) => structure.deleteFeed(session, id, call),
    refreshFeed: (id, call) => structure.refreshFeed(session, id, call),
    entries: (query, call) => entryCalls.entries(session, query, call),
    entryPages: (query, call) => entryCalls.entryPages(session, query, call),
    setStatus: (ids, status, call) => entryCalls.setStatus(session, ids, status, call),
    setStarred: (ids, starred, call) => stars.setStarred(ids, starred, call),
    starMode: () => stars.mode(),
    markFeedRead: (feedId, call) => entryCalls.markFeedRead(session, feedId, call),
    markCategoryRead: (categoryId, call) => entryCalls.markCategoryRead(session, categoryId, call),
  };
}
