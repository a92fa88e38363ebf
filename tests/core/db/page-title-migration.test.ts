import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchQuerySchema } from '../../../electron/api/library-queries';
import { migrate } from '../../../electron/core/db/migrate';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { openStore } from '../../../electron/core/db/open-store';
import { all, get, type Db } from '../../../electron/core/db/sql';
import { getArticle } from '../../../electron/core/library/articles/get-article';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { searchArticles } from '../../../electron/core/library/search/search-articles';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.isOpen && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A library at version 15 with articles, one of them with extracted full text, all in the search index. */
function libraryAtFifteen(): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'library.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 15);
  db.exec(`
    INSERT INTO feeds (url, title, full_text, created_at) VALUES ('https://c.example/rss', 'Courier', 1, 0);
    INSERT INTO articles (feed_id, identity, url, title, author, text, full_text_html, categories, sort_time, fetched_at,
        content_hash)
      VALUES (1, 'g:1', 'https://c.example/1', 'Harbour reopens', 'Desk', 'The harbour reopened at dawn.',
              '<p>The harbour reopened at dawn.</p>', '[]', 10, 10, 'h1'),
             (1, 'g:2', 'https://c.example/2', '東京の新しい駅', NULL, '新しい駅が開業しました。', NULL, '[]', 20, 20, 'h2');
    INSERT INTO article_search (rowid, title, author, body, categories)
      VALUES (1, 'Harbour reopens', 'Desk', 'The harbour reopened at dawn.', ''),
             (2, '東京 の 新しい 駅', NULL, '新しい 駅 が 開業 し まし た 。', '');
  `);
  db.close();
  return path;
}

const search = (db: Db, query: string) =>
  searchArticles(db, SearchQuerySchema.parse({ query })).hits.map((hit) => hit.article.title);

describe('migration 16: the page’s title and byline, and pages that failed', () => {
  it('upgrades a library with articles: every article stays as it was and findable', () => {
    const store = openStore(libraryAtFifteen());
    const db = store.db!;
    open.push(db);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(all(db, 'SELECT id, title, page_title, byline, full_text_failed FROM articles ORDER BY id')).toEqual([
      { id: 1, title: 'Harbour reopens', page_title: null, byline: null, full_text_failed: 0 },
      { id: 2, title: '東京の新しい駅', page_title: null, byline: null, full_text_failed: 0 },
    ]);
    expect(getArticle(db, '1')).toMatchObject({ byline: null, fullTextFailed: false, author: 'Desk' });
    expect(search(db, 'harbour')).toEqual(['Harbour reopens']);
    expect(search(db, 'Desk')).toEqual(['Harbour reopens']);
    expect(search(db, '駅')).toEqual(['東京の新しい駅']);
  });

  it('stores a byline with full text after the upgrade, and search finds the article by it', () => {
    const db = openStore(libraryAtFifteen()).db!;
    open.push(db);
    upsertArticles(
      db,
      '1',
      [
        {
          guid: null,
          url: 'https://c.example/3',
          title: 'Ferry strike…',
          author: 'Desk',
          summary: 'Ferries stop.',
          fullTextHtml: '<p>Ferry crews stopped work on Monday.</p>',
          text: 'Ferry crews stopped work on Monday.',
          pageTitle: 'Ferry strike halts island crossings',
          byline: 'By Jane Doe (https://c.example/people/jane)',
        },
        {
          guid: null,
          url: 'https://c.example/4',
          title: '北海道で大雪',
          fullTextHtml: '<p>北海道で大雪が降りました。</p>',
          text: '北海道で大雪が降りました。',
          byline: '山田太郎',
        },
      ],
      100,
    );
    const stored = all<{ title: string; byline: string | null }>(
      db,
      'SELECT title, byline FROM articles WHERE id > 2 ORDER BY id',
    );
    expect(stored).toEqual([
      { title: 'Ferry strike halts island crossings', byline: 'Jane Doe' },
      { title: '北海道で大雪', byline: '山田太郎' },
    ]);
    expect(search(db, 'Doe')).toEqual(['Ferry strike halts island crossings']);
    // The feed's author and the page's byline are both searchable.
    expect(search(db, 'desk').sort()).toEqual(['Ferry strike halts island crossings', 'Harbour reopens']);
    expect(search(db, '山田')).toEqual(['北海道で大雪']);
    // The URL the page gave as its byline is in no column.
    expect(get(db, "SELECT COUNT(*) AS n FROM articles WHERE byline LIKE '%http%'")).toEqual({ n: 0 });
    expect(search(db, 'people')).toEqual([]);
  });
});
