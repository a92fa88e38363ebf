import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { all } from '../../electron/core/db/sql';
import { openLibrary } from '../../electron/core/library/open-library';
import { searchArticles } from '../../electron/core/library/search/search-articles';
import { createCorpus, createRandom } from './corpus';
import { percentile, round } from './measure';
import { storeSearches } from './store-searches';

/**
 * The store benchmark's 100 searches, repeated, against a library kept by
 * `BENCH_KEEP=file npm run bench -- store`: `BENCH_LIBRARY=file npm run bench
 * -- store-search` (BENCH_ROUNDS, default 5). Works on a copy, so a migration
 * that runs on open (and rebuilds the index) leaves the kept file as it was
 * and two code versions can be compared on the same library, alternately.
 * Prints the p50/p95 of each round (wall and CPU), their medians, and each
 * query's median, slowest first; `NOW` must be the kept run's, so `since`
 * filters are rebuilt from the newest article's time.
 */
const source = process.env.BENCH_LIBRARY;
if (!source) throw new Error('Set BENCH_LIBRARY to a library kept with BENCH_KEEP.');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-search-profile-'));
const path = join(dir, 'library.sqlite');
copyFileSync(source, path);
const openStart = performance.now();
const library = openLibrary(path, { skipIntegrityCheck: true });
const openMs = performance.now() - openStart;
const db = library.db();
const sections = all<{ id: number }>(db, 'SELECT id FROM sections ORDER BY id').map((row) => String(row.id));
// The kept run's NOW: its newest article is dated NOW minus under one step of 120 days / ARTICLES.
const now = all<{ t: number }>(db, 'SELECT MAX(sort_time) AS t FROM articles')[0]!.t;
const searches = storeSearches(createCorpus(createRandom(42)).vocabulary, sections, now);

const perKey = new Map<string, number[]>();
const rounds: { p50: number; p95: number; cpuP95: number; cpuTotal: number }[] = [];
for (let r = 0; r < ROUNDS; r += 1) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const { key, query } of searches) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    searchArticles(db, query);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    wall.push(ms);
    cpu.push((used.user + used.system) / 1000);
    perKey.set(key, [...(perKey.get(key) ?? []), ms]);
  }
  rounds.push({
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP95: percentile(cpu, 95),
    cpuTotal: round(cpu.reduce((sum, ms) => sum + ms, 0)),
  });
}
library.close();
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => percentile(xs, 50);
const byQuery = [...perKey].map(([key, xs]) => [key, median(xs)] as const).sort((a, b) => b[1] - a[1]);
const medians = searches.map(({ key }) => median(perKey.get(key)!));
console.log(
  JSON.stringify({
    open_ms: round(openMs),
    search_p50_ms: median(rounds.map((r) => r.p50)),
    search_p95_ms: median(rounds.map((r) => r.p95)),
    search_cpu_p95_ms: median(rounds.map((r) => r.cpuP95)),
    // CPU for all 100 searches: the steadiest figure on a shared machine.
    search_cpu_total_ms: median(rounds.map((r) => r.cpuTotal)),
    // The p95 of each query's median over the rounds: one slow moment does not move it.
    search_p95_of_medians_ms: percentile(medians, 95),
    rounds,
  }),
);
for (const [key, ms] of byQuery) console.error(`${String(ms).padStart(8)} ms  ${key}`);
