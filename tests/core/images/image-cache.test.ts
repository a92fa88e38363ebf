import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { get } from '../../../electron/core/db/sql';
import { imagePath } from '../../../electron/core/images/cache-paths';
import { DAY, NOW } from '../library/support/library-fixture';
import { createCacheFixture, type CacheFixture } from './support/cache-fixture';
import { startImageServer, type ImageServer } from './support/image-server';

let server: ImageServer;
let f: CacheFixture;
beforeAll(async () => {
  server = await startImageServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  f = createCacheFixture();
});
afterEach(() => f.close());

const img = (path: string) => `<img src="${server.url(path)}">`;
const row = (url: string) =>
  get<{ content_hash: string | null; fetched_at: number | null; last_used_at: number | null }>(
    f.library.db(),
    'SELECT content_hash, fetched_at, last_used_at FROM images WHERE url = ?',
    url,
  );
const cachedFiles = (root = join(f.dir, 'images')) =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name))
    .length;

describe('downloading offline images', () => {
  test('real images are cached; fakes, oversized, SVG and 404s are not', async () => {
    const id = f.article(['/a.png', '/c.jpg', '/fake.png', '/huge.png', '/logo.svg', '/missing.png'].map(img).join(''));
    const report = await f.cache.cacheArticles([id]);
    expect(report).toMatchObject({ articles: 1, downloaded: 2, failed: 4 });
    expect(row(server.url('/a.png'))?.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row(server.url('/c.jpg'))?.content_hash).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of ['/fake.png', '/huge.png', '/logo.svg', '/missing.png']) {
      expect(row(server.url(bad)), bad).toMatchObject({ content_hash: null, fetched_at: NOW });
    }
    expect(cachedFiles()).toBe(2);

    const map = f.cache.map(id);
    expect(Object.keys(map).sort()).toEqual([server.url('/a.png'), server.url('/c.jpg')].sort());
    expect(map[server.url('/a.png')]).toMatch(/^bsimg:\/\/img\/[A-Za-z0-9_-]{64}$/);
  });

  test('failures are not retried on every pass, but after the retry delay', async () => {
    const id = f.article(img('/missing.png') + img('/a.png'));
    await f.cache.cacheArticles([id]);
    await f.cache.cacheArticles([id]);
    expect(server.hits('/missing.png')).toBe(1);
    expect(server.hits('/a.png')).toBe(1);
    f.clock.now = NOW + 4 * DAY;
    await f.cache.cacheArticles([id], { days: 30 });
    expect(server.hits('/missing.png')).toBe(2);
    expect(server.hits('/a.png')).toBe(1);
  });

  test('identical bytes from two addresses and two articles are stored once', async () => {
    const one = f.article(img('/a.png'));
    const two = f.article(img('/same-as-a.png') + img('/a.png'));
    const report = await f.cache.cacheArticles([one, two]);
    // Two concurrent downloads of the same bytes may both write; the rename makes that harmless.
    expect(report.downloaded + report.reused).toBe(2);
    expect(cachedFiles()).toBe(1);
    await f.cache.cacheArticles([
      f.article(img('/same-as-a.png') + '<img src="/a.png?again">', { url: server.url('/x') }),
    ]);
    expect(cachedFiles()).toBe(1);
    expect(f.cache.map(two)[server.url('/same-as-a.png')]).toBe(f.cache.map(one)[server.url('/a.png')]);
  });

  test('a pass waits for a picture another pass is downloading, instead of skipping or fetching it again', async () => {
    const one = f.article(img('/b.png'));
    const two = f.article(img('/b.png'));
    const first = f.cache.cacheArticles([one]);
    await f.cache.cacheArticles([two]);
    // The second pass's caller (the reader waiting for a full text) finds the picture cached when it returns.
    expect(Object.keys(f.cache.map(two))).toEqual([server.url('/b.png')]);
    await first;
    expect(server.hits('/b.png')).toBe(1);
  });

  test('only articles of the last N days, and bookmarks of any age', async () => {
    const recent = f.article(img('/a.png'));
    const old = f.article(img('/b.png'), { publishedAt: NOW - 20 * DAY });
    const oldBookmarked = f.article(img('/c.jpg'), { publishedAt: NOW - 400 * DAY });
    await f.handlers['bookmarks.set'](oldBookmarked, {});
    const report = await f.cache.cacheRecent();
    expect(report.articles).toBe(2);
    expect(server.hits('/b.png')).toBe(0);
    expect(Object.keys(f.cache.map(recent))).toHaveLength(1);
    expect(Object.keys(f.cache.map(oldBookmarked))).toHaveLength(1);
    expect(f.cache.map(old)).toEqual({});
    await f.cache.cacheRecent({ days: 30 });
    expect(server.hits('/b.png')).toBe(1);
  });

  test('a cancelled pass stops without errors', async () => {
    const id = f.article(img('/a.png'));
    const controller = new AbortController();
    controller.abort();
    const report = await f.cache.cacheArticles([id], { signal: controller.signal });
    expect(report.downloaded).toBe(0);
    expect(server.hits('/a.png')).toBe(0);
  });
});

