/**
 * Key → file, for whoever serves cached images (the `bsimg:` protocol in
 * main, the preview's `/images/` route). It needs no database: the key
 * decrypts to the content hash, and the type is read from the file's own
 * first bytes, so a file that is somehow not an image is never served.
 */
import { open } from 'node:fs/promises';
import { CACHE_KEY, createCacheKeyring, type CacheKeyring } from './cache-key';
import { imagePath } from './cache-paths';
import { loadCacheSecret } from './cache-secret';
import { SNIFF_BYTES, sniffImageType, type ImageType } from './image-type';

export interface ResolvedImage {
  path: string;
  contentType: ImageType;
  byteSize: number;
}

export type ImageResolver = (key: string) => Promise<ResolvedImage | null>;

export function resolveImageWith(root: string, keyring: CacheKeyring): ImageResolver {
  return async (key) => {
    const hash = keyring.hashFor(key);
    if (hash === null) return null;
    const path = imagePath(root, hash);
    try {
      const handle = await open(path, 'r');
      try {
        const info = await handle.stat();
        if (!info.isFile()) return null;
        const head = new Uint8Array(SNIFF_BYTES);
        const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
        const contentType = sniffImageType(head.subarray(0, bytesRead));
        return contentType ? { path, contentType, byteSize: info.size } : null;
      } finally {
        await handle.close();
      }
    } catch {
      // Evicted, never cached, or unreadable: to the reader it is simply not offline.
      return null;
    }
  };
}

/**
 * A resolver for a host process. The secret is loaded on first use, because
 * the host may start serving before the core worker has created it.
 */
export function createImageResolver(root: string): ImageResolver {
  let resolver: ImageResolver | undefined;
  return async (key) => {
    if (!CACHE_KEY.test(key)) return null;
    resolver ??= resolveImageWith(root, createCacheKeyring(loadCacheSecret(root)));
    return resolver(key);
  };
}
