/**
 * How big a page is for the extractor, counted in start tags before any parsing. Inline SVG icons (a mega-menu
 * can draw thousands of `<path>`s) and `<style>` blocks hold no article, so a long news page is not refused as
 * "too complex" for its icons: they are cut out first, by a linear scan (hostile input cannot make it quadratic).
 */
export const MAX_ELEMENTS = 30_000;

/** Readability is run again (without the pre-clean, with other settings) only on pages up to this size: each run
 * costs as much as the first, and a hostile page of this size already costs seconds. */
export const MAX_ELEMENTS_FOR_RETRIES = 15_000;

/**
 * How deep a page may nest. Readability's cost grows faster than the square of the nesting depth, inside one
 * stage (so the time limit, checked between stages, cannot stop it): on the 2-core test machine, a page of bare
 * nested `<div>`s costs all candidates together about 0.4 s at 128 levels, 1.6 s at 256, 4.7 s at 384 and 10 s at
 * 512; one Readability run about a third of that. Real pages nest 10 to 50 deep (Lighthouse already warns past
 * 32), so 256 leaves five times the deepest while keeping one stage well inside the 5 s budget.
 */
export const MAX_DEPTH = 256;

/** The element links of a parsed tree (linkedom's, or any DOM's). */
export interface TreeNode {
  firstElementChild: TreeNode | null;
  nextElementSibling: TreeNode | null;
  parentElement: TreeNode | null;
}

/**
 * Whether elements nest more than `limit` deep under `root` (its children are at depth 1). Measured on the parsed
 * tree rather than the source, because that is the tree Readability walks: linkedom parses with its own copy of
 * htmlparser2 (10), whose rules for unclosed `<a>`s, headings and `<iframe>` text differ from the project's (12), so
 * a count from the source could be made to miss what the parser builds. Each element is visited once, and the walk
 * stops at the first element past the limit.
 */
export function nestedDeeperThan(root: TreeNode, limit = MAX_DEPTH): boolean {
  let node = root;
  let depth = 0;
  for (;;) {
    const child = node.firstElementChild;
    if (child) {
      if (++depth > limit) return true;
      node = child;
      continue;
    }
    for (;;) {
      if (node === root) return false;
      const next = node.nextElementSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentElement ?? root;
      depth--;
    }
  }
}

/** Start tags in `html`, counted up to `cap` + 1. */
export function elementCount(html: string, cap = MAX_ELEMENTS): number {
  let count = 0;
  for (const _ of html.matchAll(/<[a-zA-Z]/g)) if (++count > cap) break;
  return count;
}

export function tooManyElements(html: string): boolean {
  return elementCount(html) > MAX_ELEMENTS;
}

/** `html` without the named elements and their contents; an unclosed one is left as it is. */
export function withoutElements(html: string, tags: readonly string[]): string {
  let out = html;
  for (const tag of tags) {
    const open = new RegExp(`<${tag}\\b`, 'gi');
    const close = new RegExp(`</${tag}\\s*>`, 'gi');
    let kept = '';
    let at = 0;
    for (let start = open.exec(out); start; start = open.exec(out)) {
      close.lastIndex = open.lastIndex;
      const end = close.exec(out);
      if (!end) break;
      kept += out.slice(at, start.index);
      at = close.lastIndex;
      open.lastIndex = at;
    }
    out = kept + out.slice(at);
  }
  return out;
}

export const INERT_ELEMENTS = ['svg', 'style'];

/** The text of every `<script type="application/ld+json">`, found without building a tree. */
export function jsonLdScripts(html: string): string[] {
  const scripts: string[] = [];
  const open = /<script\b[^>]*application\/ld\+json[^>]*>/gi;
  const close = /<\/script\s*>/gi;
  for (let start = open.exec(html); start; start = open.exec(html)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (!end) break;
    scripts.push(html.slice(open.lastIndex, end.index));
    open.lastIndex = close.lastIndex;
  }
  return scripts;
}
