/**
 * The accounts: their rows, the credentials the host handed over (in
 * memory only), one backend per remote account, and syncing them. One sync
 * per account at a time; a request while one runs joins it. Status follows
 * every sync: `syncing`, then `ok`, `needs-password` (nothing is retried
 * until the reader types it) or `error` (with the reason, retried at the
 * next sync). The `local` account's sync is the feed polling (sync engine).
 */
import { ApiError } from '../../api/errors';
import type { Feed } from '../../api/library-models';
import type { Account, AccountCredentials, AddAccountInput } from '../../api/methods/accounts';
import { DEFAULT_SETTINGS, type AccountUnreadDays } from '../../api/settings-schema';
import type { Db } from '../db/sql';
import type { HttpTransport } from '../net/http-transport';
import {
  findAccountRow,
  insertAccount,
  listAccountRows,
  LOCAL_ACCOUNT_ID,
  recordAccountSync,
  saveAccountState,
  setAccountMarkAllOnServer,
  setAccountStatus,
  type AccountRow,
} from '../library/tables/accounts-table';
import { countPendingChanges } from '../library/outbox/push-changes';
import { pendingNote, readerMessage, testCredentials } from './account-errors';
import { parseOptions, parseState } from './account-row-text';
import { accountView } from './account-view';
import { accountCounts } from './account-counts';
import { findSubscribedFeed, sectionOfAccount } from './account-feeds';
import { NeedsPasswordError, NO_PASSWORD, type AccountBackend } from './backend';
import { createRemoteAccount, REMOTE_KINDS, type RemoteAccount } from './backend-factory';
import { isServiceError, retryAfterMsOf } from './service-errors';
import { checkNewAccount, newAccountRow } from './new-account';
import { accountServices } from './offered-services';
import { removeAccountData } from './remove-account';
import type { AccountServerSteps } from './server-steps';

export interface AccountSyncSummary {
  id: string;
  status: Account['status'];
  newArticles: number;
  pushed: number;
  pulledStates: number;
  /** Unread on the server, counted in the account's unread count, contents still to come (older ones, per sync). */
  unreadToDownload: number;
  error: string | null;
}

export interface AccountServiceOptions {
  db: () => Db;
  /** The core's network for API calls; with a fingerprint, one that accepts only the certificate pinned for the server. */
  transport: (pinnedFingerprint: string | null) => HttpTransport;
  now: () => number;
  /** Every change of an account's row (status, last sync) and every batch of new articles. */
  onChanged: (accounts: Account[]) => void;
  onArticles?: (insertedIds: readonly number[]) => void;
  /**
   * After every sync of a remote account, however it started (the schedule, "Sync now", adding it, a new password,
   * a subscribe), with the ids of the articles it stored: the passes that follow a refresh run on them.
   */
  onSynced?: (summary: AccountSyncSummary, insertedIds: readonly number[]) => void;
  /** Offline, no account sync starts (the next one after the connection is back sends everything). */
  isOnline?: () => boolean;
  /** The local account's sync: the feed polling. */
  local: { refreshing(): boolean; lastRefreshAt(): string | null; refreshAll(): void };
  /** The reader's "download unread articles from the last N days at first", read at each sync (default 90). */
  unreadDays?: () => AccountUnreadDays;
  /** The local account's backend (local-backend.ts), answered by `backendOf('local')`. */
  localBackend?: AccountBackend;
}

interface Secrets {
  password: string | null;
  appKey: string | null;
}

