import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { get, run } from '../../../electron/core/db/sql';
import { createImageHandlers } from '../../../electron/core/images/image-handlers';
import { ImagePasses, type ImageSettings } from '../../../electron/core/images/image-passes';
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

const setIcon = (feedId: string, path: string | null) =>
  run(f.library.db(), 'UPDATE feeds SET icon_url = ? WHERE id = ?', path && server.url(path), Number(feedId));
const hashOf = (path: string) =>
  get<{ content_hash: string | null }>(
    f.library.db(),
    'SELECT content_hash FROM images WHERE url = ?',
    server.url(path),
  )?.content_hash ?? null;
const CACHE_URL = /^bsimg:\/\/img\/[A-Za-z0-9_-]{64}$/;

describe("feeds' icons in the offline cache", () => {
  test('the pass after a refresh caches each feed’s icon, and images.feedIcons maps it to a cache URL', async () => {
    setIcon(f.feedId, '/a.png');
    const other = f.addFeed();
    const report = await f.cache.cacheRecent();
    expect(report.downloaded).toBe(1);
    expect(server.hits('/a.png')).toBe(1);
    const icons = await createImageHandlers(f.cache)['images.feedIcons']();
    expect(Object.keys(icons)).toEqual([f.feedId]);
    expect(icons[f.feedId]).toMatch(CACHE_URL);
    expect(icons[other]).toBeUndefined();
    // A second pass has nothing to fetch.
    await f.cache.cacheRecent();
    expect(server.hits('/a.png')).toBe(1);
  });

  test('an icon survives the quota although no article shows it, and still counts toward it', async () => {
    setIcon(f.feedId, '/big-1.png');
    const story = f.article(`<img src="${server.url('/big-2.png')}">`);
    await f.cache.cacheRecent();
    expect(hashOf('/big-2.png')).not.toBeNull();
    // 1000 bytes each: the icon alone fits 1500, the icon and the story's picture do not.
    const result = await f.cache.enforceQuota(1500);
    expect(result.evicted).toBe(1);
    expect(hashOf('/big-1.png')).not.toBeNull();
    expect(hashOf('/big-2.png')).toBeNull();
    await f.cache.enforceQuota(0);
    expect(f.cache.feedIcons()[f.feedId]).toMatch(CACHE_URL);
    expect(f.cache.map(story)).toEqual({});
  });

  test('a failed icon is not fetched on every pass, only after the retry delay', async () => {
    setIcon(f.feedId, '/missing.png');
    await f.cache.cacheRecent();
    await f.cache.cacheRecent();
    expect(server.hits('/missing.png')).toBe(1);
    expect(f.cache.feedIcons()).toEqual({});
    f.clock.now = NOW + 4 * DAY;
    await f.cache.cacheRecent();
    expect(server.hits('/missing.png')).toBe(2);
  });

  test('a changed icon is fetched anew, and the old one is no longer protected', async () => {
    setIcon(f.feedId, '/a.png');
    await f.cache.cacheRecent();
    setIcon(f.feedId, '/b.png');
    await f.cache.cacheRecent({ quotaBytes: 0 });
    expect(hashOf('/a.png')).toBeNull();
    expect(hashOf('/b.png')).not.toBeNull();
    expect(f.cache.feedIcons()[f.feedId]).toMatch(CACHE_URL);
  });

  test('with offline images off, no icon is fetched', async () => {
    setIcon(f.feedId, '/a.png');
    const settings: ImageSettings = { offlineImages: false, offlineImagesDays: 14, imageCacheQuotaMB: 2048 };
    const passes = new ImagePasses(() => settings);
    passes.attach(f.cache);
    passes.request();
    await passes.whenIdle();
    await passes.stop();
    expect(server.hits('/a.png')).toBe(0);
    expect(f.cache.feedIcons()).toEqual({});
  });
});
