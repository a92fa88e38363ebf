/**
 * Removes page furniture from the DOM before Readability sees it (see
 * boilerplate-rules.ts). The one guard, for every rule but the semantic
 * always-furniture tags: nothing that holds most of the page's text, or
 * most of its paragraph text, is removed, so a `<div class="story has-comments">`
 * wrapping the whole article survives a rule written for a comments box, and so
 * does an article hooked by a paywall script (`id="js-paywall-content"`) on a page
 * whose menus and footer hold more text than the story.
 */
import { countWords } from './article-text';
import {
  ALWAYS_FURNITURE,
  USUALLY_FURNITURE,
  OUTSIDE_ARTICLE_SELECTORS,
  SIGNUP_FORM,
  isAccountLink,
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
  matches(selector: string): boolean;
  querySelector(selector: string): CleanElement | null;
  querySelectorAll(selector: string): Iterable<CleanElement>;
  remove(): void;
}

export interface CleanDocument {
  body: CleanElement | null;
  querySelectorAll(selector: string): Iterable<CleanElement>;
}

export const ARTICLE_SCOPE = 'article, main, [role="main"], [itemprop="articleBody"]';
/** An element with more than this share of the page's text, or of its paragraphs' text, is the article. */
const MAX_SHARE_OF_TEXT = 0.5;
/** A sign-up box is the form and what introduces it: its heading and pitch, up to this many words. */
const MAX_SIGNUP_BOX_WORDS = 60;
/** "Subscribe now", "Sign in to comment": a block that is one account link of a few words. */
const MAX_ACCOUNT_LINK_WORDS = 6;
const PERMALINK = /^[¶§#🔗]$/u;
const HEADING_NAMES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_ORPHAN_HEADINGS = 3;

export function preClean(doc: CleanDocument): number {
  const total = textLength(doc.body);
  const totalParagraphs = paragraphLength(doc.body);
  let removed = 0;
  const holdsTheArticle = (element: CleanElement) =>
    textLength(element) > total * MAX_SHARE_OF_TEXT ||
    (totalParagraphs > 0 && paragraphLength(element) > totalParagraphs * MAX_SHARE_OF_TEXT);
  const drop = (element: CleanElement) => {
    const parent = element.parentElement;
    if (!parent || holdsTheArticle(element)) return;
    element.remove();
    removed++;
    // A heading whose list, form or box was just taken out introduces nothing now ("Discussion about this post").
    if (onlyHeadings(parent) && !parent.matches(ARTICLE_SCOPE)) drop(parent);
  };

  for (const form of [...doc.querySelectorAll(SIGNUP_FORM)]) drop(signupBox(form));
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
  for (const link of [...doc.querySelectorAll('a[href]')]) {
    // Heading permalinks ("Options¶") are page furniture inside the article.
    if (PERMALINK.test(squash(link.textContent))) {
      link.remove();
      removed++;
      continue;
    }
    const block = isAccountLink(link.getAttribute('href')) ? accountLinkBlock(link) : null;
    if (block) drop(block);
  }
  for (const heading of [...doc.querySelectorAll('h2, h3, h4, h5, h6')]) {
    if (!isRelatedHeading(heading.textContent ?? '')) continue;
    const next = heading.nextElementSibling;
    if (next && ['ul', 'ol', 'div', 'section'].includes(next.localName)) drop(next);
    drop(heading);
  }
  return removed;
}

/** The form with its heading and pitch: the largest ancestor still small and outside the article's own element. */
function signupBox(form: CleanElement): CleanElement {
  let box = form;
  for (let parent = form.parentElement; parent; parent = parent.parentElement) {
    if (parent.localName === 'body' || parent.matches(ARTICLE_SCOPE) || words(parent) > MAX_SIGNUP_BOX_WORDS) break;
    box = parent;
  }
  return box;
}

/** The block (`p`, `div`, `li`) that holds nothing but this account link, if the link is short; else null. */
function accountLinkBlock(link: CleanElement): CleanElement | null {
  const text = squash(link.textContent);
  if (text === '' || countWords(text) > MAX_ACCOUNT_LINK_WORDS) return null;
  let block: CleanElement | null = null;
  for (let parent = link.parentElement; parent; parent = parent.parentElement) {
    // One element child before reading text: a wrapper of this link alone, never a whole container's text per link.
    if (parent.children.length !== 1 || parent.matches(ARTICLE_SCOPE) || parent.localName === 'body') break;
    if (squash(parent.textContent) !== text) break;
    if (['p', 'div', 'li'].includes(parent.localName)) block = parent;
  }
  return block;
}

/** A small block whose element children are all headings, and whose text is theirs (checked structurally first, so
 * that removing many boxes from one big container stays linear). */
function onlyHeadings(element: CleanElement): boolean {
  const children = Array.from(element.children);
  if (element.localName === 'body' || element.localName === 'html') return false;
  if (children.length === 0 || children.length > MAX_ORPHAN_HEADINGS) return false;
  if (!children.every((child) => HEADING_NAMES.has(child.localName))) return false;
  return squash(element.textContent) === squash(children.map((heading) => heading.textContent).join(' '));
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const words = (element: CleanElement) => countWords(element.textContent ?? '');

function textLength(element: CleanElement | null): number {
  return element?.textContent?.replace(/\s+/g, ' ').length ?? 0;
}

function paragraphLength(element: CleanElement | null): number {
  let length = 0;
  for (const paragraph of element?.querySelectorAll('p') ?? []) length += textLength(paragraph);
  return length;
}
