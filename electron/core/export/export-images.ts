/**
 * The offline copies of one article's pictures, for formats that carry
 * images along. Every address the HTML uses for a cached picture (src,
 * srcset candidates, lazy-load attributes) maps to the cached file; the type
 * comes from the file's own bytes, as for the image protocol. Bytes are read
 * only when a format asks, one picture at a time.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Db } from '../db/sql';
import { imagePath } from '../images/cache-paths';
import { cachedImagesOf } from '../images/image-queries';
import { SNIFF_BYTES, sniffImageType, type ImageType } from '../images/image-type';
import { selectArticleImages } from '../images/select-images';
import type { ExportRecord } from './export-record';

export interface CachedPicture {
  hash: string;
  type: ImageType;
  read(): Uint8Array;
}

export type PictureLookup = (url: string) => CachedPicture | undefined;

export const EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

export function articlePictures(db: Db, imagesRoot: string, record: ExportRecord): PictureLookup {
  const byUrl = new Map<string, CachedPicture>();
  for (const image of cachedImagesOf(db, record.rowId)) {
    const picture = openPicture(imagesRoot, image.contentHash);
    if (picture) byUrl.set(image.url, picture);
  }
  if (byUrl.size === 0) return () => undefined;
  const selected = selectArticleImages({
    contentHtml: record.html,
    leadImageUrl: record.leadImageUrl,
    baseUrl: record.url,
  });
  for (const image of selected) {
    const hit = byUrl.get(image.url);
    if (hit) for (const alias of image.aliases) byUrl.set(alias, hit);
  }
  return (url) => byUrl.get(url);
}

function openPicture(root: string, hash: string): CachedPicture | undefined {
  const path = imagePath(root, hash);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // Evicted or never written: the picture is simply not offline.
  }
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    const type = sniffImageType(head.subarray(0, read));
    return type ? { hash, type, read: () => readFileSync(path) } : undefined;
  } finally {
    closeSync(fd);
  }
}
