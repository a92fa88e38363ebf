/**
 * An article page to its article: Mozilla Readability over a linkedom DOM.
 * linkedom builds the tree without running anything (no scripts, no
 * resource loads, no layout), which is both why it is fast and why a hostile
 * page cannot act. Input size, element count and nesting depth are bounded (page-size.ts), and the time limit
 * is checked between stages; a caller that needs a hard stop runs this in a worker it can end.
 * Never throws.
 *
 * A body is only returned when it is credible (credibility.ts), by the caller's judge when it passes one (the sync
 * passes its feed's own text): when Readability's first answer is not, the other candidates are tried
 * (candidates.ts), and when none is, the answer is `not-credible` and the caller keeps the feed's own text.
 */
import { parseHTML } from 'linkedom';
import { fetchableUrl } from '../../api/url-policy/fetch-policy';
import { resolveHtmlUrls } from '../feeds/html/resolve-urls';
import { decodeHtml } from '../html/decode-html';
import { articleTitle } from './article-title';
import { htmlToParagraphs } from './article-text';
import { firstByline } from './byline';
import { candidates, textToHtml, type Candidate, type ReadabilityResult } from './candidates';
import { readJsonLd } from './json-ld';
import {
  INERT_ELEMENTS,
  MAX_ELEMENTS_FOR_RETRIES,
  elementCount,
  jsonLdScripts,
  nestedDeeperThan,
  tooManyElements,
  withoutElements,
  type TreeNode,
} from './page-size';
import { credibilityAgainst } from './credibility';
import { keepWholeSections, type Body } from './whole-sections';
import { readPageMetadata, toIsoTime, type PageMetadata } from './page-metadata';
import type { CredibilityJudge, ExtractedArticle, ExtractErrorKind, ExtractOptions, ExtractResult } from './types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIME_LIMIT_MS = 5_000;
/** How much more text than a short page's body a later candidate must hold to replace it. */
const MORE_THAN_SHORT_PAGE = 2;

const MESSAGES: Record<ExtractErrorKind, string> = {
  'invalid-url': 'Full text needs the article’s web address (http or https).',
  'too-large': 'The article page is too large to extract.',
  'too-complex': 'The article page is too complex to extract.',
  timeout: 'Extracting the article took too long.',
  'not-an-article': 'No article could be found on the page.',
  'not-credible': 'The full text couldn’t be extracted from this page.',
};

const fail = (kind: ExtractErrorKind, why?: string): ExtractResult => ({
  ok: false,
  kind,
  message: MESSAGES[kind],
  ...(why ? { why } : {}),
});

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

  const judge = options.judge ?? credibilityAgainst(null);

  let html = typeof input === 'string' ? input : decodeHtml(input, options.contentType);
  // Rule 3: a long page is not refused for its icons, nor a JSON-LD article for its size or depth.
  if (tooManyElements(html)) html = withoutElements(html, INERT_ELEMENTS);
  const tooComplex = () => fromJsonLdOnly(html, { pageUrl, judge, now: now() }) ?? fail('too-complex');
  if (tooManyElements(html)) return tooComplex();
  const { document } = parseHTML(html);
  // Parsing is linear in the depth; what comes after it is not.
  if (nestedDeeperThan(document as unknown as TreeNode)) return tooComplex();
  const metadata = readPageMetadata(document);
  if (now() > deadline) return fail('timeout');
  const base = (metadata.baseHref && fetchableUrl(metadata.baseHref, pageUrl)) || pageUrl;

  const prepare = (candidate: Candidate): Body => {
    const contentHtml = resolveHtmlUrls(lowerCaseTags(candidate.html), base);
    const textContent = htmlToParagraphs(contentHtml);
    return {
      candidate,
      contentHtml,
      textContent,
      credibility: judge({ text: textContent, html: contentHtml, description: metadata.description }),
    };
  };
  let chosen: Body | null = null;
  let shortPage: Body | null = null;
  let readability: ReadabilityResult | null = null;
  const reasons: string[] = [];
  let prose = false;
  const tried = candidates(html, document, metadata, {
    retryReadability: elementCount(html, MAX_ELEMENTS_FOR_RETRIES) <= MAX_ELEMENTS_FOR_RETRIES,
  });
  for (const attempt of tried.attempts) {
    const candidate = attempt();
    if (now() > deadline) return fail('timeout');
    if (!candidate) continue;
    readability ??= candidate.readability;
    const body = prepare(candidate);
    const { credibility } = body;
    // A short page that holds all of the feed's text stands unless a retry finds much more (not just the chrome
    // the pre-clean had taken out around it).
    const muchMore = !shortPage || credibility.words >= MORE_THAN_SHORT_PAGE * shortPage.credibility.words;
    if (credibility.credible && !credibility.shortPage && muchMore) {
      const main = candidate.readability ? tried.landmark() : null;
      chosen = main ? keepWholeSections(body, prepare(main)) : body;
      break;
    }
    prose ||= credibility.words > 0 && !credibility.mostlyLinks;
    if (credibility.shortPage) shortPage ??= body;
    else reasons.push(`${candidate.source}: ${credibility.why}`);
  }
  chosen ??= shortPage;
  if (!chosen) {
    // Text that is not the article (too short, far less than the feed's) is "couldn't be extracted"; a page of
    // menus and nothing else, unless it says it is an article, is "not an article".
    return fail(prose || metadata.jsonLdIsArticle ? 'not-credible' : 'not-an-article', reasons.join('; '));
  }
  return { ok: true, article: assemble(chosen, readability, metadata, { pageUrl, now: now() }) };
}

