/**
 * Where the cache lives under the data folder. Files are named by the
 * SHA-256 of their bytes, fanned out over two directory levels
 * (`images/ab/cd/abcd…`) so no folder grows huge. Downloads are written in
 * `images/tmp/` and renamed into place, so a half-written file never has a
 * content-hash name.
 */
import { join } from 'node:path';

export const IMAGES_FOLDER = 'images';
const TEMP_FOLDER = 'tmp';
/** A SHA-256 in lower-case hex: the only file names the cache ever opens. */
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

export function imagesDir(dataDir: string): string {
  return join(dataDir, IMAGES_FOLDER);
}

export function tempDir(root: string): string {
  return join(root, TEMP_FOLDER);
}

export function imagePath(root: string, contentHash: string): string {
  if (!CONTENT_HASH.test(contentHash)) throw new Error('not a content hash');
  return join(root, contentHash.slice(0, 2), contentHash.slice(2, 4), contentHash);
}
