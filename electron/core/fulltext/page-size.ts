/**
 * How big a page is for the extractor, counted in start tags before any parsing. Inline SVG icons (a mega-menu
 * can draw thousands of `<path>`s) and `<style>` blocks hold no article, so a long news page is not refused as
 * "too complex" for its icons: they are cut out first, by a linear scan (hostile input cannot make it quadratic).
 */
export const MAX_ELEMENTS = 30_000;

/** Readability is run again (without the pre-clean, with other settings) only on pages up to this size: each run
 * costs as much as the first, and a hostile page of this size already costs seconds. */
export const MAX_ELEMENTS_FOR_RETRIES = 15_000;

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
