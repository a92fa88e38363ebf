import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionPolicySchema } from '../../../electron/api/library-queries';
import {
  evictionCandidates,
  forgetImages,
  linkArticleImages,
  recordImage,
  touchImage,
} from '../../../electron/core/images/image-index';
import { DAY, NOW, createFixture, entries, type Fixture } from '../library/support/library-fixture';

let f: Fixture;
let ids: string[];
beforeEach(() => {
  f = createFixture();
  ids = f.ingest(f.addFeed(), entries(3));
});
afterEach(() => f.dispose());

const cache = (url: string, size: number, at: number) =>
  recordImage(f.library.db(), { url, contentHash: `hash-${url}`, mimeType: 'image/png', byteSize: size }, at);

describe('image index', () => {
  it('evicts least recently used images first and never those of bookmarked articles', async () => {
    const db = f.library.db();
    cache('https://i.example/a.png', 100, NOW - 3 * DAY);
    cache('https://i.example/b.png', 100, NOW - 2 * DAY);
    cache('https://i.example/kept.png', 100, NOW - 9 * DAY);
    linkArticleImages(db, ids[0]!, ['https://i.example/a.png']);
    linkArticleImages(db, ids[1]!, ['https://i.example/b.png']);
    linkArticleImages(db, ids[2]!, ['https://i.example/kept.png', 'https://i.example/kept.png']);
    await f.handlers['bookmarks.set'](ids[2]!, {});
    touchImage(db, 'https://i.example/a.png', NOW);

    expect(evictionCandidates(db, 1000)).toEqual([]);
    expect(evictionCandidates(db, 150).map((c) => c.url)).toEqual(['https://i.example/b.png']);
    expect(evictionCandidates(db, 0).map((c) => c.url)).toEqual(['https://i.example/b.png', 'https://i.example/a.png']);
  });

  it('offers images no article uses any more first, e.g. after retention', async () => {
    const db = f.library.db();
    cache('https://i.example/old.png', 10, NOW);
    linkArticleImages(db, ids[2]!, ['https://i.example/old.png']);
    await f.handlers['library.runRetention'](
      RetentionPolicySchema.parse({ maxAgeDays: 1, keepUnread: false, keepLatestPerFeed: 0 }),
    );
    f.clock.now = NOW + 10 * DAY;
    await f.handlers['library.runRetention'](
      RetentionPolicySchema.parse({ maxAgeDays: 1, keepUnread: false, keepLatestPerFeed: 0 }),
    );
    const [orphan] = evictionCandidates(db, 1_000_000);
    expect(orphan).toMatchObject({ url: 'https://i.example/old.png', contentHash: 'hash-https://i.example/old.png' });
    forgetImages(db, [orphan!.id]);
    expect(evictionCandidates(db, 0)).toEqual([]);
  });
});
