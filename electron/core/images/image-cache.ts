/**
 * The offline image cache, as the sync engine and the service use it.
 * Passes never throw for network trouble; they report counts.
 */
import type { Runtime } from '../../api/models';
import type { Db } from '../db/sql';
import type { Fetcher } from '../net/fetch-resource';
import type { Limiter } from '../net/limiter';
import { createCacheKeyring } from './cache-key';
import { imagesDir } from './cache-paths';
import { cacheUrl } from './cache-url';
import { loadCacheSecret } from './cache-secret';
import { enforceQuota, type EvictionReport } from './enforce-quota';
import { fetchImages } from './fetch-images';
import { cachedFeedIcons, linkFeedIcons, pendingFeedIcons } from './feed-icons';
import { mapArticleImages } from './image-map';
import { chunks, eligibleAmong, eligibleArticleIds, pendingDownloads } from './image-queries';
import { linkImages } from './link-images';
import { makeThumbnails } from './make-thumbnails';
import { resolveImageWith, type ImageResolver } from './resolve-image';
import type { Shrinker } from './shrink-image';
import { removeTempFiles } from './store-image';
import { createStoreLock } from './store-lock';
import { nextPendingThumbnails, pendingThumbnailsOf } from './thumbnail-index';
import { mapThumbnails } from './thumbnail-map';
import type { ListPictures } from '../../api/methods/images';

export interface ImageCacheOptions {
  dataDir: string;
  /** The library's open database (throws STORAGE when unavailable). */
  db: () => Db;
  /** The network's current fetcher (it is replaced when the proxy setting changes). */
  fetcher: () => Fetcher;
  /** The network's limiter, so images share the global and per-host caps with every other download. */
  limiter?: Limiter;
  runtime: Runtime;
  now?: () => number;
  /** Tests replace the codec that makes thumbnails. */
  shrink?: Shrinker;
}

export interface ImagePassOptions {
  signal?: AbortSignal;
  /** Articles newer than this many days get images (bookmarks always do). */
  days?: number;
  /** Cache size to shrink to after the pass. */
  quotaBytes?: number;
}

export interface ImagePassReport extends EvictionReport {
  articles: number;
  downloaded: number;
  reused: number;
  failed: number;
  /** Small copies made of lead pictures, for lists. */
  thumbnails: number;
}

export interface ThumbnailCatchUp {
  made: number;
  /** True while pictures remain that this runtime could shrink. */
  more: boolean;
  /** Where the next batch starts (an article id); null to start from the newest. */
  cursor: number | null;
}

export interface ImageCache {
  /** Settles once leftovers of an interrupted write are removed. */
  ready: Promise<void>;
  /** After the sync stored these articles: select, link and download their images, then apply the quota. */
  cacheArticles(articleIds: readonly string[], options?: ImagePassOptions): Promise<ImagePassReport>;
  /** Every recent and bookmarked article: catches up after restarts, new bookmarks and failures. */
  cacheRecent(options?: ImagePassOptions): Promise<ImagePassReport>;
  enforceQuota(quotaBytes?: number): Promise<EvictionReport>;
  /**
   * One small batch of the thumbnail catch-up: cached lead pictures that have none yet (after the upgrade that
   * brought thumbnails, a restore, or a pass cut short), newest articles first. `cursor` is the last answer's.
   */
  catchUpThumbnails(options?: { signal?: AbortSignal; cursor?: number | null }): Promise<ThumbnailCatchUp>;
  /** `images.map`: original image URL → cache URL for one article. */
  map(articleId: string): Record<string, string>;
  /** `images.thumbnails`: a page of rows' lead pictures as lists show them. */
  thumbnails(articleIds: readonly string[]): ListPictures;
  /** `images.feedIcons`: each feed whose icon is cached → its cache URL. */
  feedIcons(): Record<string, string>;
  resolve: ImageResolver;
}

export const imageCacheDefaults = { days: 14, quotaBytes: 2048 * 1024 * 1024 } as const;
const DAY_MS = 86_400_000;
/** A dead link or an evicted picture is tried again after this long. */
export const RETRY_DELAY_MS = 3 * DAY_MS;
const BATCH = 200;
/** A catch-up batch: a few seconds of work at most, so passes and evictions queued behind it wait little. */
const THUMBNAIL_BATCH = 16;

