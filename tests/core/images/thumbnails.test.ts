import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { all, get } from '../../../electron/core/db/sql';
import { imagePath } from '../../../electron/core/images/cache-paths';
import { createImageCache } from '../../../electron/core/images/image-cache';
import { createImageResolver } from '../../../electron/core/images/resolve-image';
import { MAX_THUMBNAIL_BYTES, shrinkImage, THUMBNAIL_BOX } from '../../../electron/core/images/shrink-image';
import { createImageCacheHandler } from '../../../electron/main/image-protocol';
import { serveImage } from '../../../electron/preview/image-route';
import { createCacheFixture, type CacheFixture } from './support/cache-fixture';
import { startImageServer, type ImageServer } from './support/image-server';
import { photo, pngBomb, truncated } from './support/real-images';

let server: ImageServer;
let f: CacheFixture;
beforeAll(async () => {
  server = await startImageServer();
});
afterAll(() => server.close());
afterEach(async () => {
  server.reset();
  await f?.close();
});

const KEY_URL = /^bsimg:\/\/img\/([A-Za-z0-9_-]{64})$/;
const keyOf = (url: string | null | undefined) => KEY_URL.exec(url ?? '')?.[1] ?? null;
const root = () => join(f.dir, 'images');

/** An article whose lead picture is served at `path` (and whose text shows another picture). */
function story(path: string, body = '') {
  return f.article(`<p>Story.</p>${body}`, { leadImageUrl: server.url(path) });
}

async function fetchPreviewRoute(key: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const resolve = createImageResolver(root());
  const http: Server = createServer((request, response) => void serveImage(request, response, resolve));
  await new Promise<void>((ready) => http.listen(0, '127.0.0.1', ready));
  try {
    const { port } = http.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/images/${key}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  } finally {
    await new Promise((done) => http.close(done));
  }
}

describe('thumbnails of cached lead pictures', () => {
  test('a cached lead picture gets a small copy, served by the bsimg: protocol and the preview route alike', async () => {
    f = createCacheFixture();
    server.put('/lead.jpg', 'image/jpeg', await photo(1600, 1000));
    server.put('/inline.jpg', 'image/jpeg', await photo(1200, 800));
    const id = story('/lead.jpg', `<img src="${server.url('/inline.jpg')}">`);

    const report = await f.cache.cacheArticles([id]);
    // Only the lead picture is shown in lists; the one inside the text gets no small copy.
    expect(report).toMatchObject({ downloaded: 2, thumbnails: 1 });

    const picture = f.cache.thumbnails([id])[id]!;
    expect(picture.thumbnail).toMatch(KEY_URL);
    expect(picture.image).toMatch(KEY_URL);
    expect(picture.thumbnail).not.toBe(picture.image);

    const handler = createImageCacheHandler(createImageResolver(root()));
    const response = await handler(new Request(picture.thumbnail!));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_THUMBNAIL_BYTES);
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([THUMBNAIL_BOX, 250]);

    const viaPreview = await fetchPreviewRoute(keyOf(picture.thumbnail)!);
    expect(viaPreview).toMatchObject({ status: 200, type: 'image/webp' });
    expect(viaPreview.bytes).toEqual(bytes);
  });

  test('a picture not kept gets the placeholder; an article without one is left out; stale ids are ignored', async () => {
    f = createCacheFixture();
    const missing = story('/missing.png');
    const bare = f.article('<p>No pictures at all.</p>');
    await f.cache.cacheArticles([missing, bare]);
    expect(f.cache.thumbnails([missing, bare, '999999', 'not-an-id', ''])).toEqual({
      [missing]: { thumbnail: null, image: null },
    });
  });

  test('the same bytes at two addresses share one small copy', async () => {
    f = createCacheFixture();
    const bytes = await photo(900, 600);
    server.put('/one.jpg', 'image/jpeg', bytes);
    server.put('/two.jpg', 'image/jpeg', bytes);
    const [one, two] = [story('/one.jpg'), story('/two.jpg')];
    const report = await f.cache.cacheArticles([one, two]);
    expect(report.thumbnails).toBe(1);
    const pictures = f.cache.thumbnails([one, two]);
    expect(pictures[one]!.thumbnail).toBe(pictures[two]!.thumbnail);
  });

  test.each([
    ['a truncated JPEG', async () => truncated(await photo(1600, 1000))],
    ['a 30,000 × 30,000 PNG bomb', async () => pngBomb()],
  ])(
    'a lead picture that is %s gets no small copy, is not tried again, and the pass carries on',
    async (_name, bytes) => {
      const shrink = vi.fn(shrinkImage);
      f = createCacheFixture({ shrink });
      server.put('/bad.png', 'image/png', await bytes());
      server.put('/good.jpg', 'image/jpeg', await photo(800, 500));
      const [bad, good] = [story('/bad.png'), story('/good.jpg')];

      const report = await f.cache.cacheArticles([bad, good]);
      expect(report).toMatchObject({ downloaded: 2, thumbnails: 1 });
      const pictures = f.cache.thumbnails([bad, good]);
      expect(pictures[bad]).toEqual({ thumbnail: null, image: expect.stringMatching(KEY_URL) });
      expect(pictures[good]!.thumbnail).toMatch(KEY_URL);

      shrink.mockClear();
      await f.cache.cacheArticles([bad, good]);
      expect((await f.cache.catchUpThumbnails()).made).toBe(0);
      expect(shrink).not.toHaveBeenCalled();
    },
  );
});

