import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchQuerySchema } from '../../../electron/api/library-queries';
import { migrate } from '../../../electron/core/db/migrate';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { openStore } from '../../../electron/core/db/open-store';
import { all, type Db } from '../../../electron/core/db/sql';
import { getArticle } from '../../../electron/core/library/articles/get-article';
import { normalizeEntry } from '../../../electron/core/library/articles/normalize-entry';
import type { ParsedEntry } from '../../../electron/core/library/articles/parsed-entry';
import { sourceHashOf } from '../../../electron/core/library/articles/source-hash';
import { upsertRows } from '../../../electron/core/library/articles/upsert-articles';
import { searchArticles } from '../../../electron/core/library/search/search-articles';
import { readSourceHashes } from '../../../electron/core/sync/stored-entries';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.isOpen && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const HARBOUR: ParsedEntry = {
  guid: 'g:1',
  url: 'https://c.example/1',
  title: 'Harbour reopens',
  author: 'Desk',
  publishedAt: 10,
  contentHtml: '<p>The harbour reopened at dawn.</p>',
};

/** A library at version 16 with two articles of one feed, one stored as a refresh stores it today, one read. */
function libraryAtSixteen(): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'library.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 16);
  const row = normalizeEntry(HARBOUR);
  db.exec("INSERT INTO feeds (url, title, created_at) VALUES ('https://c.example/rss', 'Courier', 0)");
  db.prepare(
    `INSERT INTO articles (feed_id, identity, guid, url, title, author, published_at, content_html, text, categories,
       sort_time, fetched_at, content_hash, word_count, is_read)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 10, 10, ?, ?, 0),
            (1, 'g:2', 'g:2', 'https://c.example/2', 'Ferry strike', NULL, 20, NULL, 'Ferries stop.', '[]', 20, 20,
             'h2', 2, 1)`,
  ).run(
    row.identity,
    row.guid,
    row.url,
    row.title,
    row.author,
    row.publishedAt,
    row.contentHtml,
    row.text,
    row.contentHash,
    row.wordCount,
  );
  db.exec(`INSERT INTO article_search (rowid, title, author, body, categories)
    VALUES (1, 'Harbour reopens', 'Desk', 'The harbour reopened at dawn.', ''), (2, 'Ferry strike', NULL, 'Ferries stop.', '')`);
  db.close();
  return path;
}

const search = (db: Db, query: string) =>
  searchArticles(db, SearchQuerySchema.parse({ query })).hits.map((hit) => hit.article.title);

describe('migration 17: the source hash of each article’s feed entry', () => {
  it('upgrades a library with articles: every article stays as it was, with no source hash yet', () => {
    const store = openStore(libraryAtSixteen());
    const db = store.db!;
    open.push(db);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(all(db, 'SELECT id, title, is_read, source_hash FROM articles ORDER BY id')).toEqual([
      { id: 1, title: 'Harbour reopens', is_read: 0, source_hash: null },
      { id: 2, title: 'Ferry strike', is_read: 1, source_hash: null },
    ]);
    expect(getArticle(db, '2')).toMatchObject({ title: 'Ferry strike', isRead: true });
    expect(search(db, 'harbour')).toEqual(['Harbour reopens']);
    // Nothing to pass over yet: the next changed document is read in full.
    expect(readSourceHashes(db, 1)).toEqual(new Map());
  });

  it('gives an unchanged article its source hash the first time a refresh reads its entry, and changes nothing else', () => {
    const db = openStore(libraryAtSixteen()).db!;
    open.push(db);
    const before = all<Record<string, unknown>>(db, 'SELECT * FROM articles WHERE id = 1');
    const sourceHash = sourceHashOf(HARBOUR, 100);
    const result = upsertRows(db, '1', [{ ...normalizeEntry(HARBOUR), sourceHash }], 100);
    expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(all(db, 'SELECT * FROM articles WHERE id = 1')).toEqual(
      before.map((row) => ({ ...row, source_hash: sourceHash })),
    );
    expect(readSourceHashes(db, 1)).toEqual(new Map([[normalizeEntry(HARBOUR).identity, sourceHash]]));
  });
});
