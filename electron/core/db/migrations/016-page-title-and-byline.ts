/**
 * Issue 17: what an article's page says about itself, kept with its full text, and whether its page failed.
 *
 * - `articles.page_title`: the title the extractor read from the page (site name taken off). The shown title
 *   (`title`) is the feed's unless that was empty or cut; this column lets a refresh that brings the cut title again
 *   choose again. NULL where there is no full text, and for every article stored before.
 * - `articles.byline`: the page's byline, a name (never a URL). Searched with the feed's author: the search index
 *   already has an `author` column, and the byline goes into it, so the index's schema stays as it is and no article
 *   needs indexing again (none had a byline before).
 * - `articles.full_text_failed`: the page was fetched but held no credible article text, so the feed's text stays
 *   and the article view says the full text couldn't be extracted. Cleared when full text arrives.
 *
 * Three ADD COLUMNs with constant defaults: SQLite changes only the schema, whatever the library's size.
 */
import type { Migration } from './migration';

export const pageTitleAndByline: Migration = {
  version: 16,
  name: 'page-title-and-byline',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN page_title TEXT;
      ALTER TABLE articles ADD COLUMN byline TEXT;
      ALTER TABLE articles ADD COLUMN full_text_failed INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
