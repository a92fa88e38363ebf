/**
 * The core: answers every contract method owned by the core. It runs inside
 * the worker thread (see worker.ts) but knows nothing about threads, so tests
 * drive it directly.
 */
import { join } from 'node:path';
import type { AppInfo } from '../api/models';
import type { CoreCallName, EventEmitter, Handlers } from '../api/contract';
import { countUnread } from './library/articles/counts';
import { createAccountHandlers } from './accounts/account-handlers';
import { createAccountService, type AccountService, type AccountSyncSummary } from './accounts/account-service';
import { importIntoAccount } from './accounts/import-into-account';
import { createLocalBackend } from './accounts/local-backend';
import { moveFeedToAccount } from './accounts/move-feed-to-account';
import { createStructureHandlers } from './accounts/structure-handlers';
import { createBackupHandlers } from './backup/backup-handlers';
import { createExportHandlers } from './export/export-handlers';
import { createImageCache } from './images/image-cache';
import { createImageHandlers } from './images/image-handlers';
import { ImagePasses } from './images/image-passes';
import { createLibraryHandlers } from './library/library-handlers';
import { takeRuleNotified } from './rules/rule-notifications';
import { createRulesHandlers } from './rules/rules-handlers';
import { openLibrary, type Library } from './library/open-library';
import { createNetwork, type Network, type NetworkOptions } from './net/network';
import { createLanguagePass } from './sync/language-pass';
import { createPendingPass } from './sync/pending-pass';
import { newArticleIdsBySection } from './sync/new-by-section';
import { queueFullTextOf } from './sync/queue-full-text';
import { createSyncWiring, type SyncWiring, type SyncWiringOptions } from './sync/sync-handlers';
import type { CoreWorkerData } from './worker-protocol';

export interface CoreService {
  handlers: Handlers<CoreCallName>;
  /** The offline library; tests and the sync engine write articles through it. */
  library: Library;
  /** The sync engine and its schedule; the CLI and tests drive it directly. */
  sync: SyncWiring;
  /** Sync service accounts (rows, in-memory credentials, their syncs); the CLI drives it directly. */
  accounts: AccountService;
  /** The one network service (fetcher, limiter, proxy, the accounts' transport); closed with the service. */
  network: Network;
  /** Stops sync and closes the library at once; fetches in flight end as cancelled. */
  close(): void;
  /** Waits for the refresh in progress to wind down, then closes. */
  shutdown(): Promise<void>;
  /** Settles when no image-cache pass is running or queued; tests wait on it instead of sleeping. */
  whenImagesIdle(): Promise<void>;
  /** Settles when neither the imported bookmarks' page pass nor an image-cache pass is running or queued. */
  whenBackgroundIdle(): Promise<void>;
  /** Starts the passes that follow every refresh (pictures, imported bookmarks' pages) without one. */
  requestPasses(): void;
  /** Settles when no language pass is running or queued. */
  whenLanguagesIdle(): Promise<void>;
}

export interface CoreServiceOptions extends CoreWorkerData {
  emit: EventEmitter;
  /** Tests fix the clock through this. */
  now?: () => number;
  /** The first-run offer's OPML text (the worker passes the bundled file). */
  defaultSubscriptions?: string;
  /** Tests inject timers here. */
  sync?: Pick<SyncWiringOptions, 'timers' | 'engine'>;
  /** Tests shorten the network's timeouts, fix its proxy or widen its limits here. */
  network?: Pick<NetworkOptions, 'fetcher' | 'limits'>;
  /** The CLI skips the library's background integrity check (it runs one command and leaves). */
  skipIntegrityCheck?: boolean;
}

export const LIBRARY_FILE = 'library.sqlite';
/** The thumbnail catch-up waits this long after start, so the first screen never queues behind it. */
const THUMBNAIL_CATCH_UP_DELAY_MS = 5_000;
/** How long quitting waits for the accounts' outboxes to reach their servers. */
const QUIT_FLUSH_MS = 3_000;

