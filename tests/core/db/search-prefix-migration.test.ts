import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchQuerySchema } from '../../../electron/api/library-queries';
import { migrate } from '../../../electron/core/db/migrate';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations';
import { openStore } from '../../../electron/core/db/open-store';
import { segmentForIndex } from '../../../electron/core/db/segment';
import { all, get, type Db } from '../../../electron/core/db/sql';
import { searchArticles } from '../../../electron/core/library/search/search-articles';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.isOpen && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const ARTICLES: { title: string; author: string | null; byline: string | null; text: string; categories: string[] }[] =
  [
    {
      title: 'Séverine wins the regional vote',
      author: 'Desk',
      byline: 'Ana Souza',
      text: 'Several districts counted overnight; the economy dominated.',
      categories: ['Politics'],
    },
    {
      title: 'Economy slows',
      author: null,
      byline: null,
      text: 'Economists expect a severe winter for the economy.',
      categories: ['Economy'],
    },
    { title: '서울에서 대통령이 발표했다', author: null, byline: null, text: '경제 정책이 바뀌었다.', categories: [] },
    { title: '東京都で新しい政策', author: null, byline: null, text: '政府は経済対策を発表した。', categories: [] },
    { title: '北京市政府今天宣布', author: null, byline: null, text: '经济增长放缓。', categories: ['经济'] },
  ];

/** A library at version 16 whose search index was made as before migration 17: no prefix indexes. */
function libraryAtSixteen(fts5 = true): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'library.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 16, migrations, { fts5 });
  db.exec(`INSERT INTO feeds (url, title, created_at) VALUES ('https://c.example/rss', 'Courier', 0)`);
  const insert = db.prepare(`INSERT INTO articles (feed_id, identity, title, author, byline, text, categories,
      sort_time, fetched_at, content_hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, ?)`);
  ARTICLES.forEach((a, i) =>
    insert.run(`g:${i}`, a.title, a.author, a.byline, a.text, JSON.stringify(a.categories), 100 - i, `h${i}`),
  );
  if (fts5) {
    db.exec(`
      DROP TRIGGER articles_search_delete;
      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, author, body, categories,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0)');
      CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = OLD.id;
      END;
    `);
    const index = db.prepare(
      'INSERT INTO article_search (rowid, title, author, body, categories) VALUES (?, ?, ?, ?, ?)',
    );
    ARTICLES.forEach((a, i) => {
      const authors = [a.author, a.byline].filter(Boolean).join(' ; ');
      index.run(
        i + 1,
        segmentForIndex(a.title),
        authors ? segmentForIndex(authors) : null,
        segmentForIndex(a.text),
        segmentForIndex(a.categories.join(' ; ')),
      );
    });
  }
  db.close();
  return path;
}

const QUERIES = ['sev*', 'eco*', 'ec*', 'economy', '"the economy"', 'souza', 'politics', '서울', '経済', '经济', 'se'];

/** What a reader sees for each query: titles in order, with the highlights. */
const results = (db: Db) =>
  QUERIES.map((query) => {
    const result = searchArticles(db, SearchQuerySchema.parse({ query }));
    return {
      query,
      hits: result.hits.map((hit) => [hit.article.title, hit.titleHighlights, hit.snippet, hit.snippetHighlights]),
      total: result.total,
    };
  });

const definition = (db: Db) =>
  get<{ sql: string }>(db, "SELECT sql FROM sqlite_master WHERE name = 'article_search'")?.sql ?? '';

describe('migration 17: prefix indexes for search', () => {
  it('rebuilds the index with prefix indexes, and every search finds and ranks what it did before', () => {
    const path = libraryAtSixteen();
    const before = new DatabaseSync(path);
    const expected = results(before);
    before.close();
    // The queries reach every article, through prefixes, phrases, authors, categories and CJK words.
    expect(new Set(expected.flatMap((r) => r.hits.map((hit) => hit[0]))).size).toBe(ARTICLES.length);
    expect(definition(new DatabaseSync(path, { readOnly: true }))).not.toContain('prefix');

    const store = openStore(path);
    const db = store.db!;
    open.push(db);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(definition(db)).toContain("prefix = '2 3'");
    expect(results(db)).toEqual(expected);
  });

  it('keeps removing deleted articles from the index', () => {
    const db = openStore(libraryAtSixteen()).db!;
    open.push(db);
    db.exec("DELETE FROM articles WHERE title = 'Economy slows'");
    expect(
      results(db)
        .find((r) => r.query === 'eco*')
        ?.hits.map((hit) => hit[0]),
    ).toEqual(['Séverine wins the regional vote']);
    expect(get(db, "SELECT COUNT(*) AS n FROM article_search WHERE article_search MATCH 'slows'")).toEqual({ n: 0 });
  });

  it('leaves a library without FTS5 to build the index, with the prefixes, on a build that has it', () => {
    const path = libraryAtSixteen(false);
    const db = new DatabaseSync(path);
    migrate(db, LATEST_VERSION, migrations, { fts5: false });
    expect(all(db, "SELECT name FROM sqlite_master WHERE name = 'article_search'")).toEqual([]);
    db.close();

    const reopened = openStore(path).db!;
    open.push(reopened);
    expect(definition(reopened)).toContain("prefix = '2 3'");
    expect(
      results(reopened)
        .find((r) => r.query === 'sev*')
        ?.hits.map((hit) => hit[0]),
    ).toEqual(['Séverine wins the regional vote', 'Economy slows']);
  });
});
