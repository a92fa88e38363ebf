import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../../../../electron/core/db/sql';
import { imagePath, imagesDir } from '../../../../electron/core/images/cache-paths';
import { linkArticleImages, recordImage } from '../../../../electron/core/images/image-index';

/**
 * Puts a picture into a data folder's offline image cache as an image pass leaves it: the bytes under their
 * SHA-256, indexed under the address the article uses, and linked to the article. Returns the content hash.
 * Lists show such a picture from the cache (its thumbnail once one is made); the web is never asked.
 */
export function keepPicture(
  db: Db,
  dataDir: string,
  picture: { articleId: string; url: string; bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg' },
  now: number,
): string {
  const contentHash = createHash('sha256').update(picture.bytes).digest('hex');
  const file = imagePath(imagesDir(dataDir), contentHash);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, picture.bytes);
  linkArticleImages(db, picture.articleId, [picture.url]);
  recordImage(
    db,
    { url: picture.url, contentHash, mimeType: picture.mimeType, byteSize: picture.bytes.byteLength },
    now,
  );
  return contentHash;
}

/** A data: URL's bytes (the seeded gradients are made as data URLs). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  return new Uint8Array(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
}
