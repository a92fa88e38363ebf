/**
 * Downloads the given image URLs into the cache and records each in the
 * index. A URL another pass is already fetching is not downloaded twice:
 * this pass waits for that download instead, so when it returns every
 * picture it was given has been tried (a fetched full text's pictures are
 * then in the index by the time the reader is answered).
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
  /** URL → its download in progress, shared by every pass of one cache. */
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
  const others = urls.flatMap((url) => context.inFlight.get(url) ?? []);
  const mine = new Map<string, { done: Promise<void>; settle: () => void }>();
  for (const url of urls) {
    if (context.inFlight.has(url) || mine.has(url)) continue;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    mine.set(url, { done, settle });
    context.inFlight.set(url, done);
  }
  // Each URL is released as soon as it is settled, so a pass waiting for it need not wait for this whole pass.
  const release = (url: string) => {
    const entry = mine.get(url)!;
    if (context.inFlight.get(url) === entry.done) context.inFlight.delete(url);
    entry.settle();
  };
  try {
    await runPool(
      [...mine.keys()],
      LANES,
      (url) => fetchOne(url, context, report).finally(() => release(url)),
      context.signal,
    );
  } finally {
    // Cancelled: the URLs never started are released too.
    for (const url of mine.keys()) release(url);
  }
  await Promise.allSettled(others);
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
