import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/migration';
import { openStore } from '../../../electron/core/db/open-store';
import { all, get, run, type Db } from '../../../electron/core/db/sql';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.isOpen && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A library file at version 11 holding something in every table that migration 12 touches or depends on. */
function libraryAtEleven(): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'library.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 11);
  db.exec(`
    INSERT INTO sections (name, position, created_at) VALUES ('Korea', 0, 1), ('World', 1, 2);
    INSERT INTO feeds (url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes, paused, archived, created_at)
      VALUES ('https://k.example/rss', 'https://k.example/', 'K', 'https://k.example/i.png', 1, 0, 1, 30, 0, 0, 10),
             ('https://w.example/rss', NULL, 'W', NULL, 2, 0, 0, NULL, 1, 0, 11),
             ('https://gone.example/rss', NULL, 'Gone', NULL, NULL, 0, 0, NULL, 1, 1, 12);
    INSERT INTO feed_sync (feed_id, etag, last_modified, last_attempt_at, last_success_at, consecutive_failures, redirect_target, redirect_count, last_error, last_error_cause)
      VALUES (1, '"e1"', 'Mon', 100, 100, 0, NULL, 0, NULL, NULL),
             (2, NULL, NULL, 200, NULL, 3, 'https://w2.example/rss', 2, 'Timed out', 'timeout'),
             (3, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, NULL);
    INSERT INTO articles (feed_id, section_id, identity, title, text, categories, sort_time, fetched_at, content_hash, is_read, language, language_source)
      VALUES (1, 1, 'g:1', '서울 날씨', 'Sunny in Seoul', '["Weather"]', 10, 10, 'h1', 0, 'ko', 'feed'),
             (1, 1, 'g:2', 'Busan port', 'Ships in Busan', '[]', 20, 20, 'h2', 1, 'en', NULL),
             (2, 2, 'g:3', 'Lima rain', 'Rain in Lima', '[]', 30, 30, 'h3', 0, NULL, NULL),
             (3, NULL, 'g:4', 'Kept story', 'A bookmarked story', '[]', 40, 40, 'h4', 1, NULL, NULL);
    INSERT INTO article_categories (category, sort_time, article_id) VALUES ('weather', 10, 1);
    INSERT INTO bookmarks (article_id, created_at, note) VALUES (1, 5, 'mine'), (4, 6, '');
    INSERT INTO bookmark_tags (tag, article_id) VALUES ('seoul', 1), ('keep', 4);
    INSERT INTO read_marks (feed_url, identity) VALUES ('https://w.example/rss', 'g:later'), ('https://elsewhere.example/rss', 'g:x');
    INSERT INTO pending_full_text (article_id, attempts) VALUES (4, 2);
    INSERT INTO images (url, content_hash) VALUES ('https://k.example/i.png', 'abc'), ('https://k.example/p.jpg', 'def');
    INSERT INTO article_images (article_id, image_id) VALUES (1, 2);
    INSERT INTO feed_icons (feed_id, image_url) VALUES (1, 'https://k.example/i.png');
  `);
  for (const [id, title, body] of [
    [1, '서울 날씨', 'Sunny in Seoul'],
    [2, 'Busan port', 'Ships in Busan'],
    [3, 'Lima rain', 'Rain in Lima'],
    [4, 'Kept story', 'A bookmarked story'],
  ] as const) {
    db.prepare('INSERT INTO article_search (rowid, title, author, body, categories) VALUES (?, ?, NULL, ?, ?)').run(
      id,
      title,
      body,
      '',
    );
  }
  db.close();
  return path;
}

/** Every table's rows, in the columns version 11 had, so nothing can be lost or changed unnoticed. */
const OLD_COLUMNS: Record<string, string> = {
  sections: 'id, name, position, created_at',
  feeds: `id, url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes, paused, archived,
          article_count, unread_count, created_at`,
  feed_sync: '*',
  articles: `id, feed_id, section_id, identity, guid, url, title, author, published_at, updated_at, sort_time, summary,
             content_html, full_text_html, text, language, lead_image_url, categories, word_count, is_read, fetched_at,
             content_hash, language_source`,
  article_categories: '*',
  bookmarks: '*',
  bookmark_tags: '*',
  read_marks: 'feed_url, identity',
  pending_full_text: '*',
  images: '*',
  article_images: '*',
  feed_icons: '*',
  article_time_blocks: '*',
};

function snapshot(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(OLD_COLUMNS).map(([table, columns]) => [
      table,
      all(db, `SELECT ${columns} FROM ${table} ORDER BY 1, 2`).map((row) => ({ ...(row as object) })),
    ]),
  );
}

