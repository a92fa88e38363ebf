/**
 * Turns a parsed entry into the row we store. Feed data is hostile, so every
 * field is bounded, and a published time in the future is pulled back to the
 * fetch time: a feed cannot pin its articles to the top of every list.
 *
 * The language is the feed's declaration checked against the title and
 * summary (`chooseLanguage`) where a detector is at hand (the reading
 * thread); elsewhere the declaration is stored with no source, and the
 * language pass checks it later.
 */
import { createHash } from 'node:crypto';
import { chooseArticleLanguage, type LanguageDetector, type LanguageSource } from '../../language/choose-language';
import type { ParsedEntry } from './parsed-entry';
import { cleanByline } from './byline';
import { chooseTitle } from './chosen-title';
import { countWords } from './count-words';
import { htmlToText } from './plain-text';

/**
 * Bump when `normalizeEntry` (or the language choice it makes) would turn the same entry into a different row: an
 * app upgrade that changes normalisation then normalises every stored article again on its feed's next changed
 * document, instead of passing it over as known (`source-hash.ts` hashes this number with each entry).
 */
export const NORMALIZER_VERSION = 1;

const MAX = {
  title: 1000,
  author: 500,
  url: 4096,
  html: 4_000_000,
  text: 1_000_000,
  summary: 600,
  category: 200,
  categories: 50,
  language: 35,
};

export interface EntryRow {
  identity: string;
  guid: string | null;
  url: string | null;
  title: string;
  author: string | null;
  publishedAt: number | null;
  updatedAt: number | null;
  summary: string | null;
  contentHtml: string | null;
  fullTextHtml: string | null;
  text: string;
  /** The page's own title, kept with its full text (so a refresh that brings the cut title again can choose again). */
  pageTitle: string | null;
  byline: string | null;
  fullTextFailed: boolean;
  language: string | null;
  /** How `language` was chosen; null: not yet checked against the text (the language pass will). */
  languageSource: LanguageSource | null;
  leadImageUrl: string | null;
  categories: string[];
  wordCount: number;
  contentHash: string;
  /** The entry as the feed gave it (`source-hash.ts`), set by the reading thread; absent for rows made elsewhere. */
  sourceHash?: string | null;
}

/** Same feed and guid; else same link; else same title and the date the document gives it (never the fetch time). */
export function identityOf(entry: ParsedEntry): string {
  const guid = clean(entry.guid, MAX.url);
  if (guid) return `g:${guid}`;
  const url = clean(entry.url, MAX.url);
  if (url) return `u:${url}`;
  const title = clean(entry.title, MAX.title) ?? '';
  const time = entry.identityTime !== undefined ? entry.identityTime : entry.publishedAt;
  return `h:${createHash('sha256')
    .update(`${title}\n${validTime(time) ?? ''}`)
    .digest('hex')}`;
}

export function normalizeEntry(entry: ParsedEntry, detect?: LanguageDetector): EntryRow {
  const contentHtml = clip(entry.contentHtml, MAX.html);
  const fullTextHtml = clip(entry.fullTextHtml, MAX.html);
  // The summary is plain text already (the parser decoded it); reading it as HTML again turned "a < b" into "a".
  const plainSummary = entry.summary ? entry.summary.slice(0, MAX.text).replace(/\s+/g, ' ').trim() : '';
  const html = fullTextHtml ?? contentHtml;
  const text = clip(entry.text, MAX.text) ?? (html ? htmlToText(html) : plainSummary).slice(0, MAX.text);
  const rawSummary = plainSummary || text;
  // Categories differing only in case are one category ("World", "world").
  const byKey = new Map<string, string>();
  for (const raw of entry.categories ?? []) {
    const category = clean(raw, MAX.category);
    if (category !== null && !byKey.has(category.toLowerCase())) byKey.set(category.toLowerCase(), category);
  }
  const categories = [...byKey.values()].slice(0, MAX.categories);
  const feedTitle = clean(entry.title, MAX.title) ?? '';
  // A page title or byline comes with the page's full text, never alone.
  const pageTitle = fullTextHtml ? clean(entry.pageTitle, MAX.title) : null;
  const title = chooseTitle(feedTitle, pageTitle).slice(0, MAX.title);
  const summary = rawSummary ? rawSummary.slice(0, MAX.summary) : null;
  const { language, source } = languageOf(entry, title, summary, detect);
  const row = {
    identity: identityOf(entry),
    guid: clean(entry.guid, MAX.url),
    url: clean(entry.url, MAX.url),
    title,
    author: clean(entry.author, MAX.author),
    publishedAt: validTime(entry.publishedAt),
    updatedAt: validTime(entry.updatedAt),
    summary,
    contentHtml,
    fullTextHtml,
    text,
    pageTitle,
    byline: fullTextHtml ? cleanByline(entry.byline?.slice(0, MAX.author)) : null,
    fullTextFailed: !fullTextHtml && entry.fullTextFailed === true,
    language,
    languageSource: source,
    leadImageUrl: clean(entry.leadImageUrl, MAX.url),
    categories,
    wordCount: countWords(text),
  };
  // The chosen language is hashed: a refresh that would choose another one than the stored row has writes the row again.
  const hash = createHash('sha256');
  for (const value of [
    row.url,
    row.title,
    row.author,
    row.publishedAt,
    row.updatedAt,
    row.summary,
    contentHtml,
    fullTextHtml,
    text,
    row.language,
    row.leadImageUrl,
    categories.join('\u0000'),
  ]) {
    hash.update(`${value ?? ''}\u0001`);
  }
  // Hashed only when there, so the hashes of articles stored before bylines were kept stay the same.
  if (row.pageTitle !== null || row.byline !== null)
    hash.update(`${row.pageTitle ?? ''}\u0001${row.byline ?? ''}\u0001`);
  return { ...row, contentHash: hash.digest('base64url') };
}

function languageOf(
  entry: ParsedEntry,
  title: string,
  summary: string | null,
  detect: LanguageDetector | undefined,
): { language: string | null; source: LanguageSource | null } {
  const given = clean(entry.language, MAX.language);
  if (entry.languageSource) return { language: given, source: entry.languageSource };
  if (!detect) return { language: given, source: null };
  return chooseArticleLanguage({ declared: given, title, summary }, detect);
}

/** Published time, or the fetch time, whichever is earlier. */
export function sortTimeOf(publishedAt: number | null, fetchedAt: number): number {
  return publishedAt === null ? fetchedAt : Math.min(publishedAt, fetchedAt);
}

function clean(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function clip(value: string | null | undefined, max: number): string | null {
  return value ? value.slice(0, max) : null;
}

function validTime(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 8.64e15 ? Math.trunc(value) : null;
}
