/**
 * A library file SQLite cannot read at all ("file is not a database", a
 * ruined header) is renamed to `library.corrupt-<time>.sqlite` beside it,
 * with its -wal and -shm files, and the reader is told where it went. Nothing
 * is deleted: the bytes stay for a recovery tool or for support. A file that
 * merely has damaged pages is not moved: it still opens, and the integrity
 * check tells the reader to export and restore.
 */
import { existsSync, renameSync } from 'node:fs';
import type { StoreProblem } from './store-problem';

const NOT_A_DATABASE = 26;
const CORRUPT = 11;

export function unreadableCode(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  return typeof errcode === 'number' && [NOT_A_DATABASE, CORRUPT].includes(errcode & 0xff);
}

export function asidePath(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.replace(/\.sqlite$/, '');
  let candidate = `${base}.corrupt-${stamp}.sqlite`;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${base}.corrupt-${stamp}-${n}.sqlite`;
  return candidate;
}

export function moveAside(path: string, reason: string): StoreProblem {
  const target = asidePath(path);
  try {
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
    renameSync(path, target);
  } catch (error) {
    return {
      code: 'OPEN_FAILED',
      message: `The library file cannot be read (${reason}) and could not be moved aside (${error instanceof Error ? error.message : String(error)}). It was left untouched.`,
    };
  }
  return {
    code: 'MOVED_ASIDE',
    message:
      `The library file could not be read (${reason}). It was moved to ${target} and a new, empty library was started. ` +
      'Restore a backup or import your subscriptions (OPML) to continue; the old file was not deleted.',
  };
}
