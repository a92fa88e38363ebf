import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imagePath, imagesDir } from '../../../../electron/core/images/cache-paths';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { linkArticleImages, recordImage } from '../../../../electron/core/images/image-index';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';
import { gradientPng } from '../../../support/png';

/**
 * A library with one article showing two web pictures: one already in the
 * offline image cache (its bytes stored under their SHA-256 and indexed, as
 * an image pass leaves them), one never downloaded.
 */
export const CACHED_IMAGES = {
  section: 'World',
  feed: 'Harbour Times',
  title: 'The harbour wall holds through the winter storms',
  cached: { url: 'https://images.example/harbour.png', alt: 'The harbour at dawn' },
  missing: { url: 'https://images.example/sea-wall-map.png', alt: 'A map of the new sea wall' },
} as const;

export function seedCachedImages(dataDir: string, now = Date.now()): void {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const sectionId = createSection(db, CACHED_IMAGES.section, now).id;
    const feedId = addFeed(
      db,
      { url: 'https://feeds.example/harbour.xml', title: CACHED_IMAGES.feed, sectionId },
      now,
    ).id;
    const { cached, missing } = CACHED_IMAGES;
    const { ids } = upsertArticles(
      db,
      feedId,
      [
        {
          guid: 'harbour-1',
          url: 'https://news.example/harbour/1',
          title: CACHED_IMAGES.title,
          summary: 'Engineers say the new wall took the worst of the season without a breach.',
          publishedAt: now - 3_600_000,
          contentHtml: [
            '<p>Engineers say the new wall took the worst of the season without a breach.</p>',
            `<figure><img src="${cached.url}" alt="${cached.alt}" width="480" height="200"><figcaption>Kept offline with the article.</figcaption></figure>`,
            '<p>The next phase extends the wall to the northern quay.</p>',
            `<figure><img src="${missing.url}" alt="${missing.alt}"><figcaption>Never downloaded.</figcaption></figure>`,
          ].join('\n'),
        },
      ],
      now,
    );
    const bytes = gradientPng([46, 91, 160], [118, 162, 214], 200, 480);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const file = imagePath(imagesDir(dataDir), contentHash);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    linkArticleImages(db, ids[0]!, [cached.url, missing.url]);
    recordImage(db, { url: cached.url, contentHash, mimeType: 'image/png', byteSize: bytes.byteLength }, now);
  } finally {
    library.close();
  }
}
