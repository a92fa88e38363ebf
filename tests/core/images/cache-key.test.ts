import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CACHE_KEY, createCacheKeyring } from '../../../electron/core/images/cache-key';
import { loadCacheSecret } from '../../../electron/core/images/cache-secret';
import { makeTempDir } from '../../support/temp-dir';

const hash = (fill: string) => fill.repeat(64).slice(0, 64);
const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.cleanup()));

describe('cache keys', () => {
  const keyring = createCacheKeyring(randomBytes(64));

  test('a key round-trips to its content hash, is stable and reveals nothing', () => {
    const key = keyring.keyFor(hash('ab'));
    expect(key).toMatch(CACHE_KEY);
    expect(keyring.keyFor(hash('ab'))).toBe(key);
    expect(keyring.hashFor(key)).toBe(hash('ab'));
    expect(key).not.toContain('abab');
    expect(Buffer.from(key, 'base64url').toString('hex')).not.toContain(hash('ab').slice(0, 16));
  });

  test('another install cannot make or read our keys', () => {
    const other = createCacheKeyring(randomBytes(64));
    expect(other.keyFor(hash('ab'))).not.toBe(keyring.keyFor(hash('ab')));
    expect(other.hashFor(keyring.keyFor(hash('ab')))).toBeNull();
  });

  test('an altered key fails the check', () => {
    const key = keyring.keyFor(hash('cd'));
    for (const index of [0, 20, 63]) {
      const flipped = key.slice(0, index) + (key[index] === 'A' ? 'B' : 'A') + key.slice(index + 1);
      expect(keyring.hashFor(flipped)).toBeNull();
    }
  });

  test.each([
    ['empty', ''],
    ['dot segments', '../../../etc/passwd'],
    ['encoded', '%2e%2e%2f'.repeat(8)],
    ['overlong', 'A'.repeat(65)],
    ['short', 'A'.repeat(63)],
    ['a raw content hash', hash('ab')],
    ['padding', `${'A'.repeat(62)}==`],
    ['not a string', 42 as unknown as string],
  ])('refuses %s', (_name, key) => {
    expect(keyring.hashFor(key)).toBeNull();
  });

  test('only content hashes can be keyed', () => {
    expect(() => keyring.keyFor('../x')).toThrow();
  });
});

describe('the cache secret', () => {
  test('is created once, private, and shared by every reader', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const root = join(dir.path, 'images');
    const first = loadCacheSecret(root);
    expect(loadCacheSecret(root).equals(first)).toBe(true);
    expect(first).toHaveLength(64);
    if (process.platform !== 'win32') expect(statSync(join(root, 'cache-secret')).mode & 0o077).toBe(0);
  });

  test('a damaged secret is replaced rather than crashing the cache', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const root = join(dir.path, 'images');
    loadCacheSecret(root);
    writeFileSync(join(root, 'cache-secret'), 'short');
    expect(loadCacheSecret(root)).toHaveLength(64);
    expect(readFileSync(join(root, 'cache-secret'))).toHaveLength(64);
  });
});
