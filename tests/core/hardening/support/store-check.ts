import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../../electron/core/db/open-store';
import { all, type Db } from '../../../../electron/core/db/sql';
import { CONTENT_HASH, imagePath, imagesDir } from '../../../../electron/core/images/cache-paths';
import { LIBRARY_FILE } from '../../../../electron/core/service';
import type { BookmarkState, Ledger } from './kill-ledger';

/**
 * Everything a reader would check after the app was killed, as a list of
 * failures (empty when sound): the store opens without problems and passes
 * `PRAGMA integrity_check`; every acknowledged bookmark, note, tag and read
 * state is there; no article is stored twice; and every image the index
 * names is a complete file whose bytes hash to its name.
 */
export function checkAfterKill(dataDir: string, ledger: Ledger): string[] {
  const failures: string[] = [];
  const store = openStore(join(dataDir, LIBRARY_FILE));
  if (!store.db) return [`store did not open: ${JSON.stringify(store.problems)}`];
  const db = store.db;
  try {
    if (store.problems.length > 0) failures.push(`problems on open: ${JSON.stringify(store.problems)}`);
    const integrity = all<{ integrity_check: string }>(db, 'PRAGMA integrity_check').map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') failures.push(`integrity_check: ${integrity.slice(0, 3).join('; ')}`);
    const dupes = all(
      db,
      'SELECT feed_id, guid FROM articles WHERE guid IS NOT NULL GROUP BY feed_id, guid HAVING COUNT(*) > 1',
    );
    if (dupes.length > 0) failures.push(`duplicated articles: ${JSON.stringify(dupes.slice(0, 3))}`);
    failures.push(...checkBookmarks(db, ledger), ...checkReads(db, ledger), ...checkImages(db, dataDir));
    adoptPending(db, ledger);
  } finally {
    db.close();
  }
  return failures;
}

function bookmarksNow(db: Db): Map<string, BookmarkState> {
  const rows = all<{ key: string; note: string; tags: string | null }>(
    db,
    `SELECT a.feed_id || '|' || a.identity AS key, b.note,
            (SELECT json_group_array(tag) FROM (SELECT tag FROM bookmark_tags t WHERE t.article_id = b.article_id ORDER BY tag)) AS tags
     FROM bookmarks b JOIN articles a ON a.id = b.article_id`,
  );
  return new Map(rows.map((r) => [r.key, { tags: JSON.parse(r.tags ?? '[]') as string[], note: r.note }]));
}

function readsNow(db: Db): Map<string, boolean> {
  const rows = all<{ key: string; is_read: number }>(
    db,
    "SELECT feed_id || '|' || identity AS key, is_read FROM articles",
  );
  return new Map(rows.map((r) => [r.key, r.is_read === 1]));
}

const same = (a: BookmarkState | null, b: BookmarkState | null) =>
  a === null || b === null ? a === b : a.note === b.note && a.tags.join('\n') === b.tags.join('\n');

function checkBookmarks(db: Db, ledger: Ledger): string[] {
  const now = bookmarksNow(db);
  const failures: string[] = [];
  const keys = new Set([...ledger.bookmarks.keys(), ...ledger.pendingKeys().bookmarks]);
  for (const key of keys) {
    const actual = now.get(key) ?? null;
    if (!ledger.allowedBookmark(key).some((state) => same(state, actual))) {
      failures.push(
        `bookmark ${key}: expected ${JSON.stringify(ledger.allowedBookmark(key))}, found ${JSON.stringify(actual)}`,
      );
    }
  }
  return failures;
}

function checkReads(db: Db, ledger: Ledger): string[] {
  const now = readsNow(db);
  const failures: string[] = [];
  for (const key of ledger.reads.keys()) {
    const allowed = ledger.allowedRead(key);
    const actual = now.get(key);
    // Retention (keepUnread) may remove a read article, never an unread one.
    if (actual === undefined ? !allowed.includes(true) : !allowed.includes(actual)) {
      failures.push(`read state ${key}: expected one of ${JSON.stringify(allowed)}, found ${String(actual)}`);
    }
  }
  return failures;
}

/** After a check, an unacknowledged change is whatever the store kept. */
function adoptPending(db: Db, ledger: Ledger): void {
  const { bookmarks, reads } = ledger.pendingKeys();
  const bookmarked = bookmarksNow(db);
  for (const key of bookmarks) ledger.bookmarks.set(key, bookmarked.get(key) ?? null);
  const read = readsNow(db);
  for (const key of reads) {
    const state = read.get(key);
    if (state === undefined) ledger.reads.delete(key);
    else ledger.reads.set(key, state);
  }
  ledger.pending = null;
}

function checkImages(db: Db, dataDir: string): string[] {
  const root = imagesDir(dataDir);
  const failures: string[] = [];
  const rows = all<{ content_hash: string; byte_size: number }>(
    db,
    'SELECT content_hash, byte_size FROM images WHERE content_hash IS NOT NULL',
  );
  for (const row of rows) {
    const path = imagePath(root, row.content_hash);
    if (!existsSync(path)) failures.push(`image ${row.content_hash} indexed but missing`);
    else if (statSync(path).size !== row.byte_size)
      failures.push(`image ${row.content_hash} has ${statSync(path).size} bytes, index says ${row.byte_size}`);
  }
  // Every file under a content-hash name (the only names ever served) holds exactly those bytes.
  for (const path of servableFiles(root)) {
    const name = path.slice(-64);
    if (createHash('sha256').update(readFileSync(path)).digest('hex') !== name)
      failures.push(`image file ${name} is not what its name says`);
  }
  return failures;
}

export function servableFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  for (const a of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(a)) continue;
    for (const b of readdirSync(join(root, a))) {
      for (const name of readdirSync(join(root, a, b))) if (CONTENT_HASH.test(name)) files.push(join(root, a, b, name));
    }
  }
  return files;
}
