/** HTML or feed text to the plain text the library shows in lists and indexes for search. */
import { Parser } from 'htmlparser2';
import { capNesting } from './html/cap-nesting';
import type { TextConstruct } from './types';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Entities decoded, tags dropped (with their script and style bodies), whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCKS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(capNesting(html));
  return collapseWhitespace(parts.join(''));
}

/** A text construct as plain text, whatever its type. */
export function constructToText(construct: TextConstruct | undefined): string {
  if (!construct) return '';
  return construct.type === 'text/plain' ? collapseWhitespace(construct.value) : htmlToPlainText(construct.value);
}
