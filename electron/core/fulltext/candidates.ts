/**
 * The bodies the extractor tries, in order, until one is credible (credibility.ts): Readability as configured;
 * Readability over the untouched page (when the pre-clean took the article out with the furniture); Readability
 * with more top candidates and a lower character threshold (when the article is spread over many small blocks);
 * the page's JSON-LD `articleBody` (client-rendered pages); the page's `<main>`/`<article>` landmark. Each
 * Readability run parses the page afresh, because Readability and the pre-clean both change the tree.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMetadata } from './page-metadata';
import { ARTICLE_SCOPE, preClean, type CleanDocument } from './pre-clean';
import type { ExtractionSource } from './types';

export type ReadabilityResult = NonNullable<ReturnType<Readability['parse']>>;

export interface Candidate {
  source: ExtractionSource;
  /** Body HTML, URLs not yet resolved. */
  html: string;
  /** Readability's own reading of the page (title, byline, direction), when this candidate came from it. */
  readability: ReadabilityResult | null;
}

type Document = ReturnType<typeof parseHTML>['document'];

function readability(document: Document, options: { nbTopCandidates?: number; charThreshold: number }) {
  const parsed = new Readability(document, options).parse();
  return parsed?.content ? parsed : null;
}

export interface Candidates {
  /** Tried in order until one is credible. */
  attempts: readonly (() => Candidate | null)[];
  /** The page's main landmark after the pre-clean, to check a credible body against (whole sections, not fragments). */
  landmark: () => Candidate | null;
}

/** The first attempt runs on the document the metadata was read from; the rest parse `html` again. */
export function candidates(
  html: string,
  first: Document,
  metadata: PageMetadata,
  options: { retryReadability: boolean },
): Candidates {
  const fresh = () => parseHTML(html).document;
  const cleaned = () => {
    const document = fresh();
    preClean(document as unknown as CleanDocument);
    return document;
  };
  const fromReadability = (source: ExtractionSource, parsed: ReadabilityResult | null): Candidate | null =>
    parsed ? { source, html: parsed.content ?? '', readability: parsed } : null;
  // Taken from the first document once the pre-clean has run and before Readability changes it.
  let main: Candidate | null | undefined;
  const landmark = () => (main === undefined ? (main = landmarkOf(cleaned())) : main);
  return {
    attempts: [
      () => {
        preClean(first as unknown as CleanDocument);
        main = landmarkOf(first);
        return fromReadability('readability', readability(first, { charThreshold: 300 }));
      },
      ...(options.retryReadability
        ? [
            () => fromReadability('readability-retry', readability(fresh(), { charThreshold: 300 })),
            () =>
              fromReadability('readability-retry', readability(cleaned(), { nbTopCandidates: 15, charThreshold: 100 })),
          ]
        : []),
      () =>
        metadata.jsonLdArticleBody
          ? { source: 'json-ld', html: textToHtml(metadata.jsonLdArticleBody), readability: null }
          : null,
      landmark,
    ],
    landmark,
  };
}

/** The landmark with the most text: `[itemprop=articleBody]`, `<article>`, `<main>`, `[role=main]`. */
function landmarkOf(document: Document): Candidate | null {
  let best: { html: string; length: number } | null = null;
  for (const element of document.querySelectorAll(ARTICLE_SCOPE)) {
    const length = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length > (best?.length ?? 0)) best = { html: element.innerHTML, length };
  }
  return best ? { source: 'landmark', html: best.html, readability: null } : null;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON-LD `articleBody` is plain text: blank lines (or, failing those, line breaks) separate paragraphs. */
export function textToHtml(text: string): string {
  const paragraphs = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}
