import { join } from 'node:path';
import { ListQuerySchema } from '../../electron/api/library-queries';
import { listArticles } from '../../electron/core/library/articles/list-articles';
import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';
import { markRead } from '../../electron/core/library/articles/read-state';
import { upsertArticles } from '../../electron/core/library/articles/upsert-articles';
import { setBookmark } from '../../electron/core/library/bookmarks';
import { addFeed } from '../../electron/core/library/feeds';
import { openLibrary } from '../../electron/core/library/open-library';
import { createSection } from '../../electron/core/library/sections';
import { transaction } from '../../electron/core/db/sql';
import { createCorpus, createRandom } from './corpus';

export interface SeededLibrary {
  sections: string[];
  feeds: string[];
  /** A common word of the corpus, for a search that has many results. */
  searchWord: string;
}

/**
 * Writes `<dataDir>/library.sqlite` the way the store benchmark does (same
 * corpus, same shape: 40 feeds in 8 sections over 120 days, most older
 * articles read, 300 bookmarks), through the core's own modules.
 */
export function seedUiLibrary(dataDir: string, articles: number, now = Date.now()): SeededLibrary {
  const random = createRandom(42);
  const corpus = createCorpus(random);
  const library = openLibrary(join(dataDir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  try {
    const sections = Array.from({ length: 8 }, (_, i) => `Section ${i}`);
    const sectionIds = sections.map((name) => createSection(db, name, now).id);
    const feeds = Array.from({ length: 40 }, (_, i) => `Feed ${i}`);
    const feedIds = feeds.map(
      (title, i) => addFeed(db, { url: `https://feed-${i}.example/rss`, title, sectionId: sectionIds[i % 8]! }, now).id,
    );
    // 50-entry documents as sync delivers them, committed 5,000 articles at a time: this only
    // builds the library (the store benchmark times ingest), so fewer commits just save minutes.
    for (let start = 0; start < articles; start += 5000) {
      transaction(db, () => {
        for (let n = start; n < Math.min(articles, start + 5000); n += 50) {
          const feed = Math.floor(random() * feeds.length);
          const entries: ParsedEntry[] = Array.from({ length: Math.min(50, articles - n) }, (_, i) =>
            corpus.entry(feed, n + i, now - Math.floor(((articles - n - i) / articles) * 120 * 86_400_000)),
          );
          upsertArticles(db, feedIds[feed]!, entries, now);
        }
      });
    }
    // A library in use has had its languages checked (the language pass runs once after the upgrade): this
    // benchmark times the reader's side, not that one-off background work competing for the two cores.
    db.exec("UPDATE articles SET language_source = 'feed'");
    markRead(db, { kind: 'all' }, true, now);
    const recent = listArticles(db, ListQuerySchema.parse({ scope: { kind: 'all' }, limit: 200 }), now).items;
    markRead(db, { kind: 'articles', ids: recent.map((a) => a.id) }, false, now);
    for (let i = 0; i < 300; i += 1)
      setBookmark(db, String(1 + Math.floor(random() * articles)), { tags: [`tag${i % 10}`] }, now);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return { sections, feeds, searchWord: corpus.vocabulary[3]! };
  } finally {
    library.close();
  }
}
