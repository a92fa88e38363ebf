import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCacheKeyring } from '../../../electron/core/images/cache-key';
import { imagePath } from '../../../electron/core/images/cache-paths';
import { resolveImageWith } from '../../../electron/core/images/resolve-image';
import { removeTempFiles, storeImageFile } from '../../../electron/core/images/store-image';
import { makeTempDir } from '../../support/temp-dir';
import { png } from './support/image-bytes';

let dir: ReturnType<typeof makeTempDir>;
let root: string;
beforeEach(() => {
  dir = makeTempDir();
  root = join(dir.path, 'images');
});
afterEach(() => dir.cleanup());

describe('storing image files', () => {
  test('names the file by its SHA-256 and stores identical bytes once', async () => {
    const first = await storeImageFile(root, png('x'));
    const again = await storeImageFile(root, png('x'));
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.written).toBe(true);
    expect(again).toEqual({ ...first, written: false });
    const path = imagePath(root, first.contentHash);
    expect(path).toBe(join(root, first.contentHash.slice(0, 2), first.contentHash.slice(2, 4), first.contentHash));
    expect(new Uint8Array(readFileSync(path))).toEqual(png('x'));
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  test('a crash mid-write leaves only a temp file, which is never served and is removed at start', async () => {
    const keyring = createCacheKeyring(Buffer.alloc(64, 7));
    const resolve = resolveImageWith(root, keyring);
    const stored = await storeImageFile(root, png('whole'));
    // What a crash leaves: part of a file under the temp folder, none under its hash name.
    const torn = png('torn', 4096).subarray(0, 100);
    mkdirSync(join(root, 'tmp'), { recursive: true });
    const hashOfWhole = 'f'.repeat(64);
    writeFileSync(join(root, 'tmp', `${hashOfWhole}.abc.part`), torn);

    expect(await resolve(keyring.keyFor(hashOfWhole))).toBeNull();
    expect(await resolve(keyring.keyFor(stored.contentHash))).toMatchObject({ contentType: 'image/png' });
    await removeTempFiles(root);
    expect(() => readdirSync(join(root, 'tmp'))).toThrow();
    expect(await resolve(keyring.keyFor(stored.contentHash))).not.toBeNull();
  });

  test('a truncated file under a hash name is replaced, not trusted', async () => {
    const stored = await storeImageFile(root, png('full', 2000));
    const path = imagePath(root, stored.contentHash);
    writeFileSync(path, png('full', 2000).subarray(0, 10));
    expect((await storeImageFile(root, png('full', 2000))).written).toBe(true);
    expect(readFileSync(path)).toHaveLength(2000);
  });

  test('a file that is not an image is never served even under a valid key', async () => {
    const keyring = createCacheKeyring(Buffer.alloc(64, 9));
    const fake = 'e'.repeat(64);
    mkdirSync(join(root, 'ee', 'ee'), { recursive: true });
    writeFileSync(imagePath(root, fake), '<html><script>alert(1)</script>');
    expect(await resolveImageWith(root, keyring)(keyring.keyFor(fake))).toBeNull();
  });
});