export function createAccountService(options: AccountServiceOptions) {
  const secrets = new Map<string, Secrets>();
  const backends = new Map<string, RemoteAccount>();
  const running = new Map<string, Promise<AccountSyncSummary>>();
  /** When a server that answered 429 or 503 asked to be called again (epoch ms), per account. */
  const waitUntil = new Map<string, number>();
  const online = () => options.isOnline?.() ?? true;
  const controllers = new Map<string, AbortController>();
  /** When each account's last sync started (failed ones included), for the schedule. */
  const attemptedAt = new Map<string, number>();
  /** Aborts the server steps of imports and moves in flight (closing); what the server confirmed stays. */
  const closing = new AbortController();

  /** The account's backend, built once per row by its kind (backend-factory.ts); its session lives in memory. */
  const remoteFor = (row: AccountRow): RemoteAccount => {
    let remote = backends.get(row.id);
    if (!remote) {
      remote = createRemoteAccount({
        db: options.db,
        row,
        transport: options.transport(parseOptions(row.options).pin),
        password: () => secrets.get(row.id)?.password ?? null,
        appKey: () => secrets.get(row.id)?.appKey ?? null,
        now: options.now,
        bodyDays: () => bodyDaysOf(options.unreadDays?.() ?? DEFAULT_SETTINGS.accountUnreadDays),
        syncNow: async () => (await sync(row.id)).error,
      });
      backends.set(row.id, remote);
      // A row restored from a backup, or written before the capability was stored, learns it here.
      setAccountMarkAllOnServer(options.db(), row.id, remote.backend.capabilities.markAllOnServer);
    }
    return remote;
  };
  const accountBackendFor = (row: AccountRow): AccountBackend => remoteFor(row).backend;

  const toAccount = (row: AccountRow): Account =>
    accountView(row, { db: options.db(), syncing: (id) => controllers.has(id), local: options.local });

  const list = (): Account[] => listAccountRows(options.db()).map(toAccount);
  const changed = () => options.onChanged(list());
  const requireRow = (id: string): AccountRow => {
    const row = findAccountRow(options.db(), id);
    if (!row) throw new ApiError('NOT_FOUND', 'There is no such account.');
    return row;
  };
  const requireRemote = (id: string): AccountRow => {
    const row = requireRow(id);
    if (row.id === LOCAL_ACCOUNT_ID) throw new ApiError('CONFLICT', 'The feeds on this computer need no password.');
    return row;
  };

  const runSync = async (row: AccountRow): Promise<AccountSyncSummary> => {
    attemptedAt.set(row.id, options.now());
    const controller = new AbortController();
    controllers.set(row.id, controller);
    setAccountStatus(options.db(), row.id, 'syncing', row.lastError);
    changed();
    const summary: AccountSyncSummary = {
      id: row.id,
      status: 'ok',
      newArticles: 0,
      pushed: 0,
      pulledStates: 0,
      unreadToDownload: accountCounts(options.db(), row.id).toDownload,
      error: null,
    };
    const insertedIds: number[] = [];
    try {
      const result = await accountBackendFor(row).sync({
        cursor: parseState(row.state),
        signal: controller.signal,
        onArticles: (ids) => {
          summary.newArticles += ids.length;
          insertedIds.push(...ids);
          options.onArticles?.(ids);
        },
      });
      Object.assign(summary, {
        newArticles: result.newArticles,
        pushed: result.pushed,
        pulledStates: result.pulledStates,
        unreadToDownload: result.unreadToDownload ?? 0,
      });
      saveAccountState(options.db(), row.id, JSON.stringify(result.cursor ?? null));
      recordAccountSync(options.db(), row.id, options.now(), null);
      setAccountStatus(options.db(), row.id, 'ok');
    } catch (error) {
      const retryAfter = retryAfterMsOf(error);
      if (retryAfter !== null) waitUntil.set(row.id, options.now() + retryAfter);
      // What the reader did here waits in the outbox whatever went wrong: say so, so nobody redoes it.
      const pending = countPendingChanges(options.db(), row.id);
      const message = readerMessage(error) + (pending > 0 ? ` ${pendingNote(pending)}` : '');
      summary.error = message;
      summary.status = error instanceof NeedsPasswordError ? 'needs-password' : 'error';
      // "Last synced" stays the last sync that worked; the failure is the status and its message.
      setAccountStatus(options.db(), row.id, summary.status, message);
    } finally {
      controllers.delete(row.id);
    }
    changed();
    // A sync that failed half-way still stored whole chunks: they get the passes too.
    options.onSynced?.(summary, insertedIds);
    return summary;
  };

  const sync = (id: string): Promise<AccountSyncSummary> => {
    const current = running.get(id);
    if (current) return current;
    const row = requireRemote(id);
    const toDownload = accountCounts(options.db(), id).toDownload;
    const idle = (error: string): Promise<AccountSyncSummary> =>
      Promise.resolve({
        id,
        status: row.status,
        newArticles: 0,
        pushed: 0,
        pulledStates: 0,
        unreadToDownload: toDownload,
        error,
      });
    if (!online()) return idle('Offline: the account syncs when the connection is back.');
    const wait = (waitUntil.get(id) ?? 0) - options.now();
    if (wait > 0)
      return idle(
        `The server asked to wait until ${new Date(options.now() + wait).toISOString()} before the next sync.`,
      );
    if (row.status === 'needs-password' && !secrets.get(id)?.password) {
      return Promise.resolve({
        id,
        status: 'needs-password',
        newArticles: 0,
        pushed: 0,
        pulledStates: 0,
        unreadToDownload: toDownload,
        error: row.lastError ?? 'The server needs your password again.',
      });
    }
    const promise = runSync(row).finally(() => running.delete(id));
    running.set(id, promise);
    return promise;
  };

  const remoteIds = () =>
    listAccountRows(options.db())
      .filter((row) => row.id !== LOCAL_ACCOUNT_ID)
      .map((row) => row.id);

  return {
    list,
    sync,
    /** Every remote account, one after another (the CLI's `sync` and the schedule). */
    async syncAll(): Promise<AccountSyncSummary[]> {
      const summaries: AccountSyncSummary[] = [];
      for (const id of remoteIds()) summaries.push(await sync(id));
      return summaries;
    },
    /** The accounts not synced within `intervalMs` (the schedule), one after another. */
    async syncDue(intervalMs: number): Promise<AccountSyncSummary[]> {
      const summaries: AccountSyncSummary[] = [];
      for (const row of listAccountRows(options.db())) {
        // A failed sync leaves lastSyncAt where it was: its attempt is what paces the next try.
        const last = Math.max(row.lastSyncAt ?? -Infinity, attemptedAt.get(row.id) ?? -Infinity);
        if (row.id === LOCAL_ACCOUNT_ID || options.now() - last < intervalMs) continue;
        summaries.push(await sync(row.id));
      }
      return summaries;
    },
    /**
     * Sends what waits in the outboxes (quitting), giving up after `boundMs`: what is left waits for the next start.
     * Nothing is pulled.
     */
    async flush(boundMs: number): Promise<void> {
      if (!online()) return;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), boundMs);
      try {
        for (const row of listAccountRows(options.db())) {
          if (row.id === LOCAL_ACCOUNT_ID || countPendingChanges(options.db(), row.id) === 0) continue;
          if (!secrets.get(row.id)?.password || controller.signal.aborted) continue;
          await running.get(row.id)?.catch(() => undefined);
          await accountBackendFor(row)
            .push(controller.signal)
            .catch(() => undefined);
        }
      } finally {
        clearTimeout(timer);
      }
    },
    /** Settles when no account sync runs. */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
    cancel(): void {
      closing.abort();
      for (const controller of controllers.values()) controller.abort();
    },
    services: accountServices,

    /** Tests the credentials, then saves the account (credentials stay in memory); a refusal saves nothing. */
    async add(input: AddAccountInput): Promise<Account> {
      const checked = checkNewAccount(input);
      const kind = REMOTE_KINDS[input.kind];
      const tested = await testCredentials(() => kind.testCredentials(input, checked, options.transport(checked.pin)));
      const row = newAccountRow(input, checked, options.now(), tested ?? undefined);
      insertAccount(options.db(), row);
      setAccountMarkAllOnServer(options.db(), row.id, kind.capabilities(row).markAllOnServer);
      secrets.set(row.id, { password: input.password, appKey: input.appKey ?? null });
      changed();
      return toAccount(requireRow(row.id));
    },

    async setPassword(id: string, password: string): Promise<Account> {
      const row = requireRemote(id);
      const backend = accountBackendFor(row);
      await testCredentials(() => backend.validateCredentials(password));
      secrets.set(id, { password, appKey: secrets.get(id)?.appKey ?? null });
      setAccountStatus(options.db(), id, 'ok');
      changed();
      return toAccount(requireRow(id));
    },

    async remove(id: string, keepBookmarks: boolean): Promise<void> {
      const row = requireRow(id);
      if (row.id === LOCAL_ACCOUNT_ID)
        throw new ApiError('CONFLICT', 'The feeds on this computer cannot be removed as an account.');
      controllers.get(id)?.abort();
      await running.get(id)?.catch(() => undefined);
      removeAccountData(options.db(), id, keepBookmarks, options.now());
      secrets.delete(id);
      backends.delete(id);
      changed();
    },

    /** Subscribes on the server (into the section's folder), syncs, and answers the feed as stored. */
    async subscribe(accountId: string, url: string, sectionId: string | null): Promise<Feed> {
      const row = requireRemote(accountId);
      const folder = sectionId === null ? null : sectionOfAccount(options.db(), accountId, sectionId);
      try {
        await remoteFor(row).subscribeInFolder(url, folder);
      } catch (error) {
        if (error instanceof NeedsPasswordError) throw new ApiError('AUTH_REFUSED', error.message);
        if (isServiceError(error)) throw new ApiError('UNAVAILABLE', error.message);
        throw error;
      }
      const summary = await sync(accountId);
      const feed = findSubscribedFeed(options.db(), accountId, url) ?? remoteFor(row).subscribedFeed?.(url);
      if (!feed)
        throw new ApiError(
          'UNAVAILABLE',
          summary.error ?? 'The server accepted the feed, but it was not among its subscriptions at the next sync.',
        );
      return feed;
    },

    /** Subscribing and syncing for an OPML import into the account or a feed moved to it (server-steps.ts). */
    serverSteps(accountId: string): AccountServerSteps {
      const row = requireRemote(accountId);
      return {
        accountName: row.name,
        online: online(),
        subscribe: (url, folder, signal) => remoteFor(row).subscribeInFolder(url, folder, signal ?? closing.signal),
        sync: () => sync(accountId),
      };
    },
    /** The account's backend, speaking the library's ids (the local account's when the service was given it). */
    backendOf(id: string): AccountBackend {
      if (id === LOCAL_ACCOUNT_ID && options.localBackend) return options.localBackend;
      return accountBackendFor(requireRemote(id));
    },
    /** Whether a change can be asked of the account's server now: online, and with a password to sign in with. */
    reachable(id: string): 'yes' | 'offline' | 'needs-password' {
      if (!online()) return 'offline';
      return secrets.get(id)?.password ? 'yes' : 'needs-password';
    },
    /** The server refused the password while the reader changed something: the account says so, as after a sync. */
    refusedPassword(id: string, message: string): void {
      setAccountStatus(options.db(), id, 'needs-password', message);
      changed();
    },

    setCredentials(list: readonly AccountCredentials[]): void {
      for (const entry of list) secrets.set(entry.id, { password: entry.password, appKey: entry.appKey });
      for (const row of listAccountRows(options.db())) {
        if (row.id === LOCAL_ACCOUNT_ID) continue;
        if (!secrets.get(row.id)?.password) setAccountStatus(options.db(), row.id, 'needs-password', NO_PASSWORD);
        // A sync that started before the host handed the password over (the schedule at start) found none: it is
        // here now, so that is no longer true. A password the server refused stays refused until the reader acts.
        else if (row.status === 'needs-password' && row.lastError?.startsWith(NO_PASSWORD))
          setAccountStatus(options.db(), row.id, 'ok');
      }
      // A backend built before its app key arrived is rebuilt with it.
      backends.clear();
      changed();
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

/** The setting as the pull takes it: a number of days, or null for every unread article at once. */
function bodyDaysOf(days: AccountUnreadDays): number | null {
  return days === 'all' ? null : days;
}
