/**
 * Downloads the given image URLs into the cache and records each in the
 * index. A URL another pass is downloading at that moment is not fetched
 * twice: this pass waits for that download instead, so when it returns every
 * picture it was given has been tried (a fetched full text's pictures are
 * then in the index by the time the reader is answered). Only downloads under
 * way count, not URLs still queued in another pass, so a pass never waits
 * behind another pass's backlog.
 */
import { recordImage } from './image-index';
import type { Db } from '../db/sql';
import { downloadImage, type DownloadContext } from './download-image';
import { markAttempted } from './image-queries';
import { runPool } from './run-pool';
import { storeImageFile } from './store-image';
import type { StoreLock } from './store-lock';

export interface FetchImagesContext extends DownloadContext {
  db: () => Db;
  root: string;
  now: () => number;
  /** URL → its download under way, shared by every pass of one cache. */
  inFlight: Map<string, Promise<void>>;
  lock: StoreLock;
}

export interface FetchImagesReport {
  downloaded: number;
  reused: number;
  failed: number;
}

const LANES = 8;

export async function fetchImages(urls: readonly string[], context: FetchImagesContext): Promise<FetchImagesReport> {
  const report: FetchImagesReport = { downloaded: 0, reused: 0, failed: 0 };
  await runPool(
    [...new Set(urls)],
    LANES,
    async (url) => {
      const other = context.inFlight.get(url);
      // Its outcome is the other pass's to count and report.
      if (other) return other.catch(() => undefined);
      const done = fetchOne(url, context, report).finally(() => context.inFlight.delete(url));
      context.inFlight.set(url, done);
      return done;
    },
    context.signal,
  );
  return report;
}

async function fetchOne(url: string, context: FetchImagesContext, report: FetchImagesReport): Promise<void> {
  const outcome = await downloadImage(url, context);
  if (outcome.kind === 'failed') {
    report.failed += 1;
    if (outcome.permanent) markAttempted(context.db(), url, context.now());
    return;
  }
  const stored = await context.lock
    .shared(async () => {
      const file = await storeImageFile(context.root, outcome.bytes);
      recordImage(
        context.db(),
        { url, contentHash: file.contentHash, mimeType: outcome.mimeType, byteSize: file.byteSize },
        context.now(),
      );
      return file;
    })
    // Disk full or unwritable: this picture stays online-only; the pass goes on.
    .catch(() => null);
  if (!stored) report.failed += 1;
  else if (stored.written) report.downloaded += 1;
  else report.reused += 1;
}