export function createImageCache(options: ImageCacheOptions): ImageCache {
  const root = imagesDir(options.dataDir);
  const now = options.now ?? Date.now;
  const keyring = createCacheKeyring(loadCacheSecret(root));
  const inFlight = new Map<string, Promise<void>>();
  // Passes may overlap (a fetched full text's pictures do not wait for a long pass); eviction runs alone.
  const lock = createStoreLock();
  const ready = removeTempFiles(root);

  const shrink = (quotaBytes = imageCacheDefaults.quotaBytes) =>
    lock.exclusive(() => enforceQuota(options.db(), root, quotaBytes, now()));
  const thumbnailContext = (signal?: AbortSignal) => ({ db: options.db, root, now, shrink: options.shrink, signal });

  async function download(urls: readonly string[], report: ImagePassReport, signal?: AbortSignal): Promise<void> {
    const fetched = await fetchImages(urls, {
      db: options.db,
      fetcher: options.fetcher(),
      limiter: options.limiter,
      root,
      now,
      inFlight,
      lock,
      signal,
    });
    report.downloaded += fetched.downloaded;
    report.reused += fetched.reused;
    report.failed += fetched.failed;
  }

  async function pass(ids: readonly number[], pass: ImagePassOptions, icons = false): Promise<ImagePassReport> {
    await ready;
    const since = now() - (pass.days ?? imageCacheDefaults.days) * DAY_MS;
    const report = { articles: 0, downloaded: 0, reused: 0, failed: 0, thumbnails: 0, evicted: 0, freedBytes: 0 };
    if (icons && !pass.signal?.aborted) {
      linkFeedIcons(options.db());
      await download(pendingFeedIcons(options.db(), now() - RETRY_DELAY_MS), report, pass.signal);
    }
    for (const batch of chunks(ids, BATCH)) {
      if (pass.signal?.aborted) break;
      const rows = eligibleAmong(options.db(), batch, since);
      linkImages(options.db(), rows);
      report.articles += rows.length;
      const urls = pendingDownloads(
        options.db(),
        rows.map((row) => row.id),
        now() - RETRY_DELAY_MS,
      );
      await download(urls, report, pass.signal);
      const pending = pendingThumbnailsOf(
        options.db(),
        rows.map((row) => row.id),
      );
      report.thumbnails += (await makeThumbnails(pending, thumbnailContext(pass.signal))).made;
    }
    Object.assign(report, await shrink(pass.quotaBytes));
    return report;
  }

  return {
    ready,
    cacheArticles: (articleIds, passOptions = {}) =>
      pass(articleIds.map(Number).filter(Number.isSafeInteger), passOptions),
    cacheRecent: (passOptions = {}) => {
      const since = now() - (passOptions.days ?? imageCacheDefaults.days) * DAY_MS;
      // Feeds' icons ride along with the pass that follows each refresh.
      return pass(eligibleArticleIds(options.db(), since), passOptions, true);
    },
    enforceQuota: shrink,
    async catchUpThumbnails({ signal, cursor = null } = {}) {
      await ready;
      const next = nextPendingThumbnails(options.db(), cursor ?? Number.MAX_SAFE_INTEGER, THUMBNAIL_BATCH);
      const made = await makeThumbnails(next.hashes, thumbnailContext(signal));
      return { made: made.made, more: next.cursor !== null && !made.unavailable, cursor: next.cursor };
    },
    map: (articleId) =>
      mapArticleImages({ db: options.db(), root, keyring, runtime: options.runtime, now: now() }, articleId),
    thumbnails: (articleIds) => mapThumbnails({ db: options.db(), keyring, runtime: options.runtime }, articleIds),
    feedIcons: () =>
      Object.fromEntries(
        cachedFeedIcons(options.db()).map((row) => [
          String(row.feedId),
          cacheUrl(options.runtime, keyring.keyFor(row.hash)),
        ]),
      ),
    resolve: resolveImageWith(root, keyring),
  };
}
