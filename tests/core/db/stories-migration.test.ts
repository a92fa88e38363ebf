import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { all, type Db } from '../../../electron/core/db/sql';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.isOpen && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const HOUR = 3_600_000;
const NOW = Date.parse('2025-06-15T12:00:00Z');
const VISIT = {
  title: 'Mongolian president arrives in Pyongyang for first state visit',
  contentHtml: '<p>Mongolian President Tsendiin Ganbold arrived in Pyongyang on Tuesday for a state visit.</p>',
};

/** A library from before stories (version 17) holding the wire's copy of an event, stored an hour ago. */
function libraryBeforeStories(): Db {
  const dir = tempDir();
  dirs.push(dir);
  const db = new DatabaseSync(join(dir, 'library.sqlite'));
  open.push(db);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 17);
  db.exec(`INSERT INTO feeds (url, title, created_at) VALUES ('https://wire.example/rss', 'Wire', 0),
    ('https://paper.example/rss', 'Paper', 0)`);
  db.prepare(
    `INSERT INTO articles (feed_id, identity, url, title, text, categories, sort_time, fetched_at, content_hash,
       word_count, is_read)
     VALUES (1, 'u:wire', 'https://wire.example/visit', ?, 'Ganbold arrived in Pyongyang.', '[]', ?, ?, 'h', 4, 0)`,
  ).run(VISIT.title, NOW - HOUR, NOW - HOUR);
  return db;
}

describe('migration 019 (stories)', () => {
  it('keeps every older article a story of one and groups from the next article on', () => {
    const db = libraryBeforeStories();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(all(db, 'SELECT id, story_id FROM articles')).toEqual([{ id: 1, story_id: null }]);
    expect(all(db, 'SELECT * FROM story_signatures')).toEqual([]);
    // The paper's copy finds no signature of the older article: it starts a story of its own, as the README says.
    const [paper] = upsertArticles(
      db,
      '2',
      [{ guid: 'p', url: 'https://paper.example/visit', ...VISIT, publishedAt: NOW }],
      NOW,
    ).ids;
    const [daily] = upsertArticles(
      db,
      '1',
      [{ guid: 'd', url: 'https://wire.example/visit-2', ...VISIT, publishedAt: NOW }],
      NOW,
    ).ids;
    expect(all(db, 'SELECT id, story_id FROM articles ORDER BY id')).toEqual([
      { id: 1, story_id: null },
      { id: Number(paper), story_id: Number(paper) },
      { id: Number(daily), story_id: Number(paper) },
    ]);
  });
});