export function createCoreService(options: CoreServiceOptions): CoreService {
  const info: AppInfo = {
    name: options.appName,
    version: options.appVersion,
    runtime: options.runtime,
    platform: options.platform,
    versions: {
      node: process.versions.node,
      sqlite: process.versions.sqlite ?? null,
      electron: options.electronVersion,
      chrome: options.chromeVersion,
    },
    dataDir: options.dataDir,
    logDir: options.logDir,
  };

  // Opening never throws: a library that cannot open reports why through library.status.
  const library = openLibrary(join(options.dataDir, LIBRARY_FILE), {
    onStatus: (status) => options.emit('library.statusChanged', status),
    skipIntegrityCheck: options.skipIntegrityCheck ?? false,
  });

  // Every download goes through one network: feeds, pages, pictures, discovery, accounts.
  const network = createNetwork({
    appVersion: options.appVersion,
    ...(options.now ? { now: options.now } : {}),
    ...options.network,
  });

  // After every refresh, cache the images of recent and bookmarked articles so they read offline,
  // as far back and up to the size the reader's settings allow (read when each pass starts).
  // Lists ask again for their rows' thumbnails when a pass or the catch-up stored new ones.
  const imagePasses = new ImagePasses(
    () => sync.engine.settings,
    (change) => options.emit('images.cached', change),
  );
  // A fetched full text's pictures are kept at once, not at the pass after the next refresh.
  const keepFullTextImages = (articleIds: readonly string[]) => imagePasses.cacheNow(articleIds);
  // Articles stored before languages were checked, or by the core thread (which has no detector), are checked in
  // the background: from start (after the upgrade, the whole library), after each refresh, after an import and
  // when imported bookmarks' pages arrive.
  const languagePass = createLanguagePass(
    () => library.db(),
    () => sync.engine.reader,
  );
  // Imported bookmarks' pages are fetched after each refresh too (and right after an import).
  const pendingPass = createPendingPass(
    () => library.db(),
    network,
    () => sync.engine.isOnline(),
    options.now ?? Date.now,
    keepFullTextImages,
    () => languagePass.request(),
  );
  const requestPasses = () => {
    if (!sync.engine.isOnline()) return;
    imagePasses.request();
    pendingPass.request();
  };
  let lastRefreshAt: string | null = null;
  /** Set when close or shutdown begins: late events from cancelled work no longer read the library. */
  let closing = false;
  // A run's end carries the new articles `notify` rules asked to announce (issue 18).
  const ruleNotified = () => {
    try {
      return closing ? undefined : takeRuleNotified(library.db());
    } catch {
      return undefined; // a library that cannot be read costs the announcement, never the run's event
    }
  };
  const emit: EventEmitter = (event, payload) => {
    const notified = event === 'sync.finished' ? ruleNotified() : undefined;
    options.emit(event, notified ? { ...payload, ruleNotified: notified } : payload);
    if (event === 'sync.finished') {
      lastRefreshAt = new Date((options.now ?? Date.now)()).toISOString();
      // A run cancelled by close() ends after the library closed: there is nothing to report then.
      if (!closing) options.emit('accounts.changed', accounts.list());
      languagePass.request();
      requestPasses();
    }
  };

  const sync = createSyncWiring({
    library,
    emit,
    network,
    ...(options.now ? { now: options.now } : {}),
    ...(options.defaultSubscriptions === undefined ? {} : { defaultSubscriptions: options.defaultSubscriptions }),
    onConfigure: (config, previous) => imagePasses.configured(config, previous, sync.engine.isOnline()),
    afterFullText: keepFullTextImages,
    // Each account sync runs the passes itself (`onSynced` below), however it started.
    onRefreshAll: (when) =>
      void (when === 'now' ? accounts.syncAll() : accounts.syncDue(sync.engine.intervalMinutes * 60_000)).catch(
        () => undefined,
      ),
    subscribeRemote: (accountId, url, sectionId) => accounts.subscribe(accountId, url, sectionId),
    importRemote: (accountId, doc) => importIntoAccount(library.db(), accounts.serverSteps(accountId), accountId, doc),
    ...options.sync,
  });

  const images = createImageCache({
    dataDir: options.dataDir,
    db: () => library.db(),
    runtime: options.runtime,
    fetcher: () => network.fetcher(),
    limiter: network.limiter,
    ...(options.now ? { now: options.now } : {}),
  });

  const now = options.now ?? Date.now;
  // Remote accounts: rows in the library, credentials in memory (handed over by the host), one sync at a time each.
  const accounts: AccountService = createAccountService({
    db: () => library.db(),
    transport: (pin) => (pin === null ? network.transport : network.createTransport({ pinnedFingerprint: pin })),
    now,
    onChanged: (list) => options.emit('accounts.changed', list),
    onArticles: () => options.emit('library.countsChanged', countUnread(library.db(), now())),
    onSynced: (summary, insertedIds) => afterAccountSync(summary, insertedIds),
    isOnline: () => sync.engine.isOnline(),
    unreadDays: () => sync.engine.settings.accountUnreadDays,
    local: {
      refreshing: () => sync.engine.status().running !== null,
      lastRefreshAt: () => lastRefreshAt,
      refreshAll: () => void sync.engine.refresh({ kind: 'all' }),
    },
    localBackend: createLocalBackend({ db: () => library.db(), engine: sync.engine, network, now }),
  });
  // Articles an account brought, by any sync (the schedule, "Sync now", adding the account, a new password, a
  // subscribe), get the same passes as a refresh's: languages, pictures, and the pages of feeds that download full
  // articles (queued for the page pass, which keeps their pictures too).
  const afterAccountSync = (summary: AccountSyncSummary, insertedIds: readonly number[]) => {
    // States pulled from the server (read or starred elsewhere) change the counts as much as new articles do.
    if (closing || (insertedIds.length === 0 && summary.pulledStates === 0)) return;
    options.emit('library.countsChanged', countUnread(library.db(), now()));
    if (insertedIds.length === 0) return;
    // Notified like a refresh's new articles (the host and the preview pick the reader's chosen sections).
    const notified = ruleNotified();
    options.emit('accounts.synced', {
      accountId: summary.id,
      newArticles: insertedIds.length,
      newBySection: newArticleIdsBySection(library.db(), insertedIds),
      ...(notified ? { ruleNotified: notified } : {}),
    });
    queueFullTextOf(library.db(), insertedIds);
    languagePass.request();
    requestPasses();
  };

  const libraryHandlers = createLibraryHandlers(library, { emit: options.emit, now: options.now });

  imagePasses.attach(images);
  languagePass.request();
  imagePasses.catchUp(THUMBNAIL_CATCH_UP_DELAY_MS);

  return {
    handlers: {
      ...createImageHandlers(images),
      ...createExportHandlers(library, {
        dataDir: options.dataDir,
        emit: options.emit,
        ...(options.now ? { now: options.now } : {}),
      }),
      ...libraryHandlers,
      ...createRulesHandlers(library, { emit: options.emit, ...(options.now ? { now: options.now } : {}) }),
      ...createBackupHandlers(library, {
        dataDir: options.dataDir,
        appVersion: options.appVersion,
        emit: options.emit,
        onImported: () => {
          pendingPass.request();
          languagePass.request();
        },
        ...(options.now ? { now: options.now } : {}),
      }),
      ...sync.handlers,
      ...createAccountHandlers(accounts, () => void sync.engine.refresh({ kind: 'all' })),
      'feeds.moveToAccount': async (feedId, accountId, sectionId) => {
        const feed = await moveFeedToAccount(
          () => library.db(),
          accounts.serverSteps(accountId),
          { feedId, accountId, sectionId },
          now,
        );
        options.emit('library.countsChanged', countUnread(library.db(), now()));
        return feed;
      },
      // A sync service's subscriptions and folders change on its server first; the local account's as before.
      ...createStructureHandlers({
        db: () => library.db(),
        accounts,
        library: libraryHandlers,
        emit: options.emit,
        now,
      }),
      'app.getInfo': () => info,
    },
    library,
    sync,
    network,
    accounts,
    close() {
      closing = true;
      accounts.cancel();
      imagePasses.stop();
      void pendingPass.stop();
      void languagePass.stop();
      void sync
        .close()
        .catch(() => undefined)
        .then(() => network.close())
        .catch(() => undefined);
      library.close();
    },
    async shutdown() {
      // Changes the reader made wait in the outbox; online, they are sent now, within a bound (the rest next start).
      // After close() the library is gone and so is the chance.
      if (!closing) await accounts.flush(QUIT_FLUSH_MS).catch(() => undefined);
      closing = true;
      await imagePasses.stop();
      await pendingPass.stop();
      await languagePass.stop();
      accounts.cancel();
      await accounts.idle();
      await sync.close().catch(() => undefined);
      await network.close().catch(() => undefined);
      library.close();
    },
    whenImagesIdle: () => imagePasses.whenIdle(),
    async whenBackgroundIdle() {
      await pendingPass.whenIdle();
      await imagePasses.whenIdle();
    },
    requestPasses,
    whenLanguagesIdle: () => languagePass.whenIdle(),
  };
}
