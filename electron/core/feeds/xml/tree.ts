/**
 * A small element tree built from either XML parser's events. Namespaces,
 * `xml:base` and `xml:lang` are resolved while building, so the format
 * readers never track scope themselves.
 */
import { resolveUrl } from '../urls';
import { namespaceForPrefix } from '../namespaces';

export interface XmlAttribute {
  /** As written, e.g. `rdf:about`. */
  name: string;
  local: string;
  ns: string;
  value: string;
}

export interface XmlElement {
  name: string;
  local: string;
  /** Namespace URI, '' for none. */
  ns: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
  /** Effective `xml:base` (already absolute when it could be), '' if unknown. */
  base: string;
  /** Effective `xml:lang`; undefined when unset or reset with `xml:lang=""`. */
  lang: string | undefined;
  /** Namespace declarations in scope, for serializing inline XHTML. */
  scope: Record<string, string>;
}

export type XmlNode = XmlElement | string;

/** Deeper elements are dropped: real feeds nest a dozen levels, hostile ones 100,000. */
export const MAX_DEPTH = 256;

/**
 * Later children of one element are dropped: room for the readers' 10,000
 * entries (and the whitespace between them) while a 100,000-item document no
 * longer builds a tree twenty times its size before the readers cut it down.
 */
export const MAX_CHILDREN = 30_000;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface TreeOptions {
  url: string;
  language?: string;
}

export class TreeBuilder {
  root: XmlElement | undefined;
  readonly warnings: string[] = [];
  /** The first prefix used without a declaration: not namespace-well-formed. */
  unboundPrefix: string | undefined;
  private readonly stack: XmlElement[] = [];
  private skippedDepth = 0;
  private childrenCapped = false;
  private readonly rootScope: Record<string, string> = { xml: XML_NS };

  constructor(private readonly options: TreeOptions) {}

  open(name: string, rawAttrs: Record<string, string>): void {
    if (this.skippedDepth > 0 || this.stack.length >= MAX_DEPTH || (this.root && this.stack.length === 0)) {
      this.skippedDepth++;
      if (this.stack.length >= MAX_DEPTH && this.skippedDepth === 1)
        this.warnings.push(`elements nested deeper than ${MAX_DEPTH} levels were dropped`);
      return;
    }
    const parent = this.stack.at(-1);
    if (parent && parent.children.length >= MAX_CHILDREN) {
      this.skippedDepth++;
      if (!this.childrenCapped)
        this.warnings.push(`elements after the first ${MAX_CHILDREN} children of <${parent.name}> were dropped`);
      this.childrenCapped = true;
      return;
    }
    const scope = declaredScope(parent?.scope ?? this.rootScope, rawAttrs);
    const attrs: XmlAttribute[] = [];
    for (const [attrName, value] of Object.entries(rawAttrs)) {
      const [prefix, local] = splitName(attrName);
      attrs.push({ name: attrName, local, ns: prefix ? this.lookup(scope, prefix) : '', value });
    }
    const [prefix, local] = splitName(name);
    const element: XmlElement = {
      name,
      local,
      ns: prefix ? this.lookup(scope, prefix) : (scope[''] ?? ''),
      attrs,
      children: [],
      base: elementBase(parent?.base ?? this.options.url, rawAttrs['xml:base']),
      lang: elementLang(parent ? parent.lang : this.options.language, rawAttrs['xml:lang'] ?? rawAttrs['lang']),
      scope,
    };
    if (parent) parent.children.push(element);
    else this.root = element;
    this.stack.push(element);
  }

  text(text: string): void {
    const parent = this.stack.at(-1);
    if (!parent || this.skippedDepth > 0 || text === '') return;
    text = fixC1Controls(text);
    const last = parent.children.length - 1;
    if (typeof parent.children[last] === 'string') parent.children[last] += text;
    else parent.children.push(text);
  }

  close(): void {
    if (this.skippedDepth > 0) this.skippedDepth--;
    else this.stack.pop();
  }

  private lookup(scope: Record<string, string>, prefix: string): string {
    const uri = scope[prefix];
    if (uri !== undefined) return uri;
    if (prefix !== 'xmlns') this.unboundPrefix ??= prefix;
    // Loose recovery: an undeclared `dc:` or `itunes:` still means what everyone means by it.
    return namespaceForPrefix(prefix) ?? `urn:undeclared-prefix:${prefix}`;
  }
}

function declaredScope(parent: Record<string, string>, attrs: Record<string, string>): Record<string, string> {
  let scope = parent;
  for (const [name, value] of Object.entries(attrs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = { ...parent };
    scope[name === 'xmlns' ? '' : name.slice(6)] = value.trim();
  }
  return scope;
}

function splitName(name: string): [string, string] {
  const colon = name.indexOf(':');
  return colon > 0 ? [name.slice(0, colon), name.slice(colon + 1)] : ['', name];
}

function elementBase(parentBase: string, declared: string | undefined): string {
  if (declared === undefined) return parentBase;
  const resolved = resolveUrl(declared.trim(), parentBase);
  if (!resolved) return parentBase;
  try {
    const url = new URL(resolved);
    // A javascript: or data: base would turn every relative link into script.
    return ['http:', 'https:', 'ftp:', 'file:'].includes(url.protocol) ? url.href : parentBase;
  } catch {
    return parentBase;
  }
}

function elementLang(parentLang: string | undefined, declared: string | undefined): string | undefined {
  if (declared === undefined) return parentLang;
  const lang = declared.trim().replaceAll('_', '-');
  return lang === '' ? undefined : lang;
}

export function attr(element: XmlElement, local: string, ns = ''): string | undefined {
  for (const a of element.attrs) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

/** The concatenated text of an element and its descendants. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  let text = '';
  for (const child of node.children) text += typeof child === 'string' ? child : textOf(child);
  return text;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

// Windows-1252 punctuation mislabelled as ISO-8859-1 arrives as C1 control
// characters, which no feed means; map them to what the author typed.
const CP1252: Record<number, string> = {
  0x80: '\u20ac',
  0x82: '\u201a',
  0x83: '\u0192',
  0x84: '\u201e',
  0x85: '\u2026',
  0x86: '\u2020',
  0x87: '\u2021',
  0x88: '\u02c6',
  0x89: '\u2030',
  0x8a: '\u0160',
  0x8b: '\u2039',
  0x8c: '\u0152',
  0x8e: '\u017d',
  0x91: '\u2018',
  0x92: '\u2019',
  0x93: '\u201c',
  0x94: '\u201d',
  0x95: '\u2022',
  0x96: '\u2013',
  0x97: '\u2014',
  0x98: '\u02dc',
  0x99: '\u2122',
  0x9a: '\u0161',
  0x9b: '\u203a',
  0x9c: '\u0153',
  0x9e: '\u017e',
  0x9f: '\u0178',
};

export function fixC1Controls(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0)] ?? c) : text;
}
