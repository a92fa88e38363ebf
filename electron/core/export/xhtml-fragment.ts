/**
 * Sanitized HTML → well-formed XHTML that also keeps HTML's content models,
 * as EPUB's validator demands. parse5 builds the tree exactly as a browser
 * would (closing paragraphs, moving stray table parts, untangling nested
 * links); what the parser allows but the schema does not is repaired here:
 * block elements inside phrasing (a <div> in a <span>, a <p> in an <em>)
 * become spans, list items outside a list become blocks, and whatever sits
 * directly in a list is wrapped in an item.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { escapeXmlAttribute, escapeXmlText } from '../xml/xml-escape';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const VOID = new Set(['br', 'hr', 'img']);
/** Elements that may sit inside phrasing content. */
const PHRASING = new Set([
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
  'code',
  'a',
  'img',
  'br',
]);
/** Elements whose own content must be phrasing. */
const PHRASING_CONTAINERS = new Set([...PHRASING, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const LISTS = new Set(['ul', 'ol']);

export function toXhtml(html: string): string {
  const out: string[] = [];
  for (const child of parseFragment(html).childNodes) write(child, out, false, null);
  return out.join('');
}

function write(node: Node, out: string[], phrasing: boolean, parent: string | null): void {
  if (node.nodeName === '#text') {
    out.push(escapeXmlText((node as { value: string }).value));
    return;
  }
  if (!('tagName' in node)) return; // comments and doctypes
  const element = node as Element;
  let name = element.tagName;
  if (name === 'li' && (parent === null || !LISTS.has(parent))) name = phrasing ? 'span' : 'div';
  if (phrasing && !PHRASING.has(name)) {
    if (name === 'hr') return;
    name = 'span';
  }
  const attrs = element.attrs.map((a) => ` ${a.name}="${escapeXmlAttribute(a.value)}"`).join('');
  if (VOID.has(name)) {
    out.push(`<${name}${attrs}/>`);
    return;
  }
  out.push(`<${name}${attrs}>`);
  // An <a> is transparent: it takes its parent's content model.
  const inner = phrasing || (name !== 'a' && PHRASING_CONTAINERS.has(name));
  if (LISTS.has(name)) writeListItems(element, out, name);
  else for (const child of element.childNodes) write(child, out, inner, name);
  out.push(`</${name}>`);
}

/** Only <li> may sit in a list: anything else is wrapped in one; blank text stays as it is. */
function writeListItems(list: Element, out: string[], name: string): void {
  for (const child of list.childNodes) {
    const isItem = 'tagName' in child && child.tagName === 'li';
    const blank = child.nodeName === '#text' && (child as { value: string }).value.trim() === '';
    if (isItem || blank || child.nodeName === '#comment') write(child, out, false, name);
    else {
      out.push('<li>');
      write(child, out, false, 'li');
      out.push('</li>');
    }
  }
}
