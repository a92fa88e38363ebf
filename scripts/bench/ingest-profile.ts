import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeEntry } from '../../electron/core/library/articles/normalize-entry';
import { upsertArticles } from '../../electron/core/library/articles/upsert-articles';
import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';
import { addFeed } from '../../electron/core/library/feeds';
import { openLibrary } from '../../electron/core/library/open-library';
import { segmentForIndex } from '../../electron/core/db/segment';
import { createSection } from '../../electron/core/library/sections';
import { createCorpus, createRandom } from './corpus';
import { time } from './measure';

/**
 * Ingest alone, split into its parts, to find where the store benchmark's
 * ingest time goes: wall and CPU time per article (CPU time is steadier when
 * other processes share the cores), the JavaScript preparation, and the same
 * documents written into a bare FTS5 table. Run it bundled like the store
 * benchmark (see docs/PERFORMANCE.md); BENCH_BATCH sets entries per document.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const NOW = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-ingest-'));
const path = join(dir, 'library.sqlite');
const random = createRandom(42);
const corpus = createCorpus(random);
const library = openLibrary(path, { skipIntegrityCheck: true });
const db = library.db();
// Experiments: SQL run on the fresh schema first, e.g. dropping a trigger or an index.
if (process.env.PRE_SQL) db.exec(process.env.PRE_SQL);
const sections = Array.from({ length: 8 }, (_, i) => createSection(db, `Section ${i}`, NOW).id);
const feeds = Array.from(
  { length: 40 },
  (_, i) =>
    addFeed(db, { url: `https://feed-${i}.example/rss`, title: `Feed ${i}`, sectionId: sections[i % 8]! }, NOW).id,
);
const documents: { feed: string; entries: ParsedEntry[] }[] = [];
for (let n = 0; n < ARTICLES; n += BATCH) {
  const feed = Math.floor(random() * 40);
  const entries = Array.from({ length: Math.min(BATCH, ARTICLES - n) }, (_, i) =>
    corpus.entry(feed, n + i, NOW - Math.floor(((ARTICLES - n - i) / ARTICLES) * 120 * 86_400_000)),
  );
  documents.push({ feed: feeds[feed]!, entries });
}
const all = documents.flatMap((d) => d.entries);
const normalize = time(() => all.map((entry) => normalizeEntry(entry)));
const segment = time(() =>
  normalize.value.forEach((r) => {
    segmentForIndex(r.title);
    segmentForIndex(r.text);
  }),
);
const cpu0 = process.cpuUsage();
const ingest = time(() => documents.forEach((doc) => upsertArticles(db, doc.feed, doc.entries, NOW)));
const cpu = process.cpuUsage(cpu0);
const again = time(() => documents.slice(0, 40).forEach((doc) => upsertArticles(db, doc.feed, doc.entries, NOW)));
db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
const bytes = statSync(path).size;
// The search index alone: the same documents into a second, identical FTS5 table.
db.exec(`CREATE VIRTUAL TABLE fts_alone USING fts5(title, author, body, categories, content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2')`);
const docs = normalize.value.map(
  (r) => [segmentForIndex(r.title), r.author, segmentForIndex(r.text), r.categories.join(' ; ')] as const,
);
const ftsInsert = db.prepare('INSERT INTO fts_alone (rowid, title, author, body, categories) VALUES (?, ?, ?, ?, ?)');
const ftsCpu0 = process.cpuUsage();
const fts = time(() => {
  for (let i = 0; i < docs.length; i += BATCH) {
    db.exec('BEGIN');
    for (let j = i; j < Math.min(i + BATCH, docs.length); j += 1) ftsInsert.run(j + 1, ...docs[j]!);
    db.exec('COMMIT');
  }
});
const ftsCpu = process.cpuUsage(ftsCpu0);
library.close();
rmSync(dir, { recursive: true, force: true });
const us = (ms: number, n = ARTICLES) => Math.round((ms * 1000) / n);
console.log(
  JSON.stringify({
    articles: ARTICLES,
    ingest_per_s: Math.round(ARTICLES / (ingest.ms / 1000)),
    ingest_us: us(ingest.ms),
    ingest_cpu_us: us((cpu.user + cpu.system) / 1000),
    ingest_sys_us: us(cpu.system / 1000),
    fts_alone_us: us(fts.ms),
    fts_alone_cpu_us: us((ftsCpu.user + ftsCpu.system) / 1000),
    normalize_us: us(normalize.ms),
    segment_us: us(segment.ms),
    unchanged_us: us(again.ms, 40 * BATCH),
    bytes_per_article: Math.round(bytes / ARTICLES),
  }),
);
