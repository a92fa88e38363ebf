import { describe, expect, it } from 'vitest';
import {
  extractFigures,
  failureLines,
  judgePage,
  normalizeText,
  readerText,
  type ExpectedPage,
} from '../../../scripts/bench/extract/figures';
import type { ExtractedArticle, ExtractResult } from '../../../electron/core/fulltext/types';

/** The extraction benchmark's arithmetic: what the reader sees, what counts as a match, and the figures. */
const page: ExpectedPage = {
  id: 'p',
  half: 'test',
  class: 'wordpress',
  language: 'en',
  url: 'https://news.example/a',
  title: 'Harbour reopens',
  byline: 'Ada Lane',
  first: 'The harbour reopened on Monday.',
  last: 'Boats return in May.',
  feedText: 'The harbour reopened on Monday.',
  credible: true,
};

const article = (over: Partial<ExtractedArticle> = {}): ExtractResult => ({
  ok: true,
  article: {
    url: page.url,
    title: 'Harbour reopens',
    byline: 'Ada Lane',
    publishedTime: null,
    siteName: null,
    contentHtml: '',
    textContent: 'The harbour reopened on Monday.\n\nIt was closed for a year.\n\nBoats return in May.',
    excerpt: null,
    wordCount: 17,
    language: 'en',
    direction: null,
    source: 'readability',
    ...over,
  },
});
const refused: ExtractResult = { ok: false, kind: 'not-credible', message: 'no' };

describe('judging one page', () => {
  it('passes a page whose title, byline, first and last sentences match and which holds no chrome', () => {
    expect(judgePage(page, article(), ['Sign in'])).toEqual({
      id: 'p',
      title: true,
      byline: true,
      body: true,
      chromeFree: true,
      problems: [],
    });
  });

  it('matches across line breaks and no-break spaces, but not a different title', () => {
    const verdict = judgePage(
      { ...page, first: 'The harbour reopened\u00a0on Monday.' },
      article({
        title: 'Harbour reopens - Coast News',
        textContent: 'The harbour\nreopened on Monday. Boats return in May.',
      }),
      [],
    );
    expect(verdict).toMatchObject({ title: false, byline: true, body: true });
    expect(verdict.problems).toEqual(['title "Harbour reopens - Coast News", expected "Harbour reopens"']);
  });

  it('fails the body when the last sentence is missing, and names chrome it finds', () => {
    const verdict = judgePage(
      page,
      article({ textContent: 'Sign in Register The harbour reopened on Monday.', byline: 'https://news.example/ada' }),
      ['Sign in', 'Register', 'Back to top'],
    );
    expect(verdict).toMatchObject({ body: false, chromeFree: false, byline: false });
    expect(verdict.problems).toEqual([
      'byline "https://news.example/ada", expected "Ada Lane"',
      'last sentence missing',
      'chrome: "Sign in", "Register"',
    ]);
  });

  it('reads the feed text when extraction gave nothing: a refused article page fails, a page with no article passes', () => {
    expect(readerText(page, refused)).toBe('The harbour reopened on Monday.');
    expect(judgePage(page, refused, [])).toMatchObject({ title: false, byline: false, body: false, chromeFree: true });
    const empty: ExpectedPage = { ...page, credible: false, title: null, byline: null, last: page.first };
    expect(judgePage(empty, refused, [])).toMatchObject({ title: true, byline: true, body: true, problems: [] });
    expect(judgePage(empty, article(), []).problems).toEqual([
      'article where none is credible (17 words)',
      'title "Harbour reopens", expected null',
      'byline "Ada Lane", expected null',
    ]);
  });

  it('normalizes to NFC', () => {
    expect(normalizeText('  cafe\u0301 \n ok ')).toBe('café ok');
  });
});

describe('the figures over a half', () => {
  it('gives fractions of pages and percentiles over per-page times, and one failure line per failing page', () => {
    const good = judgePage(page, article(), []);
    const bad = judgePage({ ...page, id: 'q' }, refused, []);
    const figures = extractFigures('test', [good, good, bad], [10, 30, 20]);
    expect(figures).toEqual({
      half: 'test',
      pages: 3,
      extract_title_match: 0.667,
      extract_byline_match: 0.667,
      extract_body_match: 0.667,
      extract_chrome_free: 1,
      extract_p50_ms: 20,
      extract_p95_ms: 30,
    });
    expect(failureLines([good, bad])).toEqual(['q: no article (not-credible); last sentence missing']);
  });
});
