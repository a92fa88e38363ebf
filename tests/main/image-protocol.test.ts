import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCacheKeyring } from '../../electron/core/images/cache-key';
import { imagesDir } from '../../electron/core/images/cache-paths';
import { loadCacheSecret } from '../../electron/core/images/cache-secret';
import { createImageResolver } from '../../electron/core/images/resolve-image';
import { storeImageFile } from '../../electron/core/images/store-image';
import { createImageCacheHandler } from '../../electron/main/image-protocol';
import { makeTempDir } from '../support/temp-dir';

// The bsimg: handler over a real cache folder: one PNG stored the way the core stores it.
const dir = makeTempDir();
const root = imagesDir(dir.path);
const handler = createImageCacheHandler(createImageResolver(root));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
let key: string;

beforeAll(async () => {
  const stored = await storeImageFile(root, PNG);
  key = createCacheKeyring(loadCacheSecret(root)).keyFor(stored.contentHash);
});
afterAll(() => dir.cleanup());

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('bsimg: protocol', () => {
  test('serves a cached image with its sniffed type and locked-down headers', async () => {
    const response = await get(`bsimg://img/${key}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(PNG.byteLength));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  test('HEAD has headers and no body; other methods are refused', async () => {
    const head = await get(`bsimg://img/${key}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(`bsimg://img/${key}`, 'POST')).status).toBe(405);
  });

  test.each([
    ['unknown key', () => `bsimg://img/${'A'.repeat(64)}`],
    ['key in the host (lower-cased by the URL parser)', () => `bsimg://${key}/`],
    ['other host', () => `bsimg://evil/${key}`],
    ['dot segments', () => 'bsimg://img/../../../../etc/passwd'],
    ['encoded dot segments', () => 'bsimg://img/%2e%2e%2f%2e%2e%2fcache-secret'],
    ['the secret file by name', () => 'bsimg://img/cache-secret'],
    ['a content hash by name', () => `bsimg://img/${'a'.repeat(64)}`],
    ['overlong key', () => `bsimg://img/${key}A`],
    ['extra segment', () => `bsimg://img/${key}/x`],
    ['query', () => `bsimg://img/${key}?x=1`],
    ['altered key', () => `bsimg://img/${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`],
    ['other scheme', () => `app://img/${key}`],
  ])('refuses %s', async (_name, url) => {
    const response = await get(url());
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('an evicted image is a 404', async () => {
    const other = await storeImageFile(root, new Uint8Array([0xff, 0xd8, 0xff, 9]));
    const otherKey = createCacheKeyring(loadCacheSecret(root)).keyFor(other.contentHash);
    expect((await get(`bsimg://img/${otherKey}`)).status).toBe(200);
    const { rmSync } = await import('node:fs');
    rmSync(join(root, other.contentHash.slice(0, 2), other.contentHash.slice(2, 4), other.contentHash));
    expect((await get(`bsimg://img/${otherKey}`)).status).toBe(404);
  });
});
