import { storeImageFile } from '../../../../electron/core/images/store-image';
import { imagesDir } from '../../../../electron/core/images/cache-paths';
import { linkArticleImages, recordImage } from '../../../../electron/core/images/image-index';
import { createFixture, entries, NOW, type Fixture } from '../../library/support/library-fixture';

/** A PNG-looking byte string (the cache sniffs magic bytes; these tests only move bytes). */
export function pngBytes(seed: number, size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff;
  return bytes;
}

/**
 * A library with everything a backup carries: ordered sections, feeds with
 * options (one unsubscribed but kept for a bookmark), bookmarks with tags,
 * notes, full text and cached images, read and unread articles.
 */
export async function buildLibrary(prefix = 'a'): Promise<Fixture & { articleIds: string[] }> {
  const fixture = createFixture();
  const h = syncHandlers(fixture.handlers);
  const world = fixture.addSection('World');
  const korea = fixture.addSection('Korea');
  fixture.addSection('Empty');
  h['sections.reorder']([korea, world, h['sections.list']()[2]!.id]);
  const f1 = fixture.addFeed('Seoul Times', korea);
  const f2 = fixture.addFeed('Globe', world);
  const f3 = fixture.addFeed('Loose');
  h['feeds.update'](f1, { options: { fullText: true, refreshMinutes: 60 } });
  h['feeds.update'](f3, { options: { paused: true } });
  const ids1 = fixture.ingest(
    f1,
    entries(6, `${prefix}1`).map((e, i) =>
      i === 0 ? { ...e, fullTextHtml: '<p>Full bookmarked text</p>', categories: ['Politics'] } : e,
    ),
  );
  const ids2 = fixture.ingest(f2, entries(4, `${prefix}2`));
  const ids3 = fixture.ingest(f3, entries(3, `${prefix}3`));
  const db = fixture.library.db();
  h['bookmarks.set'](ids1[0]!, { tags: ['korea', 'long read'], note: 'Read again' });
  h['bookmarks.set'](ids2[1]!, { tags: ['world'] });
  h['bookmarks.set'](ids3[2]!, { note: 'From a feed I left' });
  h['articles.markRead']({ kind: 'articles', ids: [ids1[0]!, ids1[2]!, ids2[0]!, ids3[0]!] }, true);
  // A bookmarked article's images, cached; one image shared with an unbookmarked article.
  const root = imagesDir(fixture.dir);
  for (const [n, url] of ['https://img.example/1.png', 'https://img.example/2.png'].entries()) {
    const stored = await storeImageFile(root, pngBytes(n));
    recordImage(db, { url, contentHash: stored.contentHash, mimeType: 'image/png', byteSize: stored.byteSize }, NOW);
  }
  linkArticleImages(db, ids1[0]!, [
    'https://img.example/1.png',
    'https://img.example/2.png',
    'https://img.example/missing.png',
  ]);
  linkArticleImages(db, ids2[2]!, ['https://img.example/2.png']);
  h['feeds.remove'](f3);
  return { ...fixture, articleIds: [...ids1, ...ids2, ...ids3] };
}

/** The library handlers answer synchronously; this drops the `| Promise` from their types for readable tests. */
export type SyncHandlers<H> = {
  [K in keyof H]: H[K] extends (...args: infer A) => infer R ? (...args: A) => Awaited<R> : never;
};
export function syncHandlers<H extends object>(handlers: H): SyncHandlers<H> {
  return handlers as unknown as SyncHandlers<H>;
}
