/**
 * Image files from a backup into the cache, the way the cache writes its own
 * downloads: into its temp folder, flushed, then renamed under the content
 * hash, so a crash never leaves a truncated file under a cache name. Files
 * this restore added are remembered so a refused restore can take them back.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTENT_HASH, imagePath, tempDir } from '../images/cache-paths';
import type { EntryConsumer } from './zip-source';

export interface ImageWriter {
  consumer(name: string): EntryConsumer;
  /** Files this restore created (not ones the cache already held). */
  created: string[];
  rollback(): void;
}

export function createImageWriter(root: string): ImageWriter {
  const created: string[] = [];
  return {
    created,
    consumer(hash) {
      if (!CONTENT_HASH.test(hash)) throw new Error('an image entry has no content-hash name');
      const target = imagePath(root, hash);
      const present = existsSync(target) && statSync(target).isFile();
      const temps = tempDir(root);
      mkdirSync(temps, { recursive: true });
      const temp = join(temps, `${hash}.${randomBytes(6).toString('hex')}.part`);
      const fd = present ? null : openSync(temp, 'wx', 0o600);
      const digest = createHash('sha256');
      return {
        data(chunk) {
          digest.update(chunk);
          if (fd !== null) for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
        },
        end() {
          if (fd === null) return;
          try {
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
          if (digest.digest('hex') !== hash) {
            rmSync(temp, { force: true });
            throw new Error('an image does not match its name');
          }
          mkdirSync(dirname(target), { recursive: true });
          renameSync(temp, target);
          created.push(target);
        },
      };
    },
    rollback() {
      for (const file of created.splice(0)) rmSync(file, { force: true });
    },
  };
}
