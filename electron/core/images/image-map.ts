/**
 * For the reading view: every address the article's HTML uses for a picture
 * we hold offline → the URL of the cached copy. The UI swaps `src` (and drops
 * `srcset`) for these before sanitizing; an image missing here is not cached,
 * so with the network off the UI shows a placeholder.
 *
 * This is also the moment an image counts as used for LRU eviction: the UI
 * only learns cache URLs from here, so every served image passed through it.
 */
import { existsSync } from 'node:fs';
import type { Runtime } from '../../api/models';
import { transaction, type Db } from '../db/sql';
import { toRowId, notFound } from '../library/row-ids';
import type { CacheKeyring } from './cache-key';
import { imagePath } from './cache-paths';
import { cacheUrl } from './cache-url';
import { articleImageRow, cachedImagesOf, clearCachedBytes, touchImages } from './image-queries';
import { selectArticleImages } from './select-images';

export interface ImageMapContext {
  db: Db;
  root: string;
  keyring: CacheKeyring;
  runtime: Runtime;
  now: number;
}

export function mapArticleImages(context: ImageMapContext, articleId: string): Record<string, string> {
  const { db } = context;
  const id = toRowId(articleId, 'article');
  const row = articleImageRow(db, id);
  if (!row) throw notFound('article', articleId);

  const cached = new Map<string, { id: number; hash: string }>();
  const vanished: number[] = [];
  for (const image of cachedImagesOf(db, id)) {
    // A file removed behind our back is fetched again on the next pass rather than served as a 404.
    if (existsSync(imagePath(context.root, image.contentHash)))
      cached.set(image.url, { id: image.id, hash: image.contentHash });
    else vanished.push(image.id);
  }
  transaction(db, () => {
    clearCachedBytes(db, vanished, null);
    touchImages(
      db,
      [...cached.values()].map((image) => image.id),
      context.now,
    );
  });

  // A Map, then fromEntries: an alias such as "__proto__" from hostile HTML stays a plain key.
  const out = new Map<string, string>();
  const urlFor = (hash: string) => cacheUrl(context.runtime, context.keyring.keyFor(hash));
  for (const [url, image] of cached) out.set(url, urlFor(image.hash));
  const selected = selectArticleImages({
    contentHtml: row.content_html,
    fullTextHtml: row.full_text_html,
    leadImageUrl: row.lead_image_url,
    baseUrl: row.url,
  });
  for (const image of selected) {
    const hit = cached.get(image.url);
    if (hit) for (const alias of image.aliases) out.set(alias, urlFor(hit.hash));
  }
  return Object.fromEntries(out);
}
