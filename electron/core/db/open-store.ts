/**
 * Opens the library file, or explains why it cannot. Nothing here throws:
 * every problem becomes a message for the reader, and a file we cannot
 * understand (newer schema, not a database) is never written to.
 */
import { accessSync, constants, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { moveAside, unreadableCode } from './move-aside';
import { DatabaseSync } from 'node:sqlite';
import { ensureSearchIndex, hasFts5 } from './search-index';
import { migrate, schemaVersion } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';
import type { Db } from './sql';
import type { ProblemCode, StoreProblem } from './store-problem';

export interface OpenedStore {
  db: Db | null;
  schemaVersion: number | null;
  searchAvailable: boolean;
  problems: StoreProblem[];
}

export interface OpenStoreOptions {
  /** Tests pretend FTS5 is missing through this. */
  probeFts5?: (db: Db) => boolean;
}

export function openStore(path: string, options: OpenStoreOptions = {}): OpenedStore {
  const readOnly = unwritable(path);
  if (readOnly) return failed('OPEN_FAILED', readOnly);
  const refused = existsSync(path) ? probeExisting(path) : null;
  // A file SQLite cannot read at all (not a database, a ruined header) is moved aside, never
  // deleted, and a fresh library starts, so the reader can go on (restore a backup, import OPML).
  let aside = refused?.code === 'UNREADABLE' ? moveAside(path, refused.message) : null;
  if (aside?.code === 'OPEN_FAILED' || (refused && refused.code !== 'UNREADABLE')) {
    return { db: null, schemaVersion: null, searchAvailable: false, problems: [(aside ?? refused) as StoreProblem] };
  }
  let opened = openFresh(path, options);
  // Some damage (a header cut short) passes the read-only probe and shows only on the first write.
  if (!aside && opened.unreadable) {
    aside = moveAside(path, opened.unreadable);
    if (aside.code === 'OPEN_FAILED') return failed('OPEN_FAILED', aside.message);
    opened = openFresh(path, options);
  }
  const { unreadable: _, ...store } = opened;
  if (aside) store.problems.unshift(aside);
  return store;
}

function openFresh(path: string, options: OpenStoreOptions): OpenedStore & { unreadable?: string } {
  let db: Db | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path);
    configure(db);
    const problems: StoreProblem[] = [];
    const fts5 = (options.probeFts5 ?? hasFts5)(db);
    if (!fts5) problems.push({ code: 'NO_FTS5', message: noFts5Message });
    try {
      migrate(db, LATEST_VERSION, migrations, { fts5 });
    } catch (error) {
      db.close();
      return failed(
        'MIGRATION_FAILED',
        `The library could not be upgraded and was left as it was: ${messageOf(error)}`,
      );
    }
    const searchAvailable = ensureSearchIndex(db, fts5);
    return { db, schemaVersion: schemaVersion(db), searchAvailable, problems };
  } catch (error) {
    db?.close();
    const result = failed('OPEN_FAILED', `The library file could not be opened: ${messageOf(error)}`);
    return unreadableCode(error) ? { ...result, unreadable: messageOf(error) } : result;
  }
}

const noFts5Message = 'This build of SQLite has no full-text search (FTS5). Reading works, but search is unavailable.';

function configure(db: Db): void {
  db.exec('PRAGMA busy_timeout = 5000');
  // Only a brand-new file can switch auto_vacuum; incremental lets retention
  // return space in small steps instead of one long VACUUM.
  if (schemaVersion(db) === 0) db.exec('PRAGMA auto_vacuum = INCREMENTAL');
  db.exec('PRAGMA journal_mode = WAL');
  // NORMAL in WAL mode loses nothing when the app is killed, only on power loss.
  db.exec('PRAGMA synchronous = NORMAL');
  // The default 2 MB page cache thrashes once the articles' indexes and the
  // search index outgrow it. 16 MB holds their upper levels; the 64 MB it was
  // filled up with a refresh's freshly written pages and kept them, 48 MB of
  // the process's peak that searches did not need (docs/PERFORMANCE.md,
  // "Memory (issue 14)"); the operating system caches the file's pages anyway.
  db.exec('PRAGMA cache_size = -16384');
  // A checkpoint every 4 MB of WAL (the default) syncs the file ~170 times per
  // 100,000 articles ingested; every 32 MB costs a larger WAL file only.
  db.exec('PRAGMA wal_autocheckpoint = 8000');
  db.exec('PRAGMA temp_store = MEMORY');
  db.exec('PRAGMA foreign_keys = ON');
}

/** Reads the schema version without writing; returns why we must not open, if so. */
function probeExisting(path: string): StoreProblem | { code: 'UNREADABLE'; message: string } | null {
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  try {
    const probe = new DatabaseSync(path, { readOnly: true });
    try {
      const version = schemaVersion(probe);
      if (version > LATEST_VERSION) {
        return {
          code: 'NEWER_VERSION',
          message:
            `This library was written by a newer version of Broadsheet (format ${version}; ` +
            `this version reads up to ${LATEST_VERSION}). Update Broadsheet to open it. The file was left untouched.`,
        };
      }
      return null;
    } finally {
      probe.close();
    }
  } catch (error) {
    if (unreadableCode(error)) return { code: 'UNREADABLE', message: messageOf(error) };
    return {
      code: 'OPEN_FAILED',
      message: `The library file could not be read and was left untouched: ${messageOf(error)}`,
    };
  } finally {
    // A read-only open may leave empty WAL files behind; remove only what it made.
    for (const file of sidecars) rmSync(file, { force: true });
  }
}

/**
 * SQLite silently opens a write-protected file read-only, and then every
 * change fails; a read-only folder fails with "unable to open database file".
 * Both get one message that names the folder.
 */
function unwritable(path: string): string | null {
  for (const target of [path, dirname(path)]) {
    if (!existsSync(target)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      return (
        `The library cannot be written: ${target} is read-only or not yours to write (${messageOf(error)}). ` +
        'Fix its permissions (or free the disk it is on), then restart Broadsheet. The library file was left untouched.'
      );
    }
  }
  return null;
}

function failed(code: ProblemCode, message: string): OpenedStore {
  return { db: null, schemaVersion: null, searchAvailable: false, problems: [{ code, message }] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
