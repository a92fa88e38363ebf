import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations';
import { openStore } from '../../../electron/core/db/open-store';
import { all, get } from '../../../electron/core/db/sql';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A library file stopped at `version`, holding a section, a feed, an article and a bookmark. */
function libraryAt(version: number): string {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'library.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, version);
  if (version >= 1) {
    db.exec(`
      INSERT INTO sections (name, position, created_at) VALUES ('Korea', 0, 0);
      INSERT INTO feeds (url, title, section_id, created_at) VALUES ('https://k.example/rss', 'K', 1, 0);
      INSERT INTO articles (feed_id, section_id, identity, title, text, sort_time, fetched_at, content_hash)
        VALUES (1, 1, 'g:1', '서울 날씨', 'Sunny in Seoul', 10, 10, 'h');
      INSERT INTO bookmarks (article_id, created_at, note) VALUES (1, 5, 'mine');
    `);
  }
  // From version 2 on, the app indexes what it writes.
  if (version >= 2)
    db.exec(
      "INSERT INTO article_search (rowid, title, author, body, categories) VALUES (1, '서울 날씨', NULL, 'Sunny in Seoul', '')",
    );
  db.close();
  return path;
}

describe('migrations', () => {
  it('are numbered 1..n in order, one per file', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
  });

  it.each(Array.from({ length: LATEST_VERSION }, (_, v) => v))(
    'upgrade a library from version %i keeping its data',
    (version) => {
      const store = openStore(libraryAt(version));
      const db = store.db!;
      expect(store.schemaVersion).toBe(LATEST_VERSION);
      if (version >= 1) {
        expect(get(db, 'SELECT unread_count, article_count FROM feeds')).toEqual({ unread_count: 1, article_count: 1 });
        expect(get(db, 'SELECT note FROM bookmarks WHERE article_id = 1')).toEqual({ note: 'mine' });
        expect(all(db, "SELECT rowid FROM article_search WHERE article_search MATCH 'seoul'")).toEqual([{ rowid: 1 }]);
        expect(all(db, 'SELECT rowid FROM article_search WHERE article_search MATCH \'"서울"*\'')).toEqual([
          { rowid: 1 },
        ]);
        // Version 5 bounds each rowid block's latest time, from the articles already stored.
        expect(all(db, 'SELECT block, max_sort_time FROM article_time_blocks')).toEqual([
          { block: 0, max_sort_time: 10 },
        ]);
      }
      expect(get(db, 'SELECT COUNT(*) AS n FROM images')).toEqual({ n: 0 });
      // The time-block triggers keep the bound for articles written after the upgrade.
      if (version >= 1) {
        db.exec(`INSERT INTO articles (feed_id, section_id, identity, title, sort_time, fetched_at, content_hash)
        VALUES (1, 1, 'g:2', 'Later', 50, 50, 'h2')`);
        db.exec("UPDATE articles SET sort_time = 70 WHERE identity = 'g:1'");
        expect(all(db, 'SELECT block, max_sort_time FROM article_time_blocks')).toEqual([
          { block: 0, max_sort_time: 70 },
        ]);
      }
      db.close();
    },
  );

  it('roll back a failing step and leave the version where it was', () => {
    const db = new DatabaseSync(':memory:');
    const broken = [
      ...migrations.slice(0, 1),
      {
        version: 2,
        name: 'broken',
        up: (d: DatabaseSync) => d.exec('CREATE TABLE half (x); SELECT nonsense FROM nowhere'),
      },
    ];
    expect(() => migrate(db, 2, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(get(db, "SELECT name FROM sqlite_master WHERE name = 'half'")).toBeUndefined();
  });
});
