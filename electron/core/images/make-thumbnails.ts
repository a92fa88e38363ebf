/**
 * Makes the thumbnails of cached pictures, one picture at a time: each holds at most one source file (≤ 10 MB)
 * and one decode in memory, and a batch never competes with itself for the two cores of a small laptop. The
 * small copy is stored like any cached picture (content-addressed, written atomically), so the `bsimg:` protocol
 * and the preview's `/images/` route serve it unchanged. A picture whose file has gone is skipped (the next pass
 * fetches it again); one that cannot be shrunk is recorded as such and not tried again; without a codec the batch
 * stops and leaves the rest for later.
 */
import { open } from 'node:fs/promises';
import type { Db } from '../db/sql';
import { imagePath } from './cache-paths';
import { MAX_IMAGE_BYTES } from './download-image';
import { shrinkImage, type Shrinker } from './shrink-image';
import { storeImageFile } from './store-image';
import { hasThumbnailRow, recordThumbnail } from './thumbnail-index';

export interface ThumbnailContext {
  db: () => Db;
  root: string;
  now: () => number;
  shrink?: Shrinker;
  signal?: AbortSignal;
}

export interface ThumbnailReport {
  made: number;
  refused: number;
  /** No codec in this runtime: nothing more can be made until it changes. */
  unavailable: boolean;
}

export async function makeThumbnails(hashes: readonly string[], context: ThumbnailContext): Promise<ThumbnailReport> {
  const shrink = context.shrink ?? shrinkImage;
  const report: ThumbnailReport = { made: 0, refused: 0, unavailable: false };
  for (const hash of hashes) {
    if (context.signal?.aborted) break;
    if (hasThumbnailRow(context.db(), hash)) continue;
    const bytes = await readSource(context.root, hash);
    if (bytes === 'missing') continue;
    const outcome = bytes === 'too-large' ? { kind: 'refused' as const, reason: 'too large' } : await shrink(bytes);
    if (outcome.kind === 'unavailable') {
      report.unavailable = true;
      break;
    }
    if (outcome.kind === 'refused') {
      recordThumbnail(context.db(), hash, null, context.now());
      report.refused += 1;
      continue;
    }
    let stored;
    try {
      stored = await storeImageFile(context.root, outcome.bytes);
    } catch {
      // Disk full or unwritable: lists show the picture itself until a later pass has room.
      continue;
    }
    recordThumbnail(context.db(), hash, { hash: stored.contentHash, byteSize: stored.byteSize }, context.now());
    report.made += 1;
  }
  return report;
}

/** The cached file, read with a bound (a restored backup could hold anything under a hash name). */
async function readSource(root: string, hash: string): Promise<Uint8Array | 'missing' | 'too-large'> {
  let handle;
  try {
    handle = await open(imagePath(root, hash), 'r');
  } catch {
    return 'missing';
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_IMAGE_BYTES) return 'too-large';
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } catch {
    return 'missing';
  } finally {
    await handle.close();
  }
}
