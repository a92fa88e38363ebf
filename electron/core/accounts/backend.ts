/**
 * The seam between the library and wherever an account's subscriptions and reading state live: Broadsheet's own
 * polling (the `local` backend) or a sync service (Google Reader API servers, later Fever, Miniflux…). Everything
 * above this interface — handlers, the sync panel, the CLI — treats accounts alike and asks `capabilities`, never
 * the kind, to decide what to offer. Modelled on NetNewsWire's AccountDelegate and its per-account behaviours.
 *
 * Ids are the library's own (a feed's and a section's `id`); a backend that needs its service's ids looks them up
 * (remote ids are opaque strings per account). Read and starred changes never call a backend directly: they are
 * queued in the outbox in the same transaction as the change, and `sync` pushes them before it pulls.
 */
import type { Feed } from '../../api/library-models';
import type { Section } from '../../api/models';
import type { SubscribeResult } from '../../api/methods/feeds';

export type AccountKind = 'local' | RemoteAccountKind;
/** The kinds of sync service an account can be (one backend each: backend-factory.ts). */
export type RemoteAccountKind = 'greader' | 'fever' | 'miniflux' | 'nextcloud' | 'feedbin';

/** What an account's service can do, as data (the UI shows what it cannot, with the reason, rather than fail). */
export interface AccountCapabilities {
  /** Feeds can be added and removed from here. */
  subscriptions: boolean;
  /** Folders (the account's sections) can be renamed and deleted here, and feeds moved between them. */
  folders: boolean;
  /** Starred items are kept on the service (bookmarked here). */
  starred: boolean;
  /**
   * "Mark all as read" of a feed, a folder or everything reaches the server as its own mark-all call (meaning exactly
   * the items the reader had), rather than explicit lists of items. False for the local account: there is no server.
   */
  markAllOnServer: boolean;
  /** Items carry labels on the service: bookmark tags travel as item labels (false: they stay here). */
  itemLabels: boolean;
}

/** One sync, as the caller started it. */
export interface AccountSyncRun {
  /** Stops the run; what was confirmed stays, nothing is recorded as failed. */
  signal: AbortSignal;
  /** What the last complete sync kept for this one (the account row's `state`): a cursor, or null. */
  cursor?: unknown;
  /** Each batch of new article ids, as soon as they are readable. */
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface AccountSyncOutcome {
  newArticles: number;
  /** Local read and starred changes the server confirmed. */
  pushed: number;
  /** Articles whose read or starred state the server changed here. */
  pulledStates: number;
  /** The run was stopped (cancelled, or offline) before it ended. */
  cancelled: boolean;
  /** What to keep for the next sync (the account row's `state`); absent when the backend keeps nothing. */
  cursor?: unknown;
  /** Unread items still on the service whose contents are not here yet (counted already); 0 when all are here. */
  unreadToDownload?: number;
}

/** Why an account cannot sign in when the host handed over no password for it. */
export const NO_PASSWORD = 'Broadsheet has no password for this account.';

/** The server refused the password, or none is known: the reader has to type it (any remote kind). */
export class NeedsPasswordError extends Error {
  override readonly name = 'NeedsPasswordError';
  constructor(message = 'The server needs your password again.') {
    super(message);
  }
}

/** The service refused the account's credentials (not: could not be reached). */
export class AccountAuthError extends Error {
  override readonly name = 'AccountAuthError';
}

export interface AccountBackend {
  readonly kind: AccountKind;
  readonly capabilities: AccountCapabilities;
  /**
   * Resolves when the service accepts the password (the one given, e.g. just typed, or else the one the account
   * holds); rejects when it refuses it. Nothing but the service's session is kept.
   */
  validateCredentials(password?: string, signal?: AbortSignal): Promise<void>;
  /** Pushes the outbox, then pulls subscriptions, items and states. */
  sync(run: AccountSyncRun): Promise<AccountSyncOutcome>;
  /** Only sends the outbox (quitting): nothing is pulled. Answers how many changes the service confirmed. */
  push(signal?: AbortSignal): Promise<number>;
  /** Subscribes to a feed found at `url` in the folder (section id) or in none; a page with several feeds asks to choose. */
  subscribe(url: string, folder: string | null): Promise<SubscribeResult>;
  /*
   * Subscriptions and folders: the service first; only when it confirmed is the library changed (with the library's
   * own functions), so a refusal changes nothing here. A backend without a service just changes the library.
   */
  /** Unsubscribes; bookmarked articles stay here, with their feed hidden. */
  unsubscribe(feedId: string): Promise<void>;
  renameFeed(feedId: string, title: string): Promise<Feed>;
  /** Into the folder (one of the account's section ids) or out of every folder (null). */
  moveFeed(feedId: string, folder: string | null): Promise<Feed>;
  renameFolder(folderId: string, name: string): Promise<Section>;
  /** The folder goes; its feeds stay subscribed, in no folder (or where the service puts them). */
  deleteFolder(folderId: string): Promise<void>;
}
