/**
 * Chromium checks the page's CSP whenever it *parses* an inline event
 * handler, a style attribute or a <base> — even in the inert document
 * DOMPurify parses into — and reports each as a violation (blocked, but
 * noise that would hide a real one). So before parsing, those are renamed
 * inside tags: `onerror=` becomes `data-defused-onerror=`, `<style>` becomes
 * `<defused-style>`. DOMPurify then drops the renamed attributes and
 * elements. This is noise reduction only; DOMPurify stays the boundary.
 */
// A tag ends at the first `>` outside a quoted value (`<img alt="a>b" onerror=…>`). With a quote left
// open, the plain form applies. The alternatives cannot overlap, so no attempt backtracks exponentially.
const TAG = /<\/?[a-z](?:[^>"'=]|=\s*"[^"]*"|=\s*'[^']*'|=(?!\s*["']))*>|<\/?[a-z][^>]*>/gi;
const ELEMENT = /^<(\/?)(style|base)\b/i;
const ATTRIBUTE = /([\s/"'])(on[a-z]+|style)(\s*=)/gi;

export const DEFUSED_ELEMENTS = ['defused-style', 'defused-base'];

export function defuseInline(html: string): string {
  // Nothing after the last `>` can be a whole tag; skipping it keeps a flood of unclosed tags from
  // costing a scan to the end per `<` (quadratic: seconds for 50 KB).
  const end = html.lastIndexOf('>') + 1;
  const tags = html
    .slice(0, end)
    .replace(TAG, (tag) => tag.replace(ELEMENT, '<$1defused-$2').replace(ATTRIBUTE, '$1data-defused-$2$3'));
  return tags + html.slice(end);
}
