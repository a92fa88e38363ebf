import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transaction } from '../../electron/core/db/sql';
import { normalizeFeed } from '../../electron/core/feeds/normalize';
import { parseFeed } from '../../electron/core/feeds/parse-feed';
import { loadLanguageDetector } from '../../electron/core/language/language-detector';
import { normalizeEntry } from '../../electron/core/library/articles/normalize-entry';
import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';
import { upsertArticles } from '../../electron/core/library/articles/upsert-articles';
import { addFeed } from '../../electron/core/library/feeds';
import { openLibrary } from '../../electron/core/library/open-library';
import { createFetcher } from '../../electron/core/net/fetch-resource';
import { toParsedEntries } from '../../electron/core/sync/stored-entries';
import { round } from './measure';
import { startFeedServers } from './sync/feed-server';

/**
 * Where a full sync's time goes, one step at a time on one thread, for the
 * sync benchmark's documents (docs/PERFORMANCE.md, "Sync"): fetch, parse,
 * feed normalisation, the reading thread's entry normalisation (language
 * detection included), and the store write
 * with and without the search index, one transaction per feed or per
 * BENCH_GROUP feeds. Prints CPU µs per article (steadier than wall time on a
 * shared machine). Bundle and run like ingest-profile.ts.
 */
const FEEDS = Number(process.env.BENCH_FEEDS ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
const GROUP = Number(process.env.BENCH_GROUP ?? 10);
const NOW = Date.now();
const articles = FEEDS * ITEMS;

const cpuOf = async (work: () => unknown): Promise<number> => {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return round((used.user + used.system) / articles);
};

const served = await startFeedServers({ feeds: FEEDS, items: ITEMS, hosts: 1, gzip: true });
const fetcher = createFetcher({ appVersion: 'bench' });
const bodies: { body: Uint8Array; type: string | undefined; url: string }[] = [];
const fetchUs = await cpuOf(async () => {
  for (const url of served.urls) {
    const result = await fetcher.fetchResource(url);
    if (result.kind !== 'ok') throw new Error(`fetch ${url}: ${result.kind}`);
    bodies.push({ body: result.body, type: result.contentType ?? undefined, url: result.finalUrl });
  }
});
await fetcher.close();
await served.close();

const parsed: ReturnType<typeof parseFeed>[] = [];
const parseUs = await cpuOf(() =>
  bodies.forEach((b) => parsed.push(parseFeed(b.body, { contentType: b.type, url: b.url }))),
);
const entries: ParsedEntry[][] = [];
const feedNormalizeUs = await cpuOf(() =>
  parsed.forEach((p, i) => {
    if (!p.ok) throw new Error(p.message);
    entries.push(toParsedEntries(normalizeFeed(p, { feedUrl: bodies[i]!.url, firstSeenAt: NOW }).articles));
  }),
);
const detect = await loadLanguageDetector();
const entryNormalizeUs = await cpuOf(() =>
  entries.forEach((list) => list.forEach((entry) => normalizeEntry(entry, detect))),
);

async function store(label: string, group: number, preSql = ''): Promise<[string, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-profile-'));
  const library = openLibrary(join(dir, 'library.sqlite'), { skipIntegrityCheck: true });
  const db = library.db();
  if (preSql) db.exec(preSql);
  const feeds = bodies.map((b) => addFeed(db, { url: b.url, title: b.url }, NOW).id);
  const us = await cpuOf(() => {
    for (let i = 0; i < feeds.length; i += group) {
      transaction(db, () => {
        for (let j = i; j < Math.min(i + group, feeds.length); j += 1) upsertArticles(db, feeds[j]!, entries[j]!, NOW);
      });
    }
  });
  library.close();
  rmSync(dir, { recursive: true, force: true });
  return [label, us];
}

// The index's table swapped for a plain one: the same statements run, minus FTS5's tokenising.
const noSearch =
  'DROP TRIGGER articles_search_delete; DROP TABLE article_search; CREATE TABLE article_search (title, author, body, categories);';
const stores = Object.fromEntries([
  await store('store_per_feed', 1),
  await store(`store_${GROUP}_feeds_per_transaction`, GROUP),
  await store('store_per_feed_plain_table_for_search', 1, noSearch),
]);
console.log(
  JSON.stringify({
    feeds: FEEDS,
    items: ITEMS,
    cpu_us_per_article: {
      fetch: fetchUs,
      parse: parseUs,
      normalize_feed: feedNormalizeUs,
      normalize_entry: entryNormalizeUs,
      ...stores,
    },
    node: process.versions.node,
  }),
);
