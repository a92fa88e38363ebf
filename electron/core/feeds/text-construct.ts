/**
 * Reading a text-bearing element (title, summary, content, rights…) into a
 * TextConstruct: its media type, its value as plain text or as HTML, its
 * `xml:base` and `xml:lang`. HTML values get their relative URLs resolved,
 * since the base they were relative to does not survive parsing.
 */
import { resolveHtmlUrls } from './html/resolve-urls';
import { looksLikeHtml } from './html/looks-like-html';
import { NS } from './namespaces';
import type { FeedVersion, TextConstruct } from './types';
import { serializeChildren, serializeNode } from './xml/serialize';
import { attr, childElements, textOf, type XmlElement } from './xml/tree';

export const TEXT = 'text/plain';
export const HTML = 'text/html';
export const XHTML = 'application/xhtml+xml';

/** How an element's text is meant when it says nothing: RSS titles are text, descriptions HTML. */
export type DefaultType = typeof TEXT | typeof HTML;

const ATOM_TYPES: Record<string, string> = { text: TEXT, plain: TEXT, html: HTML, xhtml: XHTML, '': TEXT };

export function isHtmlType(type: string): boolean {
  return type === HTML || type === XHTML || type === 'application/xml' || type.endsWith('+xml') || type === 'text/xml';
}

function isBase64(type: string, mode: string): boolean {
  if (mode === 'base64') return true;
  if (mode) return false;
  return !(type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml'));
}

export function readTextConstruct(el: XmlElement, version: FeedVersion, fallback: DefaultType): TextConstruct {
  const atom = version.startsWith('atom');
  const declared = attr(el, 'type')?.trim().toLowerCase();
  let type = declared === undefined ? fallback : (ATOM_TYPES[declared] ?? declared);
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  let value: string;

  if (!type.endsWith('xml') && isLoneDiv(el)) {
    // TypePad wraps escaped HTML in an XHTML div; the div is not content, its text is.
    value = textOf(childElements(el)[0]!);
  } else if (childElements(el).length > 0) {
    // Inline markup: declared XHTML, or "escaped" content that really is not.
    value = version === 'atom10' && type === XHTML ? serializeUnwrapped(el) : serializeChildren(el);
    if (!type.endsWith('xml')) type = XHTML;
  } else {
    value = textOf(el);
    if ((declared !== undefined || mode) && isBase64(type, mode)) value = decodeBase64(value);
    if (!atom && type === TEXT && looksLikeHtml(value)) type = HTML;
  }
  if (type === TEXT) value = value.trim();
  else if (isHtmlType(type)) value = resolveHtmlUrls(value.trim(), el.base);

  const construct: TextConstruct = { value, type };
  if (el.lang !== undefined) construct.language = el.lang;
  if (el.base) construct.base = el.base;
  return construct;
}

function isLoneDiv(el: XmlElement): boolean {
  const elements = childElements(el);
  const onlyDiv =
    elements.length === 1 && elements[0]!.local === 'div' && (elements[0]!.ns === NS.xhtml || elements[0]!.ns === '');
  const strayText = el.children.some((child) => typeof child === 'string' && child.trim() !== '');
  return onlyDiv && !strayText && childElements(elements[0]!).length === 0;
}

/** Atom 1.0 wraps XHTML in one `<div>` that is not part of the content. */
function serializeUnwrapped(el: XmlElement): string {
  const elements = childElements(el);
  const onlyDiv =
    elements.length === 1 && elements[0]!.local === 'div' && (elements[0]!.ns === NS.xhtml || elements[0]!.ns === '');
  const strayText = el.children.some((child) => typeof child === 'string' && child.trim() !== '');
  if (onlyDiv && !strayText) return serializeChildren(elements[0]!);
  return el.children.map(serializeNode).join('');
}

function decodeBase64(value: string): string {
  const clean = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return value;
  return new TextDecoder('utf-8').decode(Buffer.from(clean, 'base64'));
}
