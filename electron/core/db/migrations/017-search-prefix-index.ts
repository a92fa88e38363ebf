/**
 * Issue 14: the search index gains prefix indexes for two and three characters
 * (`prefix = '2 3'`, see search-index.ts), so prefix queries and CJK words
 * (always matched as prefixes) read one doclist instead of merging every term
 * they cover. FTS5 cannot add a prefix index to an existing table, so the index
 * is dropped and built again from `articles` (~20 s at 100,000 articles on the
 * development VM), once, in this step's transaction: a crash leaves version 16
 * and the old index, and the next start runs the step again.
 *
 * Without FTS5 there is no index to rebuild (it is built with the prefixes when
 * a build with FTS5 opens the library); an index already made with the prefixes
 * (a library created at this version, through migration 2) is left as it is.
 */
import { hasSearchIndex, hasSearchPrefixes, rebuildSearchIndex } from '../search-index';
import type { Migration } from './migration';

export const searchPrefixIndex: Migration = {
  version: 17,
  name: 'search-prefix-index',
  up(db, context) {
    if (!context.fts5 || !hasSearchIndex(db) || hasSearchPrefixes(db)) return;
    rebuildSearchIndex(db);
  },
};
