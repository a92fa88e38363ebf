import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { openStore } from '../../../electron/core/db/open-store';
import { get } from '../../../electron/core/db/sql';
import { openLibrary } from '../../../electron/core/library/open-library';
import { tempDir } from '../library/support/library-fixture';

const dirs: string[] = [];
const newPath = () => {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'nested', 'library.sqlite');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('openStore', () => {
  it('creates a new library in WAL mode with foreign keys, a busy timeout and the latest schema', () => {
    const store = openStore(newPath());
    const db = store.db!;
    expect(store).toMatchObject({ schemaVersion: LATEST_VERSION, searchAvailable: true, problems: [] });
    expect(get(db, 'PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(get(db, 'PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(get(db, 'PRAGMA busy_timeout')).toEqual({ timeout: 5000 });
    expect(get(db, 'PRAGMA auto_vacuum')).toEqual({ auto_vacuum: 2 });
    db.close();
  });

  it('refuses a library from a newer version and leaves the file byte for byte', () => {
    const path = newPath();
    openStore(path).db!.close();
    const raw = new DatabaseSync(path);
    raw.exec(`PRAGMA user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    const store = openStore(path);
    expect(store.db).toBeNull();
    expect(store.problems).toEqual([
      { code: 'NEWER_VERSION', message: expect.stringMatching(/newer version of Broadsheet.*left untouched/) },
    ]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('moves a file that is not a database aside, byte for byte, and starts a fresh library', () => {
    const path = newPath();
    openStore(path).db!.close();
    writeFileSync(path, 'this is not a database '.repeat(300));
    const before = readFileSync(path);
    const library = openLibrary(path, { skipIntegrityCheck: true });
    expect(library.status()).toMatchObject({ state: 'degraded', problems: [{ code: 'MOVED_ASIDE' }] });
    const aside = /moved to (\S+\.sqlite)/.exec(library.status().problems[0]!.message)![1]!;
    expect(readFileSync(aside).equals(before)).toBe(true);
    expect(library.db().isOpen).toBe(true);
    library.close();
  });

  it('works without search when FTS5 is missing, and builds the index once it is there', () => {
    const path = newPath();
    const store = openStore(path, { probeFts5: () => false });
    expect(store).toMatchObject({ searchAvailable: false, problems: [{ code: 'NO_FTS5' }] });
    store.db!.exec(`INSERT INTO feeds (url, title, created_at) VALUES ('https://x.example/', 'X', 0);
      INSERT INTO articles (feed_id, identity, title, sort_time, fetched_at, content_hash) VALUES (1, 'g:1', 'Kept title', 0, 0, 'h')`);
    store.db!.close();
    const again = openStore(path);
    expect(again).toMatchObject({ searchAvailable: true, problems: [] });
    expect(get(again.db!, "SELECT rowid FROM article_search WHERE article_search MATCH 'kept'")).toEqual({ rowid: 1 });
    again.db!.close();
  });
});

describe('integrity check', () => {
  it('passes on a sound library and reports damage on a broken one', async () => {
    const path = newPath();
    const sound = openLibrary(path);
    await sound.checked;
    expect(sound.status()).toMatchObject({ state: 'ready', integrity: 'ok' });
    const db = sound.db();
    db.exec("INSERT INTO feeds (url, title, created_at) VALUES ('https://x.example/', 'X', 0)");
    const insert = db.prepare(
      "INSERT INTO articles (feed_id, identity, title, sort_time, fetched_at, content_hash) VALUES (1, ?, ?, ?, 0, 'h')",
    );
    for (let i = 0; i < 2000; i += 1) insert.run(`g:${i}`, `title ${i} ${'x'.repeat(100)}`, i);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const leaf = get<{ pageno: number }>(
      db,
      "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' LIMIT 1 OFFSET 5",
    )!;
    sound.close();

    // Scribble over one article page's header, the way a bad disk would.
    const bytes = readFileSync(path);
    const page = 4096;
    bytes.fill(0x5a, page * (leaf.pageno - 1), page * (leaf.pageno - 1) + 64);
    writeFileSync(path, bytes);

    const statuses: string[] = [];
    const damaged = openLibrary(path, { onStatus: (status) => statuses.push(status.integrity) });
    await damaged.checked;
    expect(damaged.status()).toMatchObject({
      state: 'degraded',
      integrity: 'failed',
      problems: [{ code: 'INTEGRITY' }],
    });
    expect(statuses).toEqual(['failed']);
    damaged.close();
  });
});
