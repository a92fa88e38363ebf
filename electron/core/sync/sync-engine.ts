/**
 * The sync engine: one refresh run at a time. A request made while a run is
 * going joins it (its feeds are appended, each at most once), so "refresh
 * all" pressed twice, or the schedule firing during a manual refresh, never
 * fetches a feed twice or runs two refreshes against one store. Offline, no
 * run starts and a running one is cancelled without recording errors.
 */
import type { SyncConfig, SyncFinished, SyncProgress, SyncStatus, SyncTarget } from '../../api/methods/sync';
import type { Db } from '../db/sql';
import type { Network } from '../net/network';
import { inThreadFeedReader, type FeedReader } from './reading/read-feed-document';
import { refreshFeed, type FeedOutcome } from './refresh-feed';
import { newArticlesBySection } from './new-by-section';
import { SyncRun } from './sync-run';
import { dueFeeds, feedsFor, nextDueAt } from './sync-targets';

export interface SyncEngineOptions {
  db: () => Db;
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  onFinished?: (finished: SyncFinished) => void;
  /** Articles arrived: the host refreshes counts (throttled by the caller if it likes). */
  onArticles?: () => void;
  /** The core's network (fetcher, limiter, proxy); the engine configures its proxy and never closes it. */
  network: Network;
  random?: () => number;
  /** Reads fetched documents; the core worker passes one on a second thread. The engine closes it. */
  reader?: FeedReader;
}

export interface RefreshRequest {
  status: SyncStatus;
  /** Settles when the run this request started or joined ends; null when nothing was started (offline, no feeds). */
  finished: Promise<SyncFinished> | null;
}

export const DEFAULT_CONFIG: SyncConfig = {
  refreshIntervalMinutes: 30,
  proxy: '',
  offlineImages: true,
  offlineImagesDays: 14,
  imageCacheQuotaMB: 2048,
  accountUnreadDays: 90,
};

export class SyncEngine {
  private config: SyncConfig = DEFAULT_CONFIG;
  private readonly now: () => number;
  private online = true;
  private run: SyncRun | null = null;
  private runs = 0;
  private lastFinished: SyncFinished | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Reads feed documents and checks stored articles' languages (the language pass shares it with refreshes). */
  get reader(): FeedReader {
    return this.options.reader ?? inThreadFeedReader;
  }

  /** The host's settings as last configured (defaults until the first `sync.configure`); the image passes read theirs here. */
  get settings(): Readonly<SyncConfig> {
    return this.config;
  }

  get intervalMinutes(): number {
    return this.config.refreshIntervalMinutes;
  }

  isOnline(): boolean {
    return this.online;
  }

  configure(config: SyncConfig): void {
    this.config = { ...config };
    // The network replaces its pools only when the value changed.
    this.options.network.configureProxy(config.proxy);
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (!online) this.cancel();
  }

  refresh(target: SyncTarget): RefreshRequest {
    return this.refreshFeeds(feedsFor(this.options.db(), target));
  }

  refreshDue(): RefreshRequest {
    return this.refreshFeeds(dueFeeds(this.options.db(), this.now(), this.config.refreshIntervalMinutes));
  }

  nextDueAt(): number | null {
    return nextDueAt(this.options.db(), this.config.refreshIntervalMinutes);
  }

  cancel(): SyncStatus {
    this.run?.cancel();
    return this.status();
  }

  /** Settles when no run is in progress. */
  async idle(): Promise<void> {
    while (this.run) await this.run.finished;
  }

  status(): SyncStatus {
    return {
      online: this.online,
      running: this.run ? this.run.progress() : null,
      lastFinished: this.lastFinished,
      refreshIntervalMinutes: this.config.refreshIntervalMinutes,
      nextCheckAt: null,
      notice: this.options.network.proxyNotice,
    };
  }

  async close(): Promise<void> {
    this.cancel();
    await this.idle();
    await this.options.reader?.close();
  }

  private refreshFeeds(rowIds: number[]): RefreshRequest {
    if (!this.online || (rowIds.length === 0 && !this.run)) return { status: this.status(), finished: null };
    const run = this.run && !this.run.closed ? this.run : this.startRun();
    if (rowIds.length > 0) run.add(rowIds);
    else if (run !== this.run) return { status: this.status(), finished: null };
    return { status: this.status(), finished: run.finished };
  }

  private startRun(): SyncRun {
    const run = new SyncRun({
      id: ++this.runs,
      now: this.now,
      refresh: (rowId, signal) => this.refreshOne(rowId, signal),
      onProgress: (progress) => this.options.onProgress?.(progress),
      bySection: (newByFeed) => newArticlesBySection(this.options.db(), newByFeed),
      onFeedDone: (outcome: FeedOutcome) => {
        if (outcome.newArticles > 0) this.options.onArticles?.();
      },
    });
    this.run = run;
    void run.finished.then((finished) => {
      if (this.run === run) this.run = null;
      this.lastFinished = finished;
      this.options.onFinished?.(finished);
    });
    return run;
  }

  private refreshOne(rowId: number, signal: AbortSignal): Promise<FeedOutcome> {
    return refreshFeed(rowId, {
      db: this.options.db,
      fetcher: this.options.network.fetcher(),
      reader: this.reader,
      limiter: this.options.network.limiter,
      signal,
      now: this.now,
      defaultIntervalMinutes: this.config.refreshIntervalMinutes,
      ...(this.options.random ? { random: this.options.random } : {}),
    });
  }
}
