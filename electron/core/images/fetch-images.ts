import { recordImage } from './image-index';
import type { Db } from '../db/sql';
import { downloadImage, type DownloadContext } from './download-image';
import { markAttempted } from './image-queries';
import { runPool } from './run-pool';
import { storeImageFile } from './store-image';

/**
 * Downloads the given image URLs into the cache and records each in the
 * index. URLs already being fetched by another pass are skipped, so a
 * refresh and a bookmark pass never download the same picture twice.
 */
export interface FetchImagesContext extends DownloadContext {
  db: () => Db;
  root: string;
  now: () => number;
  inFlight: Set<string>;
}

export interface FetchImagesReport {
  downloaded: number;
  reused: number;
  failed: number;
}

const LANES = 8;

export async function fetchImages(urls: readonly string[], context: FetchImagesContext): Promise<FetchImagesReport> {
  const report: FetchImagesReport = { downloaded: 0, reused: 0, failed: 0 };
  const mine = urls.filter((url) => !context.inFlight.has(url));
  for (const url of mine) context.inFlight.add(url);
  try {
    await runPool(
      mine,
      LANES,
      async (url) => {
        const outcome = await downloadImage(url, context);
        if (outcome.kind === 'failed') {
          report.failed += 1;
          if (outcome.permanent) markAttempted(context.db(), url, context.now());
          return;
        }
        let stored;
        try {
          stored = await storeImageFile(context.root, outcome.bytes);
        } catch {
          // Disk full or unwritable: this picture stays online-only; the pass goes on.
          report.failed += 1;
          return;
        }
        recordImage(
          context.db(),
          { url, contentHash: stored.contentHash, mimeType: outcome.mimeType, byteSize: stored.byteSize },
          context.now(),
        );
        if (stored.written) report.downloaded += 1;
        else report.reused += 1;
      },
      context.signal,
    );
  } finally {
    for (const url of mine) context.inFlight.delete(url);
  }
  return report;
}
