/** The part of the host's settings that governs offline images. */
import type { SyncConfig } from '../../api/methods/sync';
import { coreLog } from '../log/core-log';
import type { ImageCache } from './image-cache';

export type ImageSettings = Pick<SyncConfig, 'offlineImages' | 'offlineImagesDays' | 'imageCacheQuotaMB'>;

const MB = 1024 * 1024;

/** What a pass or a thumbnail batch added, for the UI to ask again (`images.cached`). */
export interface CachedChange {
  downloaded: number;
  thumbnails: number;
}

/**
 * Runs image-cache passes one at a time: a refresh that ends while a pass runs
 * asks for one more pass afterwards instead of starting a second in parallel.
 * Settings are read when each pass starts, so a change made mid-pass applies
 * to the next one without restarting anything.
 *
 * Thumbnails missing from cached lead pictures (after the upgrade that
 * brought them, a restore, a pass cut short) are made in the same queue, one
 * small batch per turn and only when no pass or eviction waits: at start (after
 * a short delay, so the first screen is not kept waiting) and after every pass.
 * A run walks from the newest article down, so it ends; what a restart
 * interrupts is simply still missing next time, so the catch-up resumes by
 * itself. Eager rather than lazy, so that no list ever waits for a decode.
 */
export class ImagePasses {
  private running: Promise<void> | null = null;
  private readonly prompt = new Set<Promise<void>>();
  private wantPass = false;
  private wantShrink = false;
  /** The catch-up's position: undefined when none is due, null to start from the newest article. */
  private thumbnailCursor: number | null | undefined = undefined;
  private catchUpTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();
  private cache: ImageCache | undefined;

  constructor(
    private readonly settings: () => ImageSettings,
    private readonly onCached: (change: CachedChange) => void = () => undefined,
  ) {}

  attach(cache: ImageCache): void {
    this.cache = cache;
  }

  request(): void {
    if (!this.settings().offlineImages) return;
    this.wantPass = true;
    this.kick();
  }

  /**
   * A lowered quota frees space now rather than after the next refresh (the
   * reader just asked for the disk back); switching images on, or reaching
   * further back, catches up at once when online.
   */
  configured(next: ImageSettings, previous: ImageSettings, online: boolean): void {
    if (next.imageCacheQuotaMB < previous.imageCacheQuotaMB) {
      this.wantShrink = true;
      this.kick();
    }
    if (
      online &&
      next.offlineImages &&
      (!previous.offlineImages || next.offlineImagesDays > previous.offlineImagesDays)
    )
      this.request();
  }

  /**
   * The pictures of articles whose full text was just fetched, at once: the
   * reader is waiting for that text, and the next queued pass may be a
   * refresh away. Runs beside the queue rather than behind a long pass
   * (store-lock.ts keeps its writes apart from eviction); same settings as a
   * pass, so nothing is kept while offline images are off. Never rejects.
   */
  async cacheNow(articleIds: readonly string[]): Promise<void> {
    const settings = this.settings();
    const cache = this.cache;
    if (!cache || !settings.offlineImages || articleIds.length === 0 || this.controller.signal.aborted) return;
    const pass = cache
      .cacheArticles(articleIds, {
        signal: this.controller.signal,
        days: settings.offlineImagesDays,
        quotaBytes: settings.imageCacheQuotaMB * MB,
      })
      .then(
        (report) => {
          if (report.downloaded + report.thumbnails === 0) return;
          this.onCached({ downloaded: report.downloaded, thumbnails: report.thumbnails });
          // Any lead picture whose thumbnail was not made here follows in the queue.
          this.catchUp();
        },
        (error: unknown) => this.logFailure('Saving a full text’s pictures', error),
      );
    this.prompt.add(pass);
    try {
      await pass;
    } finally {
      this.prompt.delete(pass);
    }
  }

  /** Makes the thumbnails cached lead pictures lack, after `delayMs` (independent of the offline-images setting). */
  catchUp(delayMs = 0): void {
    clearTimeout(this.catchUpTimer);
    const start = () => {
      this.thumbnailCursor = null;
      this.kick();
    };
    if (delayMs <= 0) return start();
    this.catchUpTimer = setTimeout(start, delayMs);
    this.catchUpTimer.unref?.();
  }

  /** Settles when no pass is running or queued (tests wait on this instead of sleeping). */
  async whenIdle(): Promise<void> {
    while (this.running || this.prompt.size > 0) await Promise.all([this.running, ...this.prompt]);
  }

  async stop(): Promise<void> {
    clearTimeout(this.catchUpTimer);
    this.controller.abort();
    await Promise.all([this.running, ...this.prompt]);
  }

  private kick(): void {
    if (this.controller.signal.aborted || this.running) return;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Passes, evictions and thumbnails share one queue, so eviction never deletes a file a pass is about to reuse. */
  private async loop(): Promise<void> {
    while (
      (this.wantPass || this.wantShrink || this.thumbnailCursor !== undefined) &&
      !this.controller.signal.aborted
    ) {
      const cache = this.cache;
      if (!cache) return;
      if (!this.wantPass && !this.wantShrink) {
        await this.thumbnailBatch(cache);
        continue;
      }
      const settings = this.settings();
      const quotaBytes = settings.imageCacheQuotaMB * MB;
      const pass = this.wantPass && settings.offlineImages;
      this.wantPass = false;
      this.wantShrink = false;
      // Network trouble is reported per image inside the pass, and eviction is retried by the next pass;
      // nothing here may reach the worker's top level.
      if (pass) {
        const report = await cache
          .cacheRecent({ signal: this.controller.signal, days: settings.offlineImagesDays, quotaBytes })
          .catch((error: unknown) => this.logFailure('Saving pictures for offline reading', error));
        if (report && report.downloaded + report.thumbnails > 0)
          this.onCached({ downloaded: report.downloaded, thumbnails: report.thumbnails });
        this.thumbnailCursor = null;
      } else
        await cache
          .enforceQuota(quotaBytes)
          .catch((error: unknown) => this.logFailure('Shrinking the picture cache', error));
    }
  }

  private async thumbnailBatch(cache: ImageCache): Promise<void> {
    const batch = await cache
      .catchUpThumbnails({ signal: this.controller.signal, cursor: this.thumbnailCursor })
      .catch((error: unknown) => this.logFailure('Making thumbnails', error));
    // A library that cannot be read, or no codec: nothing more to do until the next pass asks again.
    this.thumbnailCursor = batch?.more ? batch.cursor : undefined;
    if (batch && batch.made > 0) this.onCached({ downloaded: 0, thumbnails: batch.made });
  }

  private logFailure(what: string, error: unknown): undefined {
    if (!this.controller.signal.aborted) coreLog.warning('{what} failed: {error}', { what, error });
    return undefined;
  }
}
