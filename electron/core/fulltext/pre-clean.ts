/**
 * Removes page furniture from the DOM before Readability sees it (see
 * boilerplate-rules.ts). The one guard, for every rule but the semantic
 * always-furniture tags: nothing that holds most of the page's
 * text is removed, so a `<div class="story has-comments">` wrapping the
 * whole article survives a rule written for a comments box.
 */
import {
  ALWAYS_FURNITURE,
  USUALLY_FURNITURE,
  OUTSIDE_ARTICLE_SELECTORS,
  isBackToTop,
  isRelatedHeading,
  namesFurniture,
} from './boilerplate-rules';

export interface CleanElement {
  localName: string;
  id: string;
  textContent: string | null;
  parentElement: CleanElement | null;
  nextElementSibling: CleanElement | null;
  children: ArrayLike<CleanElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): CleanElement | null;
  querySelectorAll(selector: string): Iterable<CleanElement>;
  remove(): void;
}

export interface CleanDocument {
  body: CleanElement | null;
  querySelectorAll(selector: string): Iterable<CleanElement>;
}

const ARTICLE_SCOPE = 'article, main, [role="main"], [itemprop="articleBody"]';
/** An element with more than this share of the page's text is the article, whatever its class says. */
const MAX_SHARE_OF_TEXT = 0.5;

export function preClean(doc: CleanDocument): number {
  const total = textLength(doc.body);
  let removed = 0;
  const drop = (element: CleanElement) => {
    if (!element.parentElement || textLength(element) > total * MAX_SHARE_OF_TEXT) return;
    element.remove();
    removed++;
  };

  for (const element of [...doc.querySelectorAll(ALWAYS_FURNITURE.join(', '))]) {
    element.remove();
    removed++;
  }
  for (const element of [...doc.querySelectorAll(USUALLY_FURNITURE.join(', '))]) drop(element);
  for (const element of [...doc.querySelectorAll(OUTSIDE_ARTICLE_SELECTORS.join(', '))]) {
    if (!element.parentElement?.closest(ARTICLE_SCOPE)) drop(element);
  }
  for (const element of [...doc.querySelectorAll('[class], [id]')]) {
    if (element.localName === 'body' || element.localName === 'html') continue;
    if (namesFurniture(element.getAttribute('class') ?? '') || namesFurniture(element.id)) drop(element);
  }
  for (const element of [...doc.querySelectorAll('a, p, div, span, li')]) {
    if (element.children.length <= 1 && isBackToTop(element.textContent ?? '')) drop(element);
  }
  for (const heading of [...doc.querySelectorAll('h2, h3, h4, h5, h6')]) {
    if (!isRelatedHeading(heading.textContent ?? '')) continue;
    const next = heading.nextElementSibling;
    if (next && ['ul', 'ol', 'div', 'section'].includes(next.localName)) drop(next);
    drop(heading);
  }
  return removed;
}

function textLength(element: CleanElement | null): number {
  return element?.textContent?.replace(/\s+/g, ' ').length ?? 0;
}
