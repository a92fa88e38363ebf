/**
 * The sync group of the contract, wired to one engine and its schedule.
 * The schedule starts with the host's first `sync.configure`, so the first
 * automatic refresh already uses the reader's proxy and interval.
 */
import type { EventEmitter, Handlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { opmlMethods } from '../../api/methods/opml';
import type { Feed } from '../../api/library-models';
import type { SyncConfig, syncMethods, SyncStatus } from '../../api/methods/sync';
import { countUnread } from '../library/articles/counts';
import type { Library } from '../library/open-library';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import type { Network } from '../net/network';
import { fetchArticleFullText } from './article-full-text';
import { createScheduler, realTimers, type Scheduler, type Timers } from './scheduler';
import { SyncEngine, type SyncEngineOptions } from './sync-engine';
import { waitAtMost } from './wait-at-most';
import type { OpmlDocument, OpmlImportResult } from '../opml/types';
import {
  defaultsOffer,
  discover,
  discoveryFetch,
  exportOpmlText,
  importOpmlText,
  readOpmlText,
  subscribe,
} from './subscriptions';

export type SyncMethodName =
  | keyof typeof syncMethods
  | keyof typeof opmlMethods
  | 'articles.fetchFullText'
  | 'feeds.discover'
  | 'feeds.subscribe'
  | 'library.offerDefaults'
  | 'library.addDefaults';

export interface SyncWiringOptions {
  library: Library;
  emit: EventEmitter;
  /** The core's network: refreshes, discovery and full text download through it. */
  network: Network;
  now?: () => number;
  timers?: Timers;
  /** The default subscriptions' OPML text; without it nothing is offered. */
  defaultSubscriptions?: string;
  engine?: Partial<Omit<SyncEngineOptions, 'network'>>;
  /** After each `sync.configure`, with the config it replaced (the service re-plans image caching). */
  onConfigure?: (config: SyncConfig, previous: SyncConfig) => void;
  /**
   * Subscribing in a sync service's account: the server subscribes (into the section's folder) and the account's
   * sync brings the feed; answers the feed as stored then.
   */
  subscribeRemote?: (accountId: string, url: string, sectionId: string | null) => Promise<Feed>;
  /** Importing into a sync service's account: its server subscribes to each outline, then the account syncs. */
  importRemote?: (accountId: string, doc: OpmlDocument) => Promise<OpmlImportResult>;
  /** "Refresh all" (`now`) or the schedule fired (`due`: accounts not synced within the interval): the accounts sync too. */
  onRefreshAll?: (when: 'now' | 'due') => void;
  /** A fetched full text was stored; the answer waits for this, within a bound (the service keeps its pictures offline). */
  afterFullText?: (articleIds: readonly string[]) => Promise<void>;
}

export interface SyncWiring {
  handlers: Handlers<SyncMethodName>;
  engine: SyncEngine;
  scheduler: Scheduler;
  close(): Promise<void>;
}

/** How long a fetched full text waits for its pictures; slower ones go on being cached after the answer. */
export const FULL_TEXT_PICTURES_WAIT_MS = 15_000;

/** Counts are recomputed at most this often while articles stream in. */
const COUNTS_EVERY_MS = 1_000;

export function createSyncWiring(options: SyncWiringOptions): SyncWiring {
  const now = options.now ?? Date.now;
  const db = () => options.library.db();
  let countsAt = Number.NEGATIVE_INFINITY;
  const emitCounts = () => {
    countsAt = now();
    options.emit('library.countsChanged', countUnread(db(), now()));
  };
  const network = options.network;
  const fetchPage = discoveryFetch(network);
  const engine = new SyncEngine({
    db,
    network,
    now,
    onProgress: (progress) => options.emit('sync.progress', progress),
    onArticles: () => {
      if (now() - countsAt >= COUNTS_EVERY_MS) emitCounts();
    },
    onFinished: (finished) => {
      if (finished.newArticles > 0) emitCounts();
      options.emit('sync.finished', finished);
      // Due times moved during the run; a cancelled run is not retried until the next interval.
      if (!scheduling) return;
      if (finished.cancelled && engine.isOnline()) scheduler.postpone(engine.intervalMinutes * 60_000);
      else scheduler.replan();
    },
    ...options.engine,
  });
  const scheduler = createScheduler({
    timers: options.timers ?? realTimers,
    now,
    isOnline: () => engine.isOnline(),
    refreshDue: () => {
      void engine.refreshDue();
      options.onRefreshAll?.('due');
    },
    nextDueAt: () => engine.nextDueAt(),
    intervalMs: () => engine.intervalMinutes * 60_000,
  });
  let scheduling = false;
  const kick = () => (scheduling ? scheduler.tick() : undefined);
  const status = (base: SyncStatus = engine.status()): SyncStatus => ({
    ...base,
    nextCheckAt: scheduling && scheduler.plannedAt !== null ? new Date(scheduler.plannedAt).toISOString() : null,
  });
  const changed = <T>(value: T): T => {
    emitCounts();
    kick();
    return value;
  };

  const handlers: Handlers<SyncMethodName> = {
    'sync.refresh': (target) => {
      const started = engine.refresh(target).status;
      if (target.kind === 'all') options.onRefreshAll?.('now');
      return status(started);
    },
    'sync.cancel': () => status(engine.cancel()),
    'sync.status': () => status(),
    'sync.configure': (config) => {
      const previous = engine.settings;
      engine.configure(config);
      options.onConfigure?.(engine.settings, previous);
      if (!scheduling) {
        scheduling = true;
        scheduler.start();
      } else scheduler.tick();
      return null;
    },
    'sync.setOnline': (online) => {
      const cameBack = online && !engine.isOnline();
      engine.setOnline(online);
      if (cameBack) kick();
      return null;
    },
    'articles.fetchFullText': async (id) => {
      const article = await fetchArticleFullText(id, {
        db,
        fetcher: network.fetcher(),
        limiter: network.limiter,
        online: engine.isOnline(),
        // The reader waits for this one page: it is bounded by the page timeout, not by sync's cancel.
        signal: new AbortController().signal,
        now,
      });
      // Its pictures are kept before the answer, so the view that shows the text can already map them.
      if (options.afterFullText)
        await waitAtMost(options.afterFullText([article.id]), FULL_TEXT_PICTURES_WAIT_MS, options.timers ?? realTimers);
      return article;
    },
    'feeds.discover': (url) => discover(url, fetchPage),
    'feeds.subscribe': async (input) => {
      const remote = input.accountId !== undefined && input.accountId !== LOCAL_ACCOUNT_ID;
      if (remote && options.subscribeRemote) {
        // Discovery still runs here: the reader picks among a page's feeds before the server is asked.
        const candidates = await discover(input.url, fetchPage);
        if (candidates.length !== 1) return { kind: 'choose', candidates };
        const feed = await options.subscribeRemote(input.accountId!, candidates[0]!.url, input.sectionId ?? null);
        emitCounts();
        return { kind: 'subscribed', feed };
      }
      const outcome = await subscribe(db, input, fetchPage, now());
      if (outcome.kind === 'subscribed') {
        emitCounts();
        // The engine polls the local account's feeds; a sync service's feeds come with its account's sync.
        if (outcome.feed.accountId === LOCAL_ACCOUNT_ID) engine.refresh({ kind: 'feed', id: outcome.feed.id });
      }
      return outcome;
    },
    'opml.import': async (text, target) => {
      const accountId = target?.accountId;
      if (accountId !== undefined && accountId !== LOCAL_ACCOUNT_ID && options.importRemote)
        return changed(await options.importRemote(accountId, readOpmlText(text)));
      return changed(importOpmlText(db(), text, now(), accountId));
    },
    'opml.export': () => exportOpmlText(db(), now()),
    'library.offerDefaults': () => defaultsOffer(db(), options.defaultSubscriptions),
    'library.addDefaults': () => {
      if (options.defaultSubscriptions === undefined)
        throw new ApiError('UNAVAILABLE', 'This build has no default subscriptions.');
      return changed(importOpmlText(db(), options.defaultSubscriptions, now()));
    },
  };

  return {
    handlers,
    engine,
    scheduler,
    async close() {
      scheduler.stop();
      await engine.close();
    },
  };
}
