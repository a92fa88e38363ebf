import { join } from 'node:path';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';
import { createSection } from '../../../../electron/core/library/sections';
import type { XssVector } from '../../../fixtures/xss/corpus';

/** Where the corpus's articles claim to live: relative links and images resolve against it. */
export const ARTICLE_HOST = 'news.example';
/** Vectors per feed: fewer than a list page (100), so every item is loaded when the feed opens. */
const PER_FEED = 50;

export interface SeededVector extends XssVector {
  feed: string;
  title: string;
}

/**
 * One article per vector, in feeds of PER_FEED under a "Hostile" section,
 * published a minute apart so "newest first" lists them in corpus order.
 */
export function seedXssCorpus(dataDir: string, corpus: readonly XssVector[], now = Date.now()): SeededVector[] {
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  const seeded: SeededVector[] = [];
  try {
    const sectionId = createSection(db, 'Hostile', now).id;
    for (let start = 0; start < corpus.length; start += PER_FEED) {
      const feed = `XSS corpus ${start / PER_FEED + 1}`;
      const feedId = addFeed(db, { url: `https://feeds.example/xss-${start}.xml`, title: feed, sectionId }, now).id;
      const chunk = corpus
        .slice(start, start + PER_FEED)
        .map((vector, i) => ({ ...vector, feed, title: `XSS #${start + i + 1}: ${vector.name}` }));
      upsertArticles(
        db,
        feedId,
        chunk.map((vector, i) => ({
          guid: `xss-${start + i}`,
          url: `https://${ARTICLE_HOST}/xss/${start + i}`,
          title: vector.title,
          summary: 'A hostile vector from the XSS corpus.',
          publishedAt: now - (start + i + 1) * 60_000,
          contentHtml: `<p>Vector ${start + i + 1}.</p>${vector.html}`,
        })),
        now,
      );
      seeded.push(...chunk);
    }
  } finally {
    library.close();
  }
  return seeded;
}
