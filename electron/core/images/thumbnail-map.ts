/**
 * `images.thumbnails`: for one page of list rows, each article's lead picture as lists may show it, without a
 * single request to the publisher. Articles without a lead picture are left out.
 *
 * - `thumbnail`: the small copy; until the catch-up after an upgrade (or a codec this runtime lacks) has made
 *   one, the cached picture itself; null when the picture was not kept or could not be made small (the UI shows
 *   the article view's placeholder).
 * - `image`: the cached picture itself, for a story shown large; null when not kept.
 *
 * Unlike `images.map`, this does not count as using the pictures: scrolling past a row is not reading it, and
 * eviction follows what was read. A thumbnail evicted while its row is on screen is a 404 the UI turns into the
 * placeholder.
 */
import type { ListPictures } from '../../api/methods/images';
import type { Runtime } from '../../api/models';
import type { Db } from '../db/sql';
import type { CacheKeyring } from './cache-key';
import { cacheUrl } from './cache-url';
import { chunks } from './image-queries';
import { leadPictures } from './thumbnail-index';

export interface ThumbnailMapContext {
  db: Db;
  keyring: CacheKeyring;
  runtime: Runtime;
}

const ROW_ID = /^[1-9][0-9]{0,14}$/;

export function mapThumbnails(context: ThumbnailMapContext, articleIds: readonly string[]): ListPictures {
  // An id that names no article simply has no picture: one stale row must not fail a whole page.
  const ids = [...new Set(articleIds.filter((id) => ROW_ID.test(id)).map(Number))];
  const urlFor = (hash: string) => cacheUrl(context.runtime, context.keyring.keyFor(hash));
  const out = new Map<string, ListPictures[string]>();
  for (const part of chunks(ids)) {
    for (const row of leadPictures(context.db, part)) {
      const image = row.hash === null ? null : urlFor(row.hash);
      const thumbnail = row.thumb !== null ? urlFor(row.thumb) : row.tried ? null : image;
      out.set(String(row.id), { thumbnail, image });
    }
  }
  return Object.fromEntries(out);
}
