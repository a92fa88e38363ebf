import { createFetcher, type Fetcher } from '../../../../electron/core/net/fetch-resource';
import { createLimiter } from '../../../../electron/core/net/limiter';
import {
  createImageCache,
  type ImageCache,
  type ImageCacheOptions,
} from '../../../../electron/core/images/image-cache';
import type { ParsedEntry } from '../../../../electron/core/library/articles/parsed-entry';
import { createFixture, HOUR, NOW, type Fixture } from '../../library/support/library-fixture';

/** A library, a real fetcher and an image cache on one temporary data folder. */
export interface CacheFixture extends Fixture {
  cache: ImageCache;
  fetcher: Fetcher;
  feedId: string;
  article(html: string, options?: Partial<ParsedEntry>): string;
  close(): Promise<void>;
}

export function createCacheFixture(options: Pick<ImageCacheOptions, 'shrink'> = {}): CacheFixture {
  const f = createFixture();
  const fetcher = createFetcher({ appVersion: 'test' });
  const cache = createImageCache({
    dataDir: f.dir,
    db: () => f.library.db(),
    fetcher: () => fetcher,
    limiter: createLimiter(),
    runtime: 'electron',
    now: () => f.clock.now,
    ...options,
  });
  const feedId = f.addFeed();
  let count = 0;
  return {
    ...f,
    cache,
    fetcher,
    feedId,
    article(html, options = {}) {
      count += 1;
      const entry: ParsedEntry = {
        guid: `g${count}`,
        url: `https://news.example/${count}`,
        title: `Story ${count}`,
        publishedAt: NOW - count * HOUR,
        contentHtml: html,
        ...options,
      };
      return f.ingest(feedId, [entry])[0]!;
    },
    async close() {
      await fetcher.close();
      f.dispose();
    },
  };
}
