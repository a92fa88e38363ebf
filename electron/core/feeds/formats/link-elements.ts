/** Links, identifiers, enclosures and comments. */
import { NS } from '../namespaces';
import { safeLink } from '../urls';
import type { Link } from '../types';
import { attr, textOf, type XmlElement } from '../xml/tree';
import { defineElements, type Target } from './dispatch';

const HTML_LINK_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Atom `<link href rel type>` or RSS `<link>text</link>`. */
function link(el: XmlElement, target: Target): void {
  const atomStyle = ['href', 'url', 'rel', 'type'].some((name) => attr(el, name) !== undefined);
  if (!atomStyle) {
    // RSS: feedparser's fix for `?a=1&b=2` that was double-escaped into `&b;=2`.
    const text = textOf(el)
      .trim()
      .replace(/&([A-Za-z0-9_]+);/g, '&$1');
    const resolved = safeLink(text, el.base);
    if (!resolved) return;
    target.data.link = resolved;
    target.data.links.push({ href: resolved, rel: 'alternate', type: 'text/html' });
    return;
  }
  // An Atom link that puts its target in the text instead of `href`.
  const href = attr(el, 'href') ?? attr(el, 'url') ?? textOf(el);
  const entry: Link = { href: safeLink(href, el.base), rel: (attr(el, 'rel') ?? 'alternate').trim() || 'alternate' };
  for (const name of ['type', 'title', 'length', 'hreflang'] as const) {
    const value = attr(el, name);
    if (value !== undefined) entry[name] = value.trim();
  }
  target.data.links.push(entry);
  if (!entry.href) return;
  if (entry.rel === 'alternate' && (entry.type === undefined || HTML_LINK_TYPES.has(entry.type))) {
    target.data.link = entry.href;
  } else if (entry.rel === 'enclosure' && target.scope === 'entry') {
    target.data.enclosures.push({
      url: entry.href,
      ...(entry.type ? { type: entry.type } : {}),
      ...(entry.length ? { length: entry.length } : {}),
    });
  }
}

function id(el: XmlElement, target: Target): void {
  target.data.id = textOf(el).trim();
}

/** RSS `<guid>`: the entry's permalink too, unless `isPermaLink="false"`. */
function guid(el: XmlElement, target: Target): void {
  const value = textOf(el).trim();
  const permalink = (attr(el, 'isPermaLink') ?? attr(el, 'ispermalink') ?? 'true').trim().toLowerCase() === 'true';
  if (target.scope !== 'entry') {
    target.data.id = value;
    return;
  }
  const entry = target.data;
  entry.guidIsLink = permalink && entry.link === undefined;
  entry.id = permalink ? safeLink(value, el.base) || value : value;
  if (permalink && entry.link === undefined && value) entry.link = entry.id;
}

function enclosure(el: XmlElement, target: Target): void {
  if (target.scope !== 'entry') return;
  const url = safeLink(attr(el, 'url') ?? attr(el, 'href') ?? '', el.base);
  const type = attr(el, 'type')?.trim();
  const length = attr(el, 'length')?.trim();
  target.data.enclosures.push({ url, ...(type ? { type } : {}), ...(length ? { length } : {}) });
  target.data.links.push({ href: url, rel: 'enclosure', ...(type ? { type } : {}), ...(length ? { length } : {}) });
}

function license(el: XmlElement, target: Target): void {
  const href = safeLink(attr(el, 'resource', NS.rdf) ?? textOf(el), el.base);
  if (href) target.data.links.push({ href, rel: 'license' });
}

defineElements({
  link,
  'cc:license': license,
  'creativecommons:license': license,
  id,
  guid,
  enclosure,
  comments: (el, target) => {
    if (target.scope === 'entry') target.data.comments = safeLink(textOf(el), el.base);
  },
});
