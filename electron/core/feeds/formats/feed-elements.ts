/** Categories, language, generator, images and the other channel-level elements. */
import { safeLink } from '../urls';
import type { Category, FeedImage } from '../types';
import { attr, childElements, textOf, type XmlElement } from '../xml/tree';
import { defineElements, readChildren, type ReadContext, type Target } from './dispatch';
import { elementKey } from './element-key';
import { emptySource, toInt, trimmedText } from './model';

export function addCategory(target: Target, category: Category): void {
  if (!category.term && !category.label) return;
  const seen = target.data.categories.some((c) => c.term === category.term && c.scheme === category.scheme);
  if (!seen) target.data.categories.push(category);
}

/** RSS `<category domain>term</category>` or Atom `<category term scheme label/>`. */
function category(el: XmlElement, target: Target): void {
  const term = attr(el, 'term');
  if (term !== undefined) {
    const scheme = attr(el, 'scheme');
    const label = attr(el, 'label');
    addCategory(target, {
      term: term.trim(),
      ...(scheme ? { scheme: scheme.trim() } : {}),
      ...(label ? { label: label.trim() } : {}),
    });
    return;
  }
  const domain = attr(el, 'domain');
  addCategory(target, { term: trimmedText(el), ...(domain ? { scheme: domain.trim() } : {}) });
}

function language(el: XmlElement, target: Target): void {
  const value = trimmedText(el);
  if (value) target.data.language = value;
}

function generator(el: XmlElement, target: Target): void {
  if (target.scope === 'entry') return;
  const uri = attr(el, 'uri') ?? attr(el, 'url');
  const version = attr(el, 'version');
  const name = trimmedText(el);
  target.data.generator = {
    ...(name ? { name } : {}),
    ...(uri !== undefined ? { uri: safeLink(uri, el.base) } : {}),
    ...(version !== undefined ? { version: version.trim() } : {}),
  };
}

function image(el: XmlElement, target: Target): void {
  if (target.scope !== 'feed') return;
  const result: FeedImage = {};
  for (const child of childElements(el)) {
    const key = elementKey(child);
    const value = textOf(child).trim();
    if (key === 'url') result.url = safeLink(value, child.base);
    else if (key === 'link') result.link = safeLink(value, child.base);
    else if (key === 'title') result.title = value;
    else if (key === 'description') result.description = value;
    else if (key === 'width') result.width = toInt(value);
    else if (key === 'height') result.height = toInt(value);
  }
  const resource = attr(el, 'resource', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#');
  if (!result.url && resource) result.url = safeLink(resource, el.base);
  target.data.image = result;
}

function fields(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attrs) out[a.local.toLowerCase()] = a.value;
  for (const child of childElements(el)) out[child.local.toLowerCase()] = textOf(child).trim();
  return out;
}

/** Atom `<source>` (a copy of the original feed's metadata) or RSS `<source url>title</source>`. */
function source(el: XmlElement, target: Target, ctx: ReadContext): void {
  if (target.scope !== 'entry') return;
  const src = emptySource();
  if (childElements(el).length > 0) readChildren(el, { scope: 'source', data: src }, ctx);
  else {
    const title = trimmedText(el);
    if (title) src.title = { value: title, type: 'text/plain' };
    const url = attr(el, 'url');
    if (url) src.link = safeLink(url, el.base);
  }
  target.data.source = src;
}

defineElements({
  category,
  'dc:subject': (el, target) => addCategory(target, { term: trimmedText(el) }),
  // An unofficial but common comma-separated list.
  tags: (el, target) => {
    for (const term of trimmedText(el).split(',')) addCategory(target, { term: term.trim() });
  },
  language,
  'dc:language': language,
  generator,
  image,
  icon: (el, target) => {
    if (target.scope !== 'entry') target.data.icon = safeLink(textOf(el), el.base);
  },
  logo: (el, target) => {
    if (target.scope !== 'entry') target.data.logo = safeLink(textOf(el), el.base);
  },
  docs: (el, target) => {
    if (target.scope === 'feed') target.data.docs = safeLink(textOf(el), el.base);
  },
  ttl: (el, target) => {
    if (target.scope === 'feed') target.data.ttl = trimmedText(el);
  },
  cloud: (el, target) => {
    if (target.scope === 'feed') target.data.cloud = fields(el);
  },
  textinput: (el, target) => {
    if (target.scope === 'feed') target.data.textInput = fields(el);
  },
  source,
  items: () => {},
});