/** A page too complex to extract whose JSON-LD carries a credible `articleBody`: that body, without a DOM. */
function fromJsonLdOnly(
  html: string,
  page: { pageUrl: string; judge: CredibilityJudge; now: number },
): ExtractResult | null {
  const facts = readJsonLd(jsonLdScripts(html));
  if (!facts.jsonLdArticleBody) return null;
  const contentHtml = textToHtml(facts.jsonLdArticleBody);
  const textContent = htmlToParagraphs(contentHtml);
  const credibility = page.judge({ text: textContent, html: contentHtml, description: null });
  if (!credibility.credible) return null;
  const meta: PageMetadata = {
    ...facts,
    metaPublished: null,
    language: null,
    siteName: null,
    author: null,
    title: facts.jsonLdHeadline,
    documentTitle: null,
    socialTitle: null,
    headings: [],
    description: null,
    baseHref: null,
  };
  const body = {
    candidate: { source: 'json-ld' as const, html: contentHtml, readability: null },
    contentHtml,
    textContent,
    credibility,
  };
  return { ok: true, article: assemble(body, null, meta, { pageUrl: page.pageUrl, now: page.now }) };
}

function assemble(
  body: Body,
  parsed: ReadabilityResult | null,
  meta: PageMetadata,
  page: { pageUrl: string; now: number },
): ExtractedArticle {
  const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;
  const siteName = clean(meta.siteName) ?? clean(meta.jsonLdPublisher) ?? clean(parsed?.siteName);
  const siteNames = [meta.siteName, meta.jsonLdPublisher, parsed?.siteName ?? null];
  const title =
    articleTitle({
      titles: [meta.socialTitle, meta.jsonLdHeadline, meta.documentTitle, parsed?.title ?? null],
      siteNames,
      headings: meta.headings,
    }) ?? '';
  const dir = parsed?.dir;
  return {
    url: page.pageUrl,
    title,
    byline: firstByline([meta.jsonLdAuthor, parsed?.byline, meta.author], siteNames),
    publishedTime:
      toIsoTime(parsed?.publishedTime, page.now) ??
      toIsoTime(meta.jsonLdPublished, page.now) ??
      toIsoTime(meta.metaPublished, page.now),
    siteName,
    contentHtml: body.contentHtml,
    textContent: body.textContent,
    excerpt: clean(parsed?.excerpt) ?? clean(meta.description),
    wordCount: body.credibility.words,
    language: meta.language,
    direction: dir === 'rtl' || dir === 'ltr' ? dir : null,
    source: body.candidate.source,
  };
}

/** linkedom keeps the case Readability creates elements with (`DIV`); HTML readers expect lower case. */
function lowerCaseTags(html: string): string {
  return html.replace(
    /<(\/?)([A-Z][A-Z0-9]*)(?=[\s/>])/g,
    (_, slash: string, name: string) => `<${slash}${name.toLowerCase()}`,
  );
}
