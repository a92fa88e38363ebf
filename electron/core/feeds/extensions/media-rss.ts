/** Media RSS (search.yahoo.com/mrss): thumbnails, media files, credits, and fallbacks for title and description. */
import { readTextConstruct, TEXT } from '../text-construct';
import type { MediaObject } from '../types';
import { safeLink } from '../urls';
import { attr, type XmlElement } from '../xml/tree';
import { defineElements, readChildren, type ReadContext, type Target } from '../formats/dispatch';
import { addCategory } from '../formats/feed-elements';
import { toInt, trimmedText } from '../formats/model';

function mediaObject(el: XmlElement): MediaObject | undefined {
  const url = attr(el, 'url');
  if (!url) return undefined;
  const object: MediaObject = { url: safeLink(url, el.base) };
  const type = attr(el, 'type');
  const medium = attr(el, 'medium');
  if (type) object.type = type.trim();
  if (medium) object.medium = medium.trim();
  const width = toInt(attr(el, 'width'));
  const height = toInt(attr(el, 'height'));
  if (width !== undefined) object.width = width;
  if (height !== undefined) object.height = height;
  return object.url ? object : undefined;
}

function content(el: XmlElement, target: Target, ctx: ReadContext): void {
  if (target.scope !== 'entry') return;
  const object = mediaObject(el);
  if (object) target.data.media.contents.push(object);
  // <media:content> may carry its own thumbnail, title and credits.
  readChildren(el, target, ctx);
}

function thumbnail(el: XmlElement, target: Target): void {
  if (target.scope !== 'entry') return;
  const object = mediaObject(el);
  if (object) target.data.media.thumbnails.push(object);
}

function optional(el: XmlElement, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = attr(el, name);
    if (value !== undefined) out[name] = value.trim();
  }
  return out;
}

defineElements({
  'media:content': content,
  'media:thumbnail': thumbnail,
  'media:group': (el, target, ctx) => readChildren(el, target, ctx),
  'media:title': (el, target, ctx) => {
    if (!target.data.title) target.data.title = readTextConstruct(el, ctx.version, TEXT);
  },
  'media:description': (el, target, ctx) => {
    if (target.scope === 'entry' && !target.data.summary)
      target.data.summary = readTextConstruct(el, ctx.version, TEXT);
  },
  'media:category': (el, target) => {
    const scheme = attr(el, 'scheme')?.trim() || 'http://search.yahoo.com/mrss/category_schema';
    const label = attr(el, 'label')?.trim();
    addCategory(target, { term: trimmedText(el), scheme, ...(label ? { label } : {}) });
  },
  'media:credit': (el, target) => {
    if (target.scope === 'entry')
      target.data.media.credits.push({ ...optional(el, ['role', 'scheme']), content: trimmedText(el) });
  },
  'media:restriction': (el, target) => {
    if (target.scope === 'entry')
      target.data.media.restriction = { ...optional(el, ['relationship', 'type']), content: trimmedText(el) };
  },
  'media:license': (el, target) => {
    if (target.scope === 'entry')
      target.data.media.license = { ...optional(el, ['type', 'href']), content: trimmedText(el) };
  },
  'media:rating': (el, target) => {
    if (target.scope === 'entry') target.data.media.rating = { ...optional(el, ['scheme']), content: trimmedText(el) };
  },
  'media:player': (el, target) => {
    const url = attr(el, 'url');
    if (target.scope === 'entry' && url) target.data.media.player = { url: safeLink(url, el.base) };
  },
});
