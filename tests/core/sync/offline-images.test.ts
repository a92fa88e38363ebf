import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { imagesDir } from '../../../electron/core/images/cache-paths';
import { createImageResolver } from '../../../electron/core/images/resolve-image';
import { PREVIEW_IMAGE_ROUTE } from '../../../electron/core/images/cache-url';
import { rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, type Harness } from './support/sync-harness';
import { solidPng } from '../../support/png';

/**
 * The offline-image settings travel host → `sync.configure` → core, and the
 * pass that follows every refresh obeys them. Driven through the contract's
 * handlers, against a local server; waits on the service's own idle promise.
 */
let server: FeedServer;
let h: Harness;
const PNG = solidPng();
const DAY = 86_400_000;
beforeAll(async () => {
  server = await startFeedServer();
  server.set('/pic.png', { contentType: 'image/png', body: PNG });
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

async function subscribeAndRefresh(feedPath: string): Promise<{ articleId: string; imageUrl: string }> {
  const imageUrl = server.url('/pic.png');
  server.set(feedPath, {
    body: rss('Pictures', [
      {
        guid: `${feedPath}-1`,
        title: 'A story with a picture',
        description: `<p>Look:</p><img src="${imageUrl}" alt="">`,
      },
    ]),
  });
  const feedId = h.addFeed({ url: server.url(feedPath), title: 'Pictures' });
  const finishedBefore = h.eventsOf('sync.finished').length;
  await call(h, 'sync.refresh', { kind: 'feed', id: feedId });
  // The engine emits sync.finished (which queues the image pass) before it reports idle.
  await h.core.sync.engine.idle();
  expect(h.eventsOf('sync.finished')).toHaveLength(finishedBefore + 1);
  await h.core.whenImagesIdle();
  const [article] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId } })).items;
  return { articleId: article!.id, imageUrl };
}

describe('offline images follow the reader’s settings', () => {
  it('caches an article’s picture after a refresh: images.map gives a cache URL whose file holds the bytes', async () => {
    h = createHarness();
    await call(h, 'sync.configure', {
      refreshIntervalMinutes: 30,
      proxy: '',
      offlineImages: true,
      offlineImagesDays: 14,
      imageCacheQuotaMB: 2048,
    });
    const hitsBefore = server.hits('/pic.png');
    const { articleId, imageUrl } = await subscribeAndRefresh('/on.xml');
    expect(server.hits('/pic.png')).toBe(hitsBefore + 1);

    const map = await call(h, 'images.map', articleId);
    const cached = map[imageUrl];
    expect(cached).toMatch(new RegExp(`^${PREVIEW_IMAGE_ROUTE}`));
    const resolved = await createImageResolver(imagesDir(h.dir))(cached!.slice(PREVIEW_IMAGE_ROUTE.length));
    expect(resolved).toMatchObject({ contentType: 'image/png', byteSize: PNG.length });
    expect(existsSync(resolved!.path)).toBe(true);
    expect(readFileSync(resolved!.path).equals(PNG)).toBe(true);
  });

  it('downloads nothing when offline images are switched off', async () => {
    h = createHarness();
    await call(h, 'sync.configure', {
      refreshIntervalMinutes: 30,
      proxy: '',
      offlineImages: false,
      offlineImagesDays: 14,
      imageCacheQuotaMB: 2048,
    });
    const hitsBefore = server.hits('/pic.png');
    const { articleId } = await subscribeAndRefresh('/off.xml');
    expect(server.hits('/pic.png')).toBe(hitsBefore);
    expect(await call(h, 'images.map', articleId)).toEqual({});
  });

  it('leaves articles older than the configured number of days alone, and catches up when the window widens', async () => {
    h = createHarness();
    h.clock.now += 5 * DAY; // the feed's item is now five days old
    await call(h, 'sync.configure', {
      refreshIntervalMinutes: 30,
      proxy: '',
      offlineImages: true,
      offlineImagesDays: 3,
      imageCacheQuotaMB: 2048,
    });
    const hitsBefore = server.hits('/pic.png');
    const { articleId, imageUrl } = await subscribeAndRefresh('/old.xml');
    expect(server.hits('/pic.png')).toBe(hitsBefore);

    // Reaching further back starts a pass at once; no refresh needed.
    await call(h, 'sync.configure', {
      refreshIntervalMinutes: 30,
      proxy: '',
      offlineImages: true,
      offlineImagesDays: 7,
      imageCacheQuotaMB: 2048,
    });
    await h.core.whenImagesIdle();
    expect(server.hits('/pic.png')).toBe(hitsBefore + 1);
    expect(Object.keys(await call(h, 'images.map', articleId))).toEqual([imageUrl]);
  });
});
