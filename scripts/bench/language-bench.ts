/**
 * What checking each article's language costs the reading thread
 * (`npm run bench -- language`): 1,000 entries made from real headlines and
 * standfirsts in 16 languages (tests/fixtures/language), each with a few
 * paragraphs of body, declared as a feed would (most correctly, some not at
 * all, some as English whatever they are). Prints CPU µs per article for
 * `normalizeEntry` with and without the detector, the detector alone, and
 * what loading the detector costs (time, heap, RSS). CPU time, not wall
 * time: steadier on a shared machine.
 */
import { chooseArticleLanguage } from '../../electron/core/language/choose-language';
import { loadLanguageDetector } from '../../electron/core/language/language-detector';
import { normalizeEntry } from '../../electron/core/library/articles/normalize-entry';
import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';
import { LANGUAGE_SAMPLES } from '../../tests/fixtures/language/language-samples';
import { createRandom } from './corpus';
import { percentile, round } from './measure';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const ROUNDS = 15;
const random = createRandom(7);

const entries: ParsedEntry[] = Array.from({ length: ENTRIES }, (_, i) => {
  const sample = LANGUAGE_SAMPLES[i % LANGUAGE_SAMPLES.length]!;
  const roll = random();
  const declared = roll < 0.7 ? sample.language : roll < 0.85 ? null : 'en';
  const body = Array.from({ length: 4 }, () => `<p>${sample.summary} ${sample.title}</p>`).join('');
  return {
    guid: `bench-${i}`,
    url: `https://news.example/${i}`,
    title: `${sample.title} ${i}`,
    summary: random() < 0.6 ? sample.summary : null,
    contentHtml: body,
    language: declared,
    publishedAt: Date.UTC(2026, 0, 1) + i * 60_000,
  };
});

const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
const load0 = process.hrtime.bigint();
const detect = await loadLanguageDetector();
const loadMs = Number(process.hrtime.bigint() - load0) / 1e6;
globalThis.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
const rssMb = (process.memoryUsage().rss - rss0) / 1e6;

function cpuPerArticle(work: () => void): number {
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / ENTRIES);
  }
  return percentile(samples, 50);
}

const rows = entries.map((entry) => normalizeEntry(entry));
const without = cpuPerArticle(() => entries.forEach((entry) => normalizeEntry(entry)));
const withDetector = cpuPerArticle(() => entries.forEach((entry) => normalizeEntry(entry, detect)));
const alone = cpuPerArticle(() =>
  rows.forEach((row) =>
    chooseArticleLanguage({ declared: row.language, title: row.title, summary: row.summary }, detect),
  ),
);

console.log(
  JSON.stringify({
    entries: ENTRIES,
    cpu_us_per_article: {
      normalize_entry_without_language: without,
      normalize_entry_with_language: withDetector,
      choose_language_alone: alone,
    },
    detector_load_ms: round(loadMs),
    detector_heap_mb: round(heapMb),
    detector_rss_mb: round(rssMb),
    node: process.versions.node,
  }),
);
