import { join } from 'node:path';
import sharp from 'sharp';
import { imagesDir } from '../../../../electron/core/images/cache-paths';
import { linkArticleImages } from '../../../../electron/core/images/image-index';
import { makeThumbnails } from '../../../../electron/core/images/make-thumbnails';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';
import { keepPicture } from './keep-pictures';

/**
 * A section of three stories for list pictures: one whose 1600 × 1000 lead photo is in the offline cache with its
 * thumbnail (made by the core's own code, as a pass makes it), one whose lead picture was never downloaded (and
 * is plain http, which the page's CSP would refuse anyway), and one with no picture at all.
 */
export const LIST_PICTURES = {
  section: 'Harbour',
  feed: 'Harbour Gazette',
  kept: { title: 'Ferries return to the old harbour', url: 'https://images.example/ferries.jpg' },
  notKept: { title: 'The lighthouse gets a new lamp', url: 'http://images.example/lighthouse.jpg' },
  bare: { title: 'Council minutes, in brief' },
  photo: { width: 1600, height: 1000 },
} as const;

export async function seedListPictures(dataDir: string, now = Date.now()): Promise<void> {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const sectionId = createSection(db, LIST_PICTURES.section, now).id;
    const feedId = addFeed(
      db,
      { url: 'https://feeds.example/gazette.xml', title: LIST_PICTURES.feed, sectionId },
      now,
    ).id;
    const { kept, notKept, bare } = LIST_PICTURES;
    const story = (n: number, title: string, leadImageUrl?: string) => ({
      guid: `gazette-${n}`,
      url: `https://news.example/gazette/${n}`,
      title,
      summary: `${title}: the details, from our harbour correspondent.`,
      publishedAt: now - (n + 1) * 3_600_000,
      contentHtml: `<p>${title}.</p>`,
      ...(leadImageUrl ? { leadImageUrl } : {}),
    });
    const { ids } = upsertArticles(
      db,
      feedId,
      [story(0, kept.title, kept.url), story(1, notKept.title, notKept.url), story(2, bare.title)],
      now,
    );
    const hash = keepPicture(
      db,
      dataDir,
      { articleId: ids[0]!, url: kept.url, bytes: await photo(), mimeType: 'image/jpeg' },
      now,
    );
    linkArticleImages(db, ids[1]!, [notKept.url]);
    const made = await makeThumbnails([hash], { db: () => db, root: imagesDir(dataDir), now: () => now });
    if (made.made !== 1) throw new Error(`the seed's thumbnail was not made: ${JSON.stringify(made)}`);
  } finally {
    library.close();
  }
}

/** A photo-like JPEG: soft gradients, so it looks like a picture in screenshots. */
async function photo(): Promise<Uint8Array> {
  const { width, height } = LIST_PICTURES.photo;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const sky = y < height * 0.55;
      const i = (y * width + x) * 3;
      raw[i] = sky ? 90 + (y * 80) / height : 30 + (x * 40) / width;
      raw[i + 1] = sky ? 140 + (y * 60) / height : 70 + (x * 30) / width;
      raw[i + 2] = sky ? 200 : 110 + 30 * Math.sin(x / 40);
    }
  return new Uint8Array(
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}
