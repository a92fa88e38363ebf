/**
 * Issue 14: `articles.source_hash`, a fingerprint of the entry as its feed document gave it
 * (`library/articles/source-hash.ts`). A refresh of a changed document sends each feed's stored fingerprints to the
 * reading thread, which passes over the entries whose fingerprint matches instead of normalising them again.
 *
 * NULL for every article stored before, and for articles that did not come from a feed document here (a backup, an
 * imported link, a sync service's item, an article rewritten with its page's full text on demand): such an article
 * takes the full path once, on its feed's next changed document, and gets its fingerprint then. Looked up with the
 * feed's articles through `articles_identity` (feed_id, identity), so it needs no index of its own.
 *
 * One ADD COLUMN without a default: SQLite changes only the schema, whatever the library's size.
 */
import type { Migration } from './migration';

export const articleSourceHash: Migration = {
  version: 17,
  name: 'article-source-hash',
  up(db) {
    db.exec('ALTER TABLE articles ADD COLUMN source_hash TEXT;');
  },
};
