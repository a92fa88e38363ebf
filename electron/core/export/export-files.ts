/**
 * Where finished exports wait to be saved: `exports/<token>/<file name>` in
 * the data folder. The token is 128 random bits, so the preview's download
 * route and the desktop app's save step can name a file without the reader's
 * path ever crossing the contract. Exports older than a day are removed when
 * the next one starts.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const EXPORTS_FOLDER = 'exports';
export const EXPORT_TOKEN = /^[0-9a-f]{32}$/;
const KEEP_MS = 24 * 3_600_000;

export function exportsDir(dataDir: string): string {
  return join(dataDir, EXPORTS_FOLDER);
}

export function newExportFolder(dataDir: string): { token: string; dir: string } {
  const token = randomBytes(16).toString('hex');
  const dir = join(exportsDir(dataDir), token);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { token, dir };
}

/** The finished file a token names, or null (unknown, malformed, removed, or still being written). */
export function findExport(dataDir: string, token: string): { path: string; fileName: string; size: number } | null {
  if (!EXPORT_TOKEN.test(token)) return null;
  const dir = join(exportsDir(dataDir), token);
  try {
    const files = readdirSync(dir).filter((name) => !name.startsWith('.'));
    if (files.length !== 1) return null;
    const fileName = files[0]!;
    const path = join(dir, fileName);
    const info = statSync(path);
    return info.isFile() ? { path, fileName, size: info.size } : null;
  } catch {
    return null;
  }
}

export function removeStaleExports(dataDir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(exportsDir(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(exportsDir(dataDir), name);
    try {
      if (now - statSync(dir).mtimeMs > KEEP_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone already, or busy: the next export tries again.
    }
  }
}
