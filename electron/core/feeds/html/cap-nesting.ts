/**
 * htmlparser2 keeps its open-element stack with `unshift`, so markup nested
 * N deep costs N²/2 moves: 100,000 unclosed tags in one hostile item took
 * seconds of CPU per parse (found by the parser fuzz suite). No real article
 * nests thousands deep, so markup is cut where its nesting passes the cap;
 * everything before that point is kept byte for byte.
 */
import { VOID_ELEMENTS as VOID } from './void-elements';

export const MAX_HTML_NESTING = 2_000;

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

export function capNesting(markup: string, max = MAX_HTML_NESTING): string {
  // Fewer tags than the cap cannot nest past it: skip the scan for ordinary articles.
  if (countOf(markup, '<', max) <= max) return markup;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(markup); match; match = TAG.exec(markup)) {
    const [, closing, name = '', selfClosing] = match;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID.has(name.toLowerCase())) depth += 1;
    if (depth > max) return markup.slice(0, match.index);
  }
  return markup;
}

/** How many times `char` occurs, counting no further than just past `limit`. */
function countOf(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0 && count <= limit; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}
