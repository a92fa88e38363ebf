/**
 * Full-text extraction against the committed test set (`npm run bench -- extract`; issue 17). Runs
 * the extractor over one half of tests/fixtures/extraction (the test half unless BENCH_HALF=tuning) as the sync
 * runs it (`extractForFeed`): page bytes, the page's address, and the feed's own text as the judge of every body. Prints one JSON line of figures; pages that
 * missed anything go to stderr, one line each. Each page is timed over several runs after a warm-up; the page's
 * time is its median, and p50/p95 are over pages.
 */
import type { ExtractResult } from '../../electron/core/fulltext/types';
import { extractForFeed } from '../../electron/core/sync/full-text-credibility';
import { loadChromePhrases, loadExpected, loadPage } from './extract/extraction-set';
import { extractFigures, failureLines, judgePage } from './extract/figures';
import { percentile, time } from './measure';

const HALF = process.env.BENCH_HALF === 'tuning' ? 'tuning' : 'test';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const phrases = loadChromePhrases();
const pages = loadExpected().filter((page) => page.half === HALF);
const verdicts = [];
const msPerPage: number[] = [];
for (const page of pages) {
  const bytes = loadPage(page.id);
  const extract = (): ExtractResult =>
    extractForFeed(bytes, { url: page.url, contentType: 'text/html; charset=utf-8', feedText: page.feedText });
  const result = extract();
  const samples = Array.from({ length: RUNS }, () => time(extract).ms);
  msPerPage.push(percentile(samples, 50));
  verdicts.push(judgePage(page, result, phrases));
}
for (const line of failureLines(verdicts)) console.error(line);
console.log(JSON.stringify({ ...extractFigures(HALF, verdicts, msPerPage), node: process.versions.node }));
