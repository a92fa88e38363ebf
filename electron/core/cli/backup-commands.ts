/**
 * `backup --data-dir <dir> --out <file>`, `restore --data-dir <dir> --in
 * <file>` and `import-bookmarks --data-dir <dir> --in <file>`: the library's
 * backup, restore and bookmark import from the command line. The settings in
 * the folder's config.json travel with the backup and are applied on restore.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../backup/create-backup';
import { restoreBackup } from '../backup/restore-backup';
import { decodeHtml } from '../html/decode-html';
import { importBookmarks } from '../imports/import-bookmarks';
import { openLibrary } from '../library/open-library';
import { LIBRARY_FILE } from '../service';
import type { Db } from '../db/sql';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { applyRestoredSettings, readSettings } from './config-file';
import { parseArgs } from './parse-args';

export const BACKUP_USAGE = 'backup --data-dir <dir> --out <file.bsbackup>';
export const RESTORE_USAGE = 'restore --data-dir <dir> --in <file.bsbackup>';
export const IMPORT_BOOKMARKS_USAGE = 'import-bookmarks --data-dir <dir> --in <bookmarks.html|export.csv>';

interface Io {
  appVersion?: string;
  now?: () => number;
}

function withLibrary(dataDir: string, work: (db: Db) => CommandResult): CommandResult {
  const library = openLibrary(join(dataDir, LIBRARY_FILE), { skipIntegrityCheck: true });
  try {
    return work(library.db());
  } catch (error) {
    const refused = error instanceof Error && error.name === 'ApiError';
    return jsonResult(refused ? 1 : 2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
  }
}

export function backupCommand(args: { dataDir: string; out: string }, io: Io = {}): CommandResult {
  // A mistyped folder must not be backed up as an empty library (nor get one created in it).
  if (!existsSync(join(args.dataDir, LIBRARY_FILE)))
    return jsonResult(2, { ok: false, error: `no library in ${args.dataDir}` });
  return withLibrary(args.dataDir, (db) => {
    const settings = readSettings(args.dataDir);
    const manifest = createBackup(db, args.out, {
      dataDir: args.dataDir,
      appVersion: io.appVersion ?? '0.0.0',
      settings,
      now: (io.now ?? Date.now)(),
    });
    return jsonResult(0, {
      ok: true,
      file: args.out,
      bytes: statSync(args.out).size,
      counts: manifest.counts,
      settings: manifest.settings,
    });
  });
}

export function restoreCommand(args: { dataDir: string; in: string }, io: Io = {}): CommandResult {
  if (!existsSync(args.in)) return jsonResult(2, { ok: false, error: `cannot read ${args.in}` });
  return withLibrary(args.dataDir, (db) => {
    const result = restoreBackup(db, args.in, { dataDir: args.dataDir, now: (io.now ?? Date.now)() });
    const settingsApplied = applyRestoredSettings(args.dataDir, result.settings);
    return jsonResult(0, {
      ok: true,
      backup: { createdAt: result.manifest.createdAt, appVersion: result.manifest.appVersion },
      ...result.summary,
      settingsApplied,
    });
  });
}

export function importBookmarksCommand(args: { dataDir: string; in: string }, io: Io = {}): CommandResult {
  let text: string;
  try {
    text = decodeHtml(readFileSync(args.in));
  } catch (error) {
    return jsonResult(2, { ok: false, error: `cannot read ${args.in}: ${(error as Error).message}` });
  }
  return withLibrary(args.dataDir, (db) =>
    jsonResult(0, { ok: true, ...importBookmarks(db, text, (io.now ?? Date.now)()) }),
  );
}

function fromArgv(
  argv: readonly string[],
  fileFlag: 'out' | 'in',
  usage: string,
): { dataDir: string; file: string } | CommandResult {
  const parsed = parseArgs(argv, ['data-dir', fileFlag]);
  if (!parsed.ok) return usageError(parsed.error, usage);
  const { flags, positionals } = parsed.args;
  const dataDir = flags['data-dir'];
  const file = flags[fileFlag];
  if (positionals.length > 0 || !dataDir || !file) return usageError(`needs --data-dir and --${fileFlag}`, usage);
  return { dataDir, file };
}

export function backupFromArgv(argv: readonly string[], io: Io = {}): CommandResult {
  const args = fromArgv(argv, 'out', BACKUP_USAGE);
  return 'exitCode' in args ? args : backupCommand({ dataDir: args.dataDir, out: args.file }, io);
}

export function restoreFromArgv(argv: readonly string[], io: Io = {}): CommandResult {
  const args = fromArgv(argv, 'in', RESTORE_USAGE);
  return 'exitCode' in args ? args : restoreCommand({ dataDir: args.dataDir, in: args.file }, io);
}

export function importBookmarksFromArgv(argv: readonly string[], io: Io = {}): CommandResult {
  const args = fromArgv(argv, 'in', IMPORT_BOOKMARKS_USAGE);
  return 'exitCode' in args ? args : importBookmarksCommand({ dataDir: args.dataDir, in: args.file }, io);
}
