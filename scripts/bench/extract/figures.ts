/**
 * The extraction benchmark's arithmetic (`npm run bench -- extract`): what the reader would see for each page of
 * the test set, whether it matches the page's expectations, and the figures over a half. Pure: the runner feeds
 * it results and timings.
 */
import type { ExtractResult } from '../../../electron/core/fulltext/types';
import { percentile } from '../measure';

export interface ExpectedPage {
  id: string;
  half: 'tuning' | 'test';
  class: string;
  language: string;
  url: string;
  /** Null when the page holds no article (`credible: false`): no title should come from it. */
  title: string | null;
  byline: string | null;
  first: string;
  last: string;
  feedText: string;
  credible: boolean;
}

export interface PageVerdict {
  id: string;
  title: boolean;
  byline: boolean;
  body: boolean;
  chromeFree: boolean;
  /** What went wrong, in words, for the failures list. */
  problems: string[];
}

/** Whitespace (including no-break spaces) collapsed, Unicode NFC, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The text the reader ends up with: the extracted body, or the feed's own text when extraction gave none. */
export function readerText(page: ExpectedPage, result: ExtractResult): string {
  return normalizeText(result.ok ? result.article.textContent : page.feedText);
}

export function chromeIn(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => text.includes(phrase));
}

export function judgePage(page: ExpectedPage, result: ExtractResult, phrases: readonly string[]): PageVerdict {
  const problems: string[] = [];
  const got = result.ok ? result.article : null;
  const text = readerText(page, result);
  if (page.credible && !got) problems.push(`no article (${result.ok ? '' : result.kind})`);
  if (!page.credible && got) problems.push(`article where none is credible (${got.wordCount} words)`);

  const title = page.credible ? got !== null && normalizeText(got.title) === normalizeText(page.title ?? '') : !got;
  if (!title && got) problems.push(`title ${JSON.stringify(got.title)}, expected ${JSON.stringify(page.title)}`);
  const byline = page.credible
    ? got !== null && normalizeText(got.byline ?? '') === normalizeText(page.byline ?? '')
    : !got;
  if (!byline && got) problems.push(`byline ${JSON.stringify(got.byline)}, expected ${JSON.stringify(page.byline)}`);

  const hasFirst = text.includes(normalizeText(page.first));
  const hasLast = text.includes(normalizeText(page.last));
  if (!hasFirst) problems.push('first sentence missing');
  if (!hasLast) problems.push('last sentence missing');
  const chrome = got ? chromeIn(text, phrases) : [];
  if (chrome.length > 0) problems.push(`chrome: ${chrome.map((phrase) => JSON.stringify(phrase)).join(', ')}`);
  return { id: page.id, title, byline, body: hasFirst && hasLast, chromeFree: chrome.length === 0, problems };
}

export interface ExtractFigures {
  half: string;
  pages: number;
  extract_title_match: number;
  extract_byline_match: number;
  extract_body_match: number;
  extract_chrome_free: number;
  extract_p50_ms: number;
  extract_p95_ms: number;
}

const fraction = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 1000);

/** `msPerPage`: one time per page (the runner's median of several runs); p50 and p95 are over pages. */
export function extractFigures(
  half: string,
  verdicts: readonly PageVerdict[],
  msPerPage: readonly number[],
): ExtractFigures {
  const share = (pick: (verdict: PageVerdict) => boolean) => fraction(verdicts.filter(pick).length, verdicts.length);
  return {
    half,
    pages: verdicts.length,
    extract_title_match: share((verdict) => verdict.title),
    extract_byline_match: share((verdict) => verdict.byline),
    extract_body_match: share((verdict) => verdict.body),
    extract_chrome_free: share((verdict) => verdict.chromeFree),
    extract_p50_ms: percentile([...msPerPage], 50),
    extract_p95_ms: percentile([...msPerPage], 95),
  };
}

/** One line per page that missed anything, for stderr. */
export function failureLines(verdicts: readonly PageVerdict[]): string[] {
  return verdicts.filter((verdict) => verdict.problems.length > 0).map((v) => `${v.id}: ${v.problems.join('; ')}`);
}