describe('thumbnails and the quota', () => {
  const thumbFiles = () =>
    all<{ thumb: string }>(f.library.db(), 'SELECT thumb_hash AS thumb FROM image_thumbnails').map((row) =>
      imagePath(root(), row.thumb),
    );

  test('count toward the quota, and go with their picture', async () => {
    f = createCacheFixture();
    server.put('/old.jpg', 'image/jpeg', await photo(1000, 700));
    server.put('/new.jpg', 'image/jpeg', await photo(1100, 700));
    const [old, recent] = [story('/old.jpg'), story('/new.jpg')];
    await f.cache.cacheArticles([old, recent]);
    f.clock.now += 1000;
    f.cache.map(recent); // read, so the other one is the least recently used
    const [oldThumb, recentThumb] = [old, recent].map((id) => f.cache.thumbnails([id])[id]!.thumbnail);
    expect(thumbFiles().every((path) => existsSync(path))).toBe(true);

    // Room for both pictures, but not for both with their thumbnails.
    const pictureBytes = get<{ total: number }>(f.library.db(), 'SELECT SUM(byte_size) AS total FROM images')!.total;
    const report = await f.cache.enforceQuota(pictureBytes);
    expect(report.evicted).toBe(1);

    expect(f.cache.thumbnails([old])[old]).toEqual({ thumbnail: null, image: null });
    expect(f.cache.thumbnails([recent])[recent]!.thumbnail).toBe(recentThumb);
    const resolve = createImageResolver(root());
    expect(await resolve(keyOf(oldThumb)!)).toBeNull();
    expect(await resolve(keyOf(recentThumb)!)).not.toBeNull();
    expect(thumbFiles()).toHaveLength(1);
  });

  test("a bookmark's picture and its thumbnail are never evicted", async () => {
    f = createCacheFixture();
    server.put('/kept.jpg', 'image/jpeg', await photo(1000, 700));
    const id = story('/kept.jpg');
    await f.handlers['bookmarks.set'](id, {});
    await f.cache.cacheArticles([id]);
    expect(await f.cache.enforceQuota(0)).toMatchObject({ evicted: 0 });
    expect(f.cache.thumbnails([id])[id]!.thumbnail).toMatch(KEY_URL);
    expect(thumbFiles().every((path) => existsSync(path))).toBe(true);
  });
});

describe('the thumbnail catch-up after the upgrade', () => {
  test('lists show the cached picture until then; it runs in small batches, newest first, and resumes', async () => {
    // Before the upgrade: pictures were cached, and nothing made small copies.
    f = createCacheFixture({ shrink: async () => ({ kind: 'unavailable', reason: 'before the upgrade' }) });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      server.put(`/p${i}.jpg`, 'image/jpeg', await photo(120 + i, 90));
      ids.push(story(`/p${i}.jpg`));
    }
    expect((await f.cache.cacheArticles(ids)).thumbnails).toBe(0);
    const before = f.cache.thumbnails(ids);
    expect(ids.every((id) => before[id]!.thumbnail === before[id]!.image && KEY_URL.test(before[id]!.image!))).toBe(
      true,
    );

    const upgraded = () =>
      createImageCache({
        dataDir: f.dir,
        db: () => f.library.db(),
        fetcher: () => f.fetcher,
        runtime: 'electron',
        now: () => f.clock.now,
      });
    const first = await upgraded().catchUpThumbnails();
    expect(first).toMatchObject({ made: 16, more: true });
    const newest = [...ids].sort((a, b) => Number(b) - Number(a));
    const small = (id: string) => {
      const picture = f.cache.thumbnails([id])[id]!;
      return picture.thumbnail !== picture.image;
    };
    expect(newest.slice(0, 16).every(small)).toBe(true);
    expect(newest.slice(16).some(small)).toBe(false);

    // The app quits here; after a restart the catch-up starts over and finds only what is left.
    const second = await upgraded().catchUpThumbnails();
    expect(second).toMatchObject({ made: 4, more: false });
    expect(ids.every(small)).toBe(true);
  });
});
