/** Inline XHTML (Atom `type="xhtml"`, `xhtml:body`) back to markup a browser can render as HTML. */
import { escapeXmlAttribute, escapeXmlText } from '../../xml/xml-escape';
import { VOID_ELEMENTS as VOID } from '../html/void-elements';
import { NS } from '../namespaces';
import type { XmlElement, XmlNode } from './tree';

// Foreign content needs its namespace to render inside HTML.
const FOREIGN_ROOTS: Record<string, string> = {
  'http://www.w3.org/1998/Math/MathML': 'math',
  'http://www.w3.org/2000/svg': 'svg',
};

export function serializeChildren(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += serializeNode(child);
  return out;
}

export function serializeNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const name = node.ns === NS.xhtml || node.ns === '' ? node.local : node.name;
  let attrs = '';
  for (const a of node.attrs) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    attrs += ` ${a.name}="${escapeXmlAttribute(a.value)}"`;
  }
  if (FOREIGN_ROOTS[node.ns] === node.local) attrs += ` xmlns="${node.ns}"`;
  if (VOID.has(name) && node.children.length === 0) return `<${name}${attrs} />`;
  return `<${name}${attrs}>${serializeChildren(node)}</${name}>`;
}