function schemaObjects(db: Db, type: 'index' | 'trigger'): string[] {
  return all<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name",
    type,
  ).map((row) => row.name);
}

function openAt(path: string): Db {
  const db = new DatabaseSync(path);
  open.push(db);
  db.exec('PRAGMA foreign_keys = ON');
  return db;
}

function upgraded(path: string): Db {
  const store = openStore(path);
  expect(store.problems).toEqual([]);
  expect(store.schemaVersion).toBe(LATEST_VERSION);
  open.push(store.db!);
  return store.db!;
}

describe('migration 12: accounts', () => {
  it('keeps every row of a version 11 library, in the local account', () => {
    const path = libraryAtEleven();
    const before = openAt(path);
    const rows = snapshot(before);
    const indexes = schemaObjects(before, 'index');
    const triggers = schemaObjects(before, 'trigger');
    before.close();

    const db = upgraded(path);
    expect(snapshot(db)).toEqual(rows);
    expect(all(db, 'SELECT id, kind, service, name, status, state, options, position FROM accounts')).toEqual([
      {
        id: 'local',
        kind: 'local',
        service: null,
        name: 'On this device',
        status: 'ok',
        state: '{}',
        options: '{}',
        position: 0,
      },
    ]);
    expect(all(db, 'SELECT DISTINCT account_id, remote_id FROM feeds')).toEqual([
      { account_id: 'local', remote_id: null },
    ]);
    expect(all(db, 'SELECT DISTINCT account_id, remote_id FROM sections')).toEqual([
      { account_id: 'local', remote_id: null },
    ]);
    expect(all(db, 'SELECT DISTINCT account_id FROM read_marks')).toEqual([{ account_id: 'local' }]);
    expect(all(db, 'SELECT DISTINCT remote_id FROM articles')).toEqual([{ remote_id: null }]);
    // Every index and trigger of versions 1–11 is there again, beside the new ones.
    expect(schemaObjects(db, 'index')).toEqual(expect.arrayContaining(indexes));
    expect(schemaObjects(db, 'trigger')).toEqual(triggers);
    expect(get(db, 'PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(all(db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(get(db, 'PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
  });

  it('keeps the unread and article counts right as articles arrive, change and go', () => {
    const db = upgraded(libraryAtEleven());
    const counts = () => all(db, 'SELECT id, article_count, unread_count FROM feeds ORDER BY id');
    expect(counts()).toEqual([
      { id: 1, article_count: 2, unread_count: 1 },
      { id: 2, article_count: 1, unread_count: 1 },
      { id: 3, article_count: 1, unread_count: 0 },
    ]);
    run(
      db,
      `INSERT INTO articles (feed_id, section_id, identity, title, sort_time, fetched_at, content_hash)
       VALUES (1, 1, 'g:5', 'New', 50, 50, 'h5')`,
    );
    run(db, "UPDATE articles SET is_read = 1 WHERE identity = 'g:1'");
    run(db, "DELETE FROM articles WHERE identity = 'g:3'");
    expect(counts()).toEqual([
      { id: 1, article_count: 3, unread_count: 1 },
      { id: 2, article_count: 0, unread_count: 0 },
      { id: 3, article_count: 1, unread_count: 0 },
    ]);
    // The time-block bound still follows new articles.
    expect(get(db, 'SELECT max_sort_time FROM article_time_blocks WHERE block = 0')).toEqual({ max_sort_time: 50 });
  });

  it('still turns a waiting read mark into a read article, only in the mark’s account', () => {
    const db = upgraded(libraryAtEleven());
    run(db, "INSERT INTO accounts (id, kind, name, position, created_at) VALUES ('fresh', 'greader', 'Fresh', 1, 0)");
    run(db, "INSERT INTO feeds (account_id, url, title, created_at) VALUES ('fresh', 'https://w.example/rss', 'W', 0)");
    const insert = (feedId: number) =>
      run(
        db,
        `INSERT INTO articles (feed_id, identity, title, sort_time, fetched_at, content_hash)
         VALUES (?, 'g:later', 'Later', 60, 60, 'h')`,
        feedId,
      );
    insert(4); // the same address in another account: the local account's mark is not its
    expect(get(db, 'SELECT is_read FROM articles WHERE feed_id = 4')).toEqual({ is_read: 0 });
    insert(2);
    expect(get(db, 'SELECT is_read FROM articles WHERE feed_id = 2 AND identity = ?', 'g:later')).toEqual({
      is_read: 1,
    });
    expect(get(db, 'SELECT unread_count FROM feeds WHERE id = 2')).toEqual({ unread_count: 1 });
    expect(all(db, 'SELECT account_id, feed_url, identity FROM read_marks')).toEqual([
      { account_id: 'local', feed_url: 'https://elsewhere.example/rss', identity: 'g:x' },
    ]);
  });

  it('lets two accounts follow one address, but not one account twice', () => {
    const db = upgraded(libraryAtEleven());
    run(db, "INSERT INTO accounts (id, kind, name, position, created_at) VALUES ('fresh', 'greader', 'Fresh', 1, 0)");
    run(db, "INSERT INTO feeds (account_id, url, title, created_at) VALUES ('fresh', 'https://k.example/rss', 'K', 0)");
    expect(() =>
      run(
        db,
        "INSERT INTO feeds (account_id, url, title, created_at) VALUES ('local', 'https://k.example/rss', 'K', 0)",
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      run(db, "INSERT INTO feeds (account_id, url, title, created_at) VALUES ('nobody', 'https://n.example/', 'N', 0)"),
    ).toThrow(/FOREIGN KEY/);
  });

  it('keeps search working for old and new articles', () => {
    const db = upgraded(libraryAtEleven());
    expect(all(db, "SELECT rowid FROM article_search WHERE article_search MATCH 'seoul'")).toEqual([{ rowid: 1 }]);
    run(db, "DELETE FROM articles WHERE identity = 'g:3'");
    expect(all(db, "SELECT rowid FROM article_search WHERE article_search MATCH 'lima'")).toEqual([]);
  });

  it('keeps the references to feeds: removing a feed takes its articles, sync state and icon', () => {
    const db = upgraded(libraryAtEleven());
    run(db, 'DELETE FROM bookmarks WHERE article_id = 4');
    run(db, 'DELETE FROM feeds WHERE id = 3');
    run(db, 'DELETE FROM feeds WHERE id = 2');
    expect(all(db, 'SELECT feed_id FROM articles GROUP BY feed_id')).toEqual([{ feed_id: 1 }]);
    expect(all(db, 'SELECT feed_id FROM feed_sync')).toEqual([{ feed_id: 1 }]);
    expect(() => run(db, 'DELETE FROM feeds WHERE id = 1')).toThrow(/FOREIGN KEY/); // a bookmark holds its article
    run(db, 'DELETE FROM sections WHERE id = 1');
    expect(get(db, 'SELECT section_id FROM feeds WHERE id = 1')).toEqual({ section_id: null });
    expect(get(db, 'SELECT image_url FROM feed_icons WHERE feed_id = 1')).toEqual({
      image_url: 'https://k.example/i.png',
    });
  });
});

describe('a migration that rebuilds tables', () => {
  const [accounts] = migrations.slice(11) as [Migration];

  it('that fails half-way leaves the library at the previous version, whole, with foreign keys back on', () => {
    const path = libraryAtEleven();
    const db = openAt(path);
    const rows = snapshot(db);
    const broken: Migration = {
      ...accounts,
      up(target, context) {
        accounts.up(target, context);
        target.exec('DROP TABLE feeds');
        throw new Error('the disk went away');
      },
    };
    expect(() => migrate(db, 12, [...migrations.slice(0, 11), broken])).toThrow('the disk went away');
    expect(schemaVersion(db)).toBe(11);
    expect(get(db, 'PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(snapshot(db)).toEqual(rows);
    expect(get(db, "SELECT name FROM sqlite_master WHERE name = 'accounts'")).toBeUndefined();
    // The next start runs the step again and succeeds.
    db.close();
    expect(get(upgraded(path), 'SELECT COUNT(*) AS n FROM articles')).toEqual({ n: 4 });
  });

  it('is refused when it would leave a row pointing at nothing', () => {
    const db = openAt(libraryAtEleven());
    const dangling: Migration = {
      version: 12,
      name: 'dangling',
      foreignKeysOff: true,
      up: (target) => target.exec('UPDATE articles SET feed_id = 99 WHERE id = 1'),
    };
    expect(() => migrate(db, 12, [...migrations.slice(0, 11), dangling])).toThrow(
      /migration 12 \(dangling\) would leave 1 row\(s\) of articles pointing at missing feeds rows/,
    );
    expect(schemaVersion(db)).toBe(11);
    expect(get(db, 'SELECT feed_id FROM articles WHERE id = 1')).toEqual({ feed_id: 1 });
    expect(get(db, 'PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
  });

  it('is refused inside a transaction, where foreign keys cannot be turned off', () => {
    const db = openAt(libraryAtEleven());
    db.exec('BEGIN');
    expect(() => migrate(db, 12)).toThrow(/cannot run inside a transaction/);
    db.exec('ROLLBACK');
    expect(schemaVersion(db)).toBe(11);
    expect(get(db, 'SELECT COUNT(*) AS n FROM articles')).toEqual({ n: 4 });
  });
});
