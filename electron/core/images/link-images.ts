/**
 * Records, for each article, which pictures it shows, so eviction knows
 * which images bookmarks protect and downloads know what to fetch. An
 * article whose set did not change is not rewritten: a pass over thousands
 * of unchanged articles then costs reads only.
 */
import { transaction, type Db } from '../db/sql';
import { linkArticleImages } from './image-index';
import type { ArticleImageRow } from './image-queries';
import { linkedUrls } from './image-queries';
import { selectArticleImages } from './select-images';

export function linkImages(db: Db, rows: readonly ArticleImageRow[]): void {
  transaction(db, () => {
    for (const row of rows) {
      const urls = selectArticleImages({
        contentHtml: row.content_html,
        fullTextHtml: row.full_text_html,
        leadImageUrl: row.lead_image_url,
        baseUrl: row.url,
      }).map((image) => image.url);
      const current = new Set(linkedUrls(db, row.id));
      if (current.size === urls.length && urls.every((url) => current.has(url))) continue;
      linkArticleImages(db, String(row.id), urls);
    }
  });
}
