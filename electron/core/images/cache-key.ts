/**
 * The opaque key the UI uses for a cached image: the image's content hash
 * encrypted under a per-install secret, deterministically (SIV: the IV is a
 * MAC of the hash, and is checked on the way back).
 *
 * Why not the hash itself: a page could then probe whether the reader has a
 * given picture cached, i.e. what they read. Why not a random id: the
 * protocol handler in main and the preview route would need the database to
 * look it up; decrypting needs only the secret, and a forged or altered key
 * fails the MAC before any file is touched. Keys are stable for an install,
 * so the same picture always has the same URL.
 */
import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { CONTENT_HASH } from './cache-paths';

export const CACHE_KEY = /^[A-Za-z0-9_-]{64}$/;
export const SECRET_BYTES = 64;
const IV_BYTES = 16;

export interface CacheKeyring {
  keyFor(contentHash: string): string;
  /** The content hash a key stands for, or null for anything we did not issue. */
  hashFor(key: string): string | null;
}

export function createCacheKeyring(secret: Uint8Array): CacheKeyring {
  if (secret.length !== SECRET_BYTES) throw new Error(`the image cache secret must be ${SECRET_BYTES} bytes`);
  const macKey = secret.subarray(0, 32);
  const encKey = secret.subarray(32, 64);
  const ivFor = (plain: Uint8Array) => createHmac('sha256', macKey).update(plain).digest().subarray(0, IV_BYTES);

  return {
    keyFor(contentHash) {
      if (!CONTENT_HASH.test(contentHash)) throw new Error('not a content hash');
      const plain = Buffer.from(contentHash, 'hex');
      const iv = ivFor(plain);
      const cipher = createCipheriv('aes-256-ctr', encKey, iv);
      return Buffer.concat([iv, cipher.update(plain), cipher.final()]).toString('base64url');
    },
    hashFor(key) {
      if (typeof key !== 'string' || !CACHE_KEY.test(key)) return null;
      const raw = Buffer.from(key, 'base64url');
      const iv = raw.subarray(0, IV_BYTES);
      const decipher = createDecipheriv('aes-256-ctr', encKey, iv);
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES)), decipher.final()]);
      return timingSafeEqual(iv, ivFor(plain)) ? plain.toString('hex') : null;
    },
  };
}
