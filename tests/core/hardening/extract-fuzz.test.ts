import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../electron/core/fulltext/extract-article';
import { MAX_DEPTH } from '../../../electron/core/fulltext/page-size';
import type { ExtractErrorKind, ExtractResult } from '../../../electron/core/fulltext/types';
import { cleanByline } from '../../../electron/core/library/articles/byline';
import { judgeFullText } from '../../../electron/core/sync/full-text-credibility';
import { deepNesting, hostileBytes, hostilePage, nestedPage } from './extract-fuzz-arbitraries';

/**
 * Issue 17: the full-text extractor joins the fuzzing suites. Generated hostile pages (broken nesting, deep trees,
 * raw-text elements, junk JSON-LD, odd URLs and charsets) must end as an article or as one of the extractor's typed
 * failures, never as a throw; and the time budget must hold: with its injected clock already past the limit,
 * extraction stops at its first check instead of running on. The caller's side (the credibility judge, the byline
 * cleaner) gets every article the extractor returns. Fixed seed, like the other property tests; a hang fails the
 * test by its timeout.
 */
const RUNS = Number(process.env.EXTRACT_FUZZ_RUNS ?? 300);
const SEED = 20260417;
const URL = 'https://news.example/2026/04/story';
// Every failure kind the type names (a new kind fails to compile here until it is listed).
const KINDS = Object.keys({
  'invalid-url': true,
  'too-large': true,
  'too-complex': true,
  timeout: true,
  'not-an-article': true,
  'not-credible': true,
} satisfies Record<ExtractErrorKind, true>);

function extractSafely(input: string | Uint8Array, options: Parameters<typeof extractArticle>[1]): ExtractResult {
  try {
    return extractArticle(input, options);
  } catch (error) {
    throw new Error(`extractArticle threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
}

function expectTyped(result: ExtractResult): void {
  if (!result.ok) {
    expect(KINDS).toContain(result.kind);
    expect(result.message).toMatch(/\S/);
    return;
  }
  const { article } = result;
  expect(typeof article.contentHtml).toBe('string');
  expect(article.textContent).not.toBe('');
  expect(article.wordCount).toBeGreaterThanOrEqual(0);
  expect(article.url).toMatch(/^https?:\/\//);
  // What the caller does with every article must not throw either.
  const verdict = judgeFullText({
    text: article.textContent,
    html: article.contentHtml,
    feedText: 'A short teaser from the feed…',
    description: article.excerpt,
  });
  expect(typeof verdict.credible).toBe('boolean');
  const byline = cleanByline(article.byline);
  if (byline !== null) expect(byline).not.toMatch(/https?:\/\//i);
}

describe('extractor fuzzing', () => {
  it(`turns ${RUNS} hostile pages into an article or a typed failure, never a throw`, { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostilePage, (page) => expectTyped(extractSafely(page, { url: URL, now: () => 0 }))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`reads ${RUNS} hostile byte streams in any claimed charset without a throw`, { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostileBytes, ([bytes, contentType]) =>
        expectTyped(extractSafely(bytes, { url: URL, contentType, now: () => 0 })),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('stops at its first check once its time budget is spent, whatever the page', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostilePage, (page) => {
        // The budget starts at the first reading of the clock; every later reading is past it.
        let readings = 0;
        const now = () => (readings++ === 0 ? 0 : 1_001);
        const result = extractSafely(page, { url: URL, timeLimitMs: 1_000, now });
        // Refusals that come before any work (size, element count) are fine; an article is not.
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['timeout', 'too-large', 'too-complex']).toContain(result.kind);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  });

  // Readability's cost grows faster than the square of the nesting depth inside one stage, where the time limit
  // cannot stop it; past MAX_DEPTH the page is refused right after parsing. A hang fails by the test's timeout.
  it('refuses a page nested deeper than MAX_DEPTH as too complex, or takes its JSON-LD articleBody', () => {
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the story, with enough words in it.`)
      .join('\n\n')
      .repeat(2);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Deep', articleBody: story });
    fc.assert(
      fc.property(
        deepNesting.filter(({ depth }) => depth > MAX_DEPTH),
        fc.boolean(),
        (nesting, withBody) => {
          const page = withBody
            ? `<head><script type="application/ld+json">${ld}</script></head>${nestedPage(nesting)}`
            : nestedPage(nesting);
          const result = extractSafely(page, { url: URL });
          if (withBody) expect(result).toMatchObject({ ok: true, article: { source: 'json-ld', title: 'Deep' } });
          else expect(result).toMatchObject({ ok: false, kind: 'too-complex' });
        },
      ),
      { numRuns: 40, seed: SEED },
    );
  });

  it('runs to the end of a real article on a clock inside its budget (the budget test can fail)', () => {
    const story = `<!doctype html><html><head><title>Story</title></head><body><article><h1>Story</h1>${'<p>Paragraph of the full story, long enough that Readability treats it as the body of an article, with commas, clauses, and detail.</p>'.repeat(6)}</article></body></html>`;
    expect(extractArticle(story, { url: URL, timeLimitMs: 1_000, now: () => 999 }).ok).toBe(true);
    let readings = 0;
    const late = () => (readings++ === 0 ? 0 : 1_001);
    expect(extractArticle(story, { url: URL, timeLimitMs: 1_000, now: late })).toMatchObject({
      ok: false,
      kind: 'timeout',
    });
  });
});
