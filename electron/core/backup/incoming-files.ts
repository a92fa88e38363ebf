/**
 * Files the reader hands in (a backup to restore, bookmarks to import) wait
 * in `incoming/<token>` in the data folder: the desktop app copies the file
 * the open dialog chose, the preview streams an upload there. The token is
 * 128 random bits, so no path crosses the contract. A file is removed once
 * used, and leftovers older than a day when the next one arrives.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const INCOMING_FOLDER = 'incoming';
export const FILE_TOKEN = /^[0-9a-f]{32}$/;
const KEEP_MS = 24 * 3_600_000;

export function incomingDir(dataDir: string): string {
  return join(dataDir, INCOMING_FOLDER);
}

export function newIncomingFile(dataDir: string, now: number = Date.now()): { token: string; path: string } {
  removeStaleIncoming(dataDir, now);
  mkdirSync(incomingDir(dataDir), { recursive: true, mode: 0o700 });
  const token = randomBytes(16).toString('hex');
  return { token, path: join(incomingDir(dataDir), token) };
}

/** The file a token names, or null for a malformed or unknown token. */
export function incomingFile(dataDir: string, token: string): string | null {
  if (!FILE_TOKEN.test(token)) return null;
  const path = join(incomingDir(dataDir), token);
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

export function removeIncoming(dataDir: string, token: string): void {
  if (FILE_TOKEN.test(token)) rmSync(join(incomingDir(dataDir), token), { force: true });
}

function removeStaleIncoming(dataDir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(incomingDir(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(incomingDir(dataDir), name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { force: true, recursive: true });
    } catch {
      // Gone already.
    }
  }
}
