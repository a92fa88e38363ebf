import type { SyncConfig } from '../../api/methods/sync';
import { coreLog } from '../log/core-log';
import type { ImageCache } from './image-cache';

/** The part of the host's settings that governs offline images. */
export type ImageSettings = Pick<SyncConfig, 'offlineImages' | 'offlineImagesDays' | 'imageCacheQuotaMB'>;

const MB = 1024 * 1024;

/**
 * Runs image-cache passes one at a time: a refresh that ends while a pass runs
 * asks for one more pass afterwards instead of starting a second in parallel.
 * Settings are read when each pass starts, so a change made mid-pass applies
 * to the next one without restarting anything.
 */
export class ImagePasses {
  private running: Promise<void> | null = null;
  private readonly prompt = new Set<Promise<void>>();
  private wantPass = false;
  private wantShrink = false;
  private readonly controller = new AbortController();
  private cache: ImageCache | undefined;

  constructor(private readonly settings: () => ImageSettings) {}

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
        () => undefined,
        () => undefined,
      );
    this.prompt.add(pass);
    try {
      await pass;
    } finally {
      this.prompt.delete(pass);
    }
  }

  /** Settles when no pass is running or queued (tests wait on this instead of sleeping). */
  async whenIdle(): Promise<void> {
    while (this.running || this.prompt.size > 0) await Promise.all([this.running, ...this.prompt]);
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await Promise.all([this.running, ...this.prompt]);
  }

  private kick(): void {
    if (this.controller.signal.aborted || this.running) return;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Passes and evictions share one queue, so eviction never deletes a file a pass is about to reuse. */
  private async loop(): Promise<void> {
    while ((this.wantPass || this.wantShrink) && !this.controller.signal.aborted) {
      const cache = this.cache;
      if (!cache) return;
      const settings = this.settings();
      const quotaBytes = settings.imageCacheQuotaMB * MB;
      const pass = this.wantPass && settings.offlineImages;
      this.wantPass = false;
      this.wantShrink = false;
      // Network trouble is reported per image inside the pass, and eviction is retried by the next pass;
      // nothing here may reach the worker's top level.
      if (pass)
        await cache
          .cacheRecent({ signal: this.controller.signal, days: settings.offlineImagesDays, quotaBytes })
          .catch((error: unknown) => this.logFailure('Saving pictures for offline reading', error));
      else
        await cache
          .enforceQuota(quotaBytes)
          .catch((error: unknown) => this.logFailure('Shrinking the picture cache', error));
    }
  }

  private logFailure(what: string, error: unknown): void {
    if (!this.controller.signal.aborted) coreLog.warning('{what} failed: {error}', { what, error });
  }
}
