import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ListQuerySchema, type ListScope } from '../../electron/api/library-queries';
import { countUnread } from '../../electron/core/library/articles/counts';
import { listArticles } from '../../electron/core/library/articles/list-articles';
import { markRead } from '../../electron/core/library/articles/read-state';
import { upsertArticles } from '../../electron/core/library/articles/upsert-articles';
import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';
import { setBookmark } from '../../electron/core/library/bookmarks';
import { addFeed } from '../../electron/core/library/feeds';
import { openLibrary } from '../../electron/core/library/open-library';
import { searchArticles } from '../../electron/core/library/search/search-articles';
import { createSection } from '../../electron/core/library/sections';
import { createCorpus, createRandom } from './corpus';
import { percentile, round, time } from './measure';
import { storeSearches } from './store-searches';

/**
 * The store benchmark from issue 3: a 100,000-article library, timed ingest,
 * open, lists, counts and search. Prints one JSON object. Not a test: the
 * figures depend on the machine and are recorded in docs/PERFORMANCE.md.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const FEEDS = 40;
const SECTIONS = 8;
const BATCH = 50;
const NOW = Date.now();

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
const path = join(dir, 'library.sqlite');
const random = createRandom(42);
const corpus = createCorpus(random);

let library = openLibrary(path, { skipIntegrityCheck: true });
let db = library.db();
const sections = Array.from({ length: SECTIONS }, (_, i) => createSection(db, `Section ${i}`, NOW).id);
const feeds = Array.from(
  { length: FEEDS },
  (_, i) =>
    addFeed(db, { url: `https://feed-${i}.example/rss`, title: `Feed ${i}`, sectionId: sections[i % SECTIONS]! }, NOW)
      .id,
);

// Documents as the sync engine would deliver them: one feed, BATCH entries, spread over 120 days.
const documents: { feed: string; entries: ParsedEntry[] }[] = [];
for (let n = 0; n < ARTICLES; n += BATCH) {
  const feed = Math.floor(random() * FEEDS);
  const entries = Array.from({ length: Math.min(BATCH, ARTICLES - n) }, (_, i) =>
    corpus.entry(feed, n + i, NOW - Math.floor(((ARTICLES - n - i) / ARTICLES) * 120 * 86_400_000)),
  );
  documents.push({ feed: feeds[feed]!, entries });
}
const ingest = time(() => documents.forEach((doc) => upsertArticles(db, doc.feed, doc.entries, NOW)));

// A reader's state: most older articles read, some bookmarked with tags.
markRead(db, { kind: 'all' }, true, NOW);
const recent = listArticles(db, ListQuerySchema.parse({ scope: { kind: 'all' }, limit: 200 }), NOW).items;
markRead(db, { kind: 'articles', ids: recent.map((a) => a.id) }, false, NOW);
for (let i = 0; i < 300; i += 1)
  setBookmark(db, String(1 + Math.floor(random() * ARTICLES)), { tags: [`tag${i % 10}`] }, NOW);
db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
const bytes = statSync(path).size;
library.close();

const open = time(() => openLibrary(path, { skipIntegrityCheck: true }));
library = open.value;
db = library.db();
const integrity = time(() => new DatabaseSync(path, { readOnly: true }).prepare('PRAGMA quick_check').all());

const scopes: ListScope[] = [
  { kind: 'all' },
  { kind: 'unread' },
  { kind: 'today' },
  { kind: 'bookmarks' },
  { kind: 'bookmarks', tag: 'tag3' },
  ...sections.slice(0, 3).map((sectionId) => ({ kind: 'section' as const, sectionId })),
  ...feeds.slice(0, 3).map((feedId) => ({ kind: 'feed' as const, feedId })),
  { kind: 'category', category: 'Economy' },
  { kind: 'category', category: 'West Asia' },
];
const listSamples: number[] = [];
// Slowest query per kind, so a missed target points at its cause.
const slowestList: Record<string, number> = {};
const slowestSearch: Record<string, number> = {};
for (let i = 0; i < 200; i += 1) {
  const scope = scopes[i % scopes.length]!;
  const order = i % 2 === 0 ? 'newest' : 'oldest';
  const first = listArticles(db, ListQuerySchema.parse({ scope, order }), NOW);
  // Every other query is a later page, reached by the previous page's cursor.
  const cursor = i % 4 < 2 ? undefined : (first.nextCursor ?? undefined);
  const ms = time(() =>
    listArticles(db, ListQuerySchema.parse({ scope, order, cursor, unreadOnly: i % 5 === 0 }), NOW),
  ).ms;
  listSamples.push(ms);
  const key = `${scope.kind}${i % 5 === 0 ? '+unreadOnly' : ''}`;
  slowestList[key] = Math.max(slowestList[key] ?? 0, round(ms));
}

const countSamples = Array.from({ length: 20 }, () => time(() => countUnread(db, NOW)).ms);

const searchSamples: number[] = [];
for (const { key, query } of storeSearches(corpus.vocabulary, sections, NOW)) {
  const ms = time(() => searchArticles(db, query)).ms;
  searchSamples.push(ms);
  slowestSearch[key] = Math.max(slowestSearch[key] ?? 0, round(ms));
}

library.close();
// BENCH_KEEP=file keeps the library for search-profile.ts (the same searches, repeated, per query).
if (process.env.BENCH_KEEP) copyFileSync(path, process.env.BENCH_KEEP);
rmSync(dir, { recursive: true, force: true });
// stdout carries exactly the figures; diagnostics go to stderr.
console.log(
  JSON.stringify({
    store_ingest_articles_per_s: Math.round(ARTICLES / (ingest.ms / 1000)),
    store_open_ms: round(open.ms),
    store_list_p95_ms: percentile(listSamples, 95),
    store_counts_ms: percentile(countSamples, 50),
    store_search_p95_ms: percentile(searchSamples, 95),
    store_bytes_per_article: Math.round(bytes / ARTICLES),
  }),
);
console.error(
  JSON.stringify({
    articles: ARTICLES,
    store_list_p50_ms: percentile(listSamples, 50),
    store_search_p50_ms: percentile(searchSamples, 50),
    store_search_max_ms: percentile(searchSamples, 100),
    store_quick_check_ms: round(integrity.ms),
    slowest_list_ms_by_kind: slowestList,
    slowest_searches_ms: Object.fromEntries(
      Object.entries(slowestSearch)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8),
    ),
    sqlite: process.versions.sqlite,
    node: process.versions.node,
  }),
);
