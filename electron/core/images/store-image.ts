/**
 * Puts downloaded bytes into the cache under their SHA-256. The bytes go to
 * a temp file that is flushed to disk and then renamed into place: rename is
 * atomic, so a crash leaves at worst a stray temp file (removed at the next
 * start), never a truncated file under a content-hash name. The same bytes
 * from another URL or article are stored once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { imagePath, tempDir } from './cache-paths';

export interface StoredFile {
  contentHash: string;
  byteSize: number;
  /** False when an identical file was already cached. */
  written: boolean;
}

export async function storeImageFile(root: string, bytes: Uint8Array): Promise<StoredFile> {
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const target = imagePath(root, contentHash);
  const byteSize = bytes.byteLength;
  if (await sameSizeFileExists(target, byteSize)) return { contentHash, byteSize, written: false };

  const temps = tempDir(root);
  await mkdir(temps, { recursive: true });
  const temp = join(temps, `${contentHash}.${randomBytes(6).toString('hex')}.part`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { contentHash, byteSize, written: true };
}

/** Removes what an interrupted write left behind; run once when the cache opens. */
export async function removeTempFiles(root: string): Promise<void> {
  await rm(tempDir(root), { recursive: true, force: true });
}

async function sameSizeFileExists(path: string, size: number): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size === size;
  } catch {
    return false;
  }
}
