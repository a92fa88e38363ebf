/** Full-text search, built from the articles stored by version 1. */
import { ensureSearchIndex } from '../search-index';
import type { Migration } from './migration';

export const searchIndex: Migration = {
  version: 2,
  name: 'search',
  up(db, context) {
    // Without FTS5 the index is built at a later start on a build that has it.
    ensureSearchIndex(db, context.fts5);
  },
};
