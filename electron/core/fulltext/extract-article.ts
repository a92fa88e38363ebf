/**
 * An article page to its article: Mozilla Readability over a linkedom DOM.
 * linkedom builds the tree without running anything (no scripts, no
 * resource loads, no layout), which is both why it is fast and why a hostile
 * page cannot act. Input size and element count are bounded, and the time limit is checked between
 * stages; a caller that needs a hard stop runs this in a worker it can end.
 * Never throws.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fetchableUrl } from '../../api/url-policy/fetch-policy';
import { resolveHtmlUrls } from '../feeds/html/resolve-urls';
import { decodeHtml } from '../html/decode-html';
import { countWords, htmlToParagraphs } from './article-text';
import { readPageMetadata, toIsoTime, type PageMetadata } from './page-metadata';
import { preClean, type CleanDocument } from './pre-clean';
import type { ExtractedArticle, ExtractErrorKind, ExtractOptions, ExtractResult } from './types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIME_LIMIT_MS = 5_000;
/**
 * Real article pages have 2,000–15,000 elements. Readability's own
 * `maxElemsToParse` never fires on linkedom (its `getElementsByTagName('*')`
 * is empty), and both linkedom and Readability slow down badly past this, so
 * start tags are counted in the source first.
 */
export const MAX_ELEMENTS = 30_000;

function tooManyElements(html: string): boolean {
  let count = 0;
  for (const _ of html.matchAll(/<[a-zA-Z]/g)) if (++count > MAX_ELEMENTS) return true;
  return false;
}

const MESSAGES: Record<ExtractErrorKind, string> = {
  'invalid-url': 'Full text needs the article’s web address (http or https).',
  'too-large': 'The article page is too large to extract.',
  'too-complex': 'The article page is too complex to extract.',
  timeout: 'Extracting the article took too long.',
  'not-an-article': 'No article could be found on the page.',
  'not-credible': 'The full text couldn’t be extracted from this page.',
};

const fail = (kind: ExtractErrorKind): ExtractResult => ({ ok: false, kind, message: MESSAGES[kind] });

export function extractArticle(input: string | Uint8Array, options: ExtractOptions): ExtractResult {
  try {
    return extractOrFail(input, options);
  } catch (error) {
    return {
      ok: false,
      kind: 'not-an-article',
      message: `${MESSAGES['not-an-article']} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

function extractOrFail(input: string | Uint8Array, options: ExtractOptions): ExtractResult {
  const pageUrl = fetchableUrl(options.url);
  if (!pageUrl) return fail('invalid-url');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A string's UTF-16 length is a lower bound on its UTF-8 size: good enough to refuse early.
  if ((typeof input === 'string' ? input.length : input.byteLength) > maxBytes) return fail('too-large');
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);

  const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType);
  if (tooManyElements(html)) return fail('too-complex');
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  if (now() > deadline) return fail('timeout');
  preClean(document as unknown as CleanDocument);
  if (now() > deadline) return fail('timeout');
  const parsed = new Readability(document, { charThreshold: 300 }).parse();
  if (now() > deadline) return fail('timeout');
  if (!parsed?.content) return fail('not-an-article');

  const base = (metadata.baseHref && fetchableUrl(metadata.baseHref, pageUrl)) || pageUrl;
  const contentHtml = resolveHtmlUrls(lowerCaseTags(parsed.content), base);
  const textContent = htmlToParagraphs(contentHtml);
  if (textContent === '') return fail('not-an-article');
  return { ok: true, article: assemble(parsed, metadata, { pageUrl, contentHtml, textContent, now: now() }) };
}

type Parsed = NonNullable<ReturnType<Readability['parse']>>;

function assemble(
  parsed: Parsed,
  meta: PageMetadata,
  body: { pageUrl: string; contentHtml: string; textContent: string; now: number },
): ExtractedArticle {
  const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;
  return {
    url: body.pageUrl,
    title: clean(parsed.title) ?? clean(meta.title) ?? '',
    byline: clean(parsed.byline) ?? clean(meta.author) ?? clean(meta.jsonLdAuthor),
    publishedTime:
      toIsoTime(parsed.publishedTime, body.now) ??
      toIsoTime(meta.jsonLdPublished, body.now) ??
      toIsoTime(meta.metaPublished, body.now),
    siteName: clean(parsed.siteName) ?? clean(meta.siteName) ?? clean(meta.jsonLdPublisher),
    contentHtml: body.contentHtml,
    textContent: body.textContent,
    excerpt: clean(parsed.excerpt),
    wordCount: countWords(body.textContent),
    language: meta.language,
    direction: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    source: 'readability',
  };
}

/** linkedom keeps the case Readability creates elements with (`DIV`); HTML readers expect lower case. */
function lowerCaseTags(html: string): string {
  return html.replace(
    /<(\/?)([A-Z][A-Z0-9]*)(?=[\s/>])/g,
    (_, slash: string, name: string) => `<${slash}${name.toLowerCase()}`,
  );
}
