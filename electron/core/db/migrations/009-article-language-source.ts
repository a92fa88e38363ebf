/**
 * How each article's language was chosen: `feed` (the declaration, checked
 * against the text), `text` (read from the text) or `none`. Articles stored
 * before languages were checked get NULL, which is what the language pass
 * (`sync/language-pass.ts`) looks for: the partial index finds the next few
 * without scanning the library, and shrinks to nothing once all are done.
 */
import type { Migration } from './migration';

export const articleLanguageSource: Migration = {
  version: 9,
  name: 'article-language-source',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN language_source TEXT;
      CREATE INDEX articles_language_unchecked ON articles(id) WHERE language_source IS NULL;
    `);
  },
};