describe('the image map', () => {
  test('maps every alias, counts as a use, and forgets files removed behind its back', async () => {
    const id = f.article(
      `<img src="${server.url('/a.png')}" srcset="${server.url('/a.png')} 300w, ${server.url('/b.png')} 1200w">`,
    );
    await f.cache.cacheArticles([id]);
    expect(server.hits('/a.png')).toBe(0);
    f.clock.now = NOW + DAY;
    const map = f.cache.map(id);
    expect(map[server.url('/a.png')]).toBe(map[server.url('/b.png')]);
    expect(row(server.url('/b.png'))?.last_used_at).toBe(NOW + DAY);

    const hash = row(server.url('/b.png'))!.content_hash!;
    rmSync(imagePath(join(f.dir, 'images'), hash));
    expect(f.cache.map(id)).toEqual({});
    expect(row(server.url('/b.png'))).toMatchObject({ content_hash: null, fetched_at: null });
    await f.cache.cacheArticles([id]);
    expect(server.hits('/b.png')).toBe(2);
  });

  test('unknown articles are NOT_FOUND', () => {
    expect(() => f.cache.map('999999')).toThrow(/No article/);
    expect(() => f.cache.map('../1')).toThrow(/No article/);
  });

  test('the map is keyed safely even for hostile addresses', async () => {
    const id = f.article(`<img src="__proto__" srcset="${server.url('/a.png')} 100w">`, {
      url: `${server.url('/story')}`,
    });
    await f.cache.cacheArticles([id]);
    const map = f.cache.map(id);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.hasOwn(map, '__proto__')).toBe(true);
  });
});

describe('the quota', () => {
  test('evicts least recently used first, never bookmarked articles’ images, and deletes their files', async () => {
    const paths = ['/big-1.png', '/big-2.png', '/big-3.png'];
    const ids = paths.map((path) => f.article(img(path)));
    await f.cache.cacheArticles(ids);
    await f.handlers['bookmarks.set'](ids[0]!, {});
    f.clock.now = NOW + 1000;
    f.cache.map(ids[1]!); // big-2 is now the most recently used

    const files = () => paths.map((path) => row(server.url(path))?.content_hash ?? null);
    const before = files();
    const result = await f.cache.enforceQuota(1500);
    expect(result.evicted).toBe(1);
    const after = files();
    expect(after[0]).toBe(before[0]); // bookmarked: immune even though least recently used
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBeNull();
    expect(existsSync(imagePath(join(f.dir, 'images'), before[2]!))).toBe(false);

    await f.cache.enforceQuota(0);
    expect(files()[0]).toBe(before[0]);
    expect(existsSync(imagePath(join(f.dir, 'images'), before[0]!))).toBe(true);
    expect(files()[1]).toBeNull();
    // Evicted pictures are not fetched straight back by the next pass.
    await f.cache.cacheArticles(ids);
    expect(server.hits('/big-2.png')).toBe(1);
  });

  test('a file shared with a kept image survives eviction of the other address', async () => {
    const kept = f.article(img('/a.png'));
    const other = f.article(img('/same-as-a.png'));
    await f.cache.cacheArticles([kept, other]);
    await f.handlers['bookmarks.set'](kept, {});
    await f.cache.enforceQuota(0);
    expect(row(server.url('/same-as-a.png'))?.content_hash).toBeNull();
    const hash = row(server.url('/a.png'))!.content_hash!;
    expect(existsSync(imagePath(join(f.dir, 'images'), hash))).toBe(true);
    expect(Object.keys(f.cache.map(kept))).toHaveLength(1);
  });
});
