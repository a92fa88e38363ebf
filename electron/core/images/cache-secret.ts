/**
 * The per-install secret behind cache keys, in `images/cache-secret`. The
 * core worker and the protocol handler (main, or the preview server) may both
 * be first to need it, so it is created without a race: written to a private
 * temp name, then hard-linked into place, which fails if another got there
 * first — and then everyone reads the winner's file.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_BYTES } from './cache-key';

const SECRET_FILE = 'cache-secret';

export function loadCacheSecret(root: string): Buffer {
  const path = join(root, SECRET_FILE);
  const existing = readSecret(path);
  if (existing instanceof Buffer) return existing;
  // A truncated secret only invalidates keys, which are derived again on demand.
  if (existing === 'damaged') rmSync(path, { force: true });
  mkdirSync(root, { recursive: true });
  const temp = join(root, `${SECRET_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  writeFileSync(temp, randomBytes(SECRET_BYTES), { mode: 0o600 });
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecret(path);
  if (!(secret instanceof Buffer)) throw new Error(`The image cache secret at ${path} is damaged.`);
  return secret;
}

function readSecret(path: string): Buffer | 'missing' | 'damaged' {
  try {
    const bytes = readFileSync(path);
    return bytes.length === SECRET_BYTES ? bytes : 'damaged';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}
